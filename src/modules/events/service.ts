// Emitting events: called by every service inside its write transaction, so a change and its
// event commit together or not at all. Each event is also queued for every webhook that wants it.
import type { Ctx } from '../../context.js';
import { newId } from '../../lib/ids.js';
import type { Repositories } from '../../repositories.js';

export type ResourceType = 'article' | 'author' | 'image' | 'relatedLink' | 'webhook' | 'synonym';

export type EmitInput = {
  type: string;
  resourceType: ResourceType;
  resourceId: string;
  audience: 'public' | 'private';
  operation: 'upsert' | 'delete';
  section?: string | null;
  data: unknown;
};

/** The usual event of a resource: `<resource>.deleted` carries a tombstone, others the
 *  representation; only what the public may see goes to the public feed. */
export async function emitChange(
  ctx: Ctx,
  tx: Repositories,
  input: {
    type: string;
    resourceType: ResourceType;
    id: string;
    isPublic: boolean;
    representation: () => unknown;
    tombstone: unknown;
    section?: string | null;
  },
): Promise<void> {
  const deleted = input.type.endsWith('.deleted');
  await emit(ctx, tx, {
    type: input.type,
    resourceType: input.resourceType,
    resourceId: input.id,
    audience: input.isPublic ? 'public' : 'private',
    operation: deleted ? 'delete' : 'upsert',
    section: input.section ?? null,
    data: deleted ? input.tombstone : input.representation(),
  });
}

/** Writes the event and queues a delivery for each webhook that wants it (or only for
 *  `onlyWebhook`, as a ping does). Returns the event's sequence number. */
export async function emit(ctx: Ctx, tx: Repositories, input: EmitInput, onlyWebhook?: string): Promise<number> {
  const now = ctx.now();
  const seq = await tx.events.insert({
    id: newId(),
    type: input.type,
    resourceType: input.resourceType,
    resourceId: input.resourceId,
    audience: input.audience,
    operation: input.operation,
    section: input.section ?? null,
    data: input.data,
    occurredAt: now,
  });
  const subscribers = onlyWebhook ? [onlyWebhook] : await tx.webhooks.subscribers(input.type, input.section ?? null);
  await tx.webhooks.queueDeliveries(
    subscribers.map((webhookId) => ({
      id: newId(),
      webhookId,
      eventSeq: seq,
      status: 'pending' as const,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      updatedAt: now,
    })),
  );
  ctx.wakeWorker?.();
  return seq;
}
