// The delivery worker, inside the server process: it polls the outbox for due deliveries (and is
// woken by writes), signs and sends them without blocking request handling (network I/O is
// async; each result is recorded in a short transaction), retries with exponential backoff and
// jitter. Each delivery is claimed (in a write transaction) before it is sent, so several
// processes or nodes never send the same one twice; deliveries are still at least once (a worker
// may die after sending, before recording): receivers dedupe on `webhook-id`. State lives in the
// database, so a restart resumes where it stopped.
import { createHmac } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Ctx } from '../../context.js';
import { post } from './egress.js';

export type WorkerOptions = {
  pollMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
  allowPrivate: boolean;
  concurrency: number;
  /** Told each attempt's outcome (metrics). */
  onOutcome?: ((outcome: 'delivered' | 'retrying' | 'failed') => void) | undefined;
};

const MAX_DELAY_MS = 6 * 60 * 60 * 1000;
/** A claim outlives its attempt (bounded by the timeout) by this much, to record the result. */
const CLAIM_MARGIN_MS = 10_000;

/** Attempt n (1-based) failed: wait base·2^(n-1), capped at 6 h, ±25 % jitter. With a 60 s base
 *  and 12 attempts the retries span about a day. */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}

/** Standard Webhooks signature: base64 HMAC-SHA256 of `id.timestamp.body` with the secret's bytes. */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

export function startWebhookWorker(ctx: Ctx, log: FastifyBaseLogger, options: WorkerOptions) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let wokenDuringTick = false;

  type Claimed = Awaited<ReturnType<Ctx['repos']['webhooks']['claimDue']>>[number];

  async function deliverOne(item: Claimed, claim: string): Promise<void> {
    const { delivery, webhook, event } = item;
    const body = JSON.stringify({ type: event.type, timestamp: event.occurredAt, data: event.data });
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await post(
      webhook.url,
      body,
      {
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': sign(webhook.secret, event.id, timestamp, body),
      },
      { timeoutMs: options.timeoutMs, allowPrivate: options.allowPrivate },
    );
    const now = ctx.now();
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const gone = result.status === 410;
    const error = result.error ?? (ok ? null : `HTTP ${result.status}`);
    const recorded = await ctx.transaction(async (tx) => {
      // Backoff and exhaustion count from the claim's reading; recordAttempt numbers the attempt
      // from the count at recording, so a lapsed claim's sender and the one that took it over each
      // log theirs.
      const attempt = delivery.attempts + 1;
      // An internal target stays internal: no retry will reach it.
      const exhausted = attempt >= options.maxAttempts || result.refused;
      const status = ok ? 'delivered' : gone || exhausted ? 'failed' : 'pending';
      const outcome = await tx.webhooks.recordAttempt(
        { deliveryId: delivery.id, at: now, status: result.status, latencyMs: result.latencyMs, error },
        claim,
        {
          status,
          nextAttemptAt:
            status === 'pending'
              ? new Date(Date.parse(now) + retryDelayMs(attempt, options.retryBaseMs)).toISOString()
              : null,
          lastStatus: result.status,
          lastError: error,
          lastLatencyMs: result.latencyMs,
          updatedAt: now,
        },
      );
      // 410 Gone: the receiver says it will never want these again.
      if (gone)
        await tx.webhooks.update(webhook.id, {
          enabled: false,
          disabledReason: `The target answered 410 Gone at ${now}`,
          updatedAt: now,
        });
      return { ...outcome, status };
    });
    if (recorded.taken)
      log.warn(
        { webhookId: webhook.id, deliveryId: delivery.id, attempt: recorded.number },
        'webhook claim lapsed before its result was recorded: the delivery may be sent twice',
      );
    else options.onOutcome?.(ok ? 'delivered' : recorded.status === 'failed' ? 'failed' : 'retrying');
    if (!ok)
      log.warn(
        { webhookId: webhook.id, deliveryId: delivery.id, attempt: recorded.number, status: result.status, error },
        'webhook delivery failed',
      );
  }

  async function tick(): Promise<void> {
    try {
      for (;;) {
        // Claimed for as long as an attempt can take, and a margin: a worker that dies mid-send
        // leaves its claims to lapse, and another sends them (deliveries are at least once).
        if (!(await ctx.repos.webhooks.anyDue(ctx.now()))) break;
        // The claim's clock starts once the write lock is held, not before waiting for it.
        const { due, until } = await ctx.transaction(async (tx) => {
          const now = ctx.now();
          const until = new Date(Date.parse(now) + options.timeoutMs + CLAIM_MARGIN_MS).toISOString();
          return { due: await tx.webhooks.claimDue(now, until, options.concurrency), until };
        });
        if (due.length === 0 || stopped) break;
        await Promise.all(due.map((item) => deliverOne(item, until)));
      }
    } catch (error) {
      log.error({ err: error }, 'webhook worker tick failed');
    }
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  }

  function run(): void {
    if (running) {
      wokenDuringTick = true;
      return;
    }
    running = tick().finally(() => {
      running = undefined;
      const again = wokenDuringTick;
      wokenDuringTick = false;
      schedule(again ? 0 : options.pollMs);
    });
  }

  schedule(0);
  return {
    /** A write happened: look soon rather than at the next poll. */
    wake: () => schedule(0),
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
