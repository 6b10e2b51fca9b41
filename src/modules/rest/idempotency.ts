// Idempotency-Key on POST: the first answer is stored in the same transaction as the write, so a
// retry (after a timeout, a lost connection, a crash) gets that answer back and creates nothing.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Ctx, within } from '../../context.js';
import { AppError } from '../../lib/errors.js';
import { IDEMPOTENCY_KEY_PATTERN } from '../../lib/http-schemas.js';

export type Created = {
  status: number;
  body: { id?: string | undefined; version?: number | undefined };
  location?: string;
};

const KEEP_MS = 24 * 60 * 60 * 1000;

/** `work` gets the context to write in: with a key, its writes join the transaction that stores the answer. */
export async function idempotent(
  ctx: Ctx,
  request: FastifyRequest,
  reply: FastifyReply,
  work: (ctx: Ctx) => Promise<Created>,
): Promise<FastifyReply> {
  const key = request.headers['idempotency-key'];
  const actor = request.viewer.actor;
  const send = (answer: Created) => {
    if (answer.location) reply.header('location', answer.location);
    if (answer.body.version !== undefined) reply.resourceVersion = answer.body.version;
    return reply.code(answer.status).send(answer.body);
  };
  if (key === undefined || !actor) return send(await work(ctx));
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key: must be 1 to 255 visible ASCII characters', {
      errors: [{ path: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' }],
    });
  }
  const route = `${request.method} ${request.url.split('?')[0]}`;
  const requestHash = createHash('sha256')
    .update(route)
    .update('\n')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  // The reply is sent once the transaction has committed.
  const answer = await ctx.transaction(async (tx): Promise<Created> => {
    const now = ctx.now();
    await tx.idempotency.forgetBefore(new Date(Date.parse(now) - KEEP_MS).toISOString());
    const stored = await tx.idempotency.find(actor.tokenId, key);
    if (stored) {
      if (stored.requestHash !== requestHash)
        throw new AppError(
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was first used with a different request; use a new key for a new request',
        );
      reply.header('idempotent-replayed', 'true');
      return {
        status: stored.status,
        body: JSON.parse(stored.body),
        ...(stored.location ? { location: stored.location } : {}),
      };
    }
    const created = await work(within(ctx, tx));
    await tx.idempotency.save({
      tokenId: actor.tokenId,
      key,
      route,
      requestHash,
      status: created.status,
      location: created.location ?? null,
      body: JSON.stringify(created.body),
      createdAt: now,
    });
    return created;
  });
  return send(answer);
}
