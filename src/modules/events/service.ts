// Emitting events: called by every service inside its write transaction, so a change and its
// event commit together or not at all. Each event is also queued for every webhook that wants it.
import type { Db } from '../../db/client.js';
import type { Ctx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';

export type ResourceType = 'article' | 'author' | 'image' | 'relatedLink';

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
export function emitChange(
  ctx: Ctx,
  tx: Db,
  input: {
    type: string;
    resourceType: ResourceType;
    id: string;
    isPublic: boolean;
    representation: () => unknown;
    tombstone: unknown;
    section?: string | null;
  },
): void {
  const deleted = input.type.endsWith('.deleted');
  emit(ctx, tx, {
    type: input.type,
    resourceType: input.resourceType,
    resourceId: input.id,
    audience: input.isPublic ? 'public' : 'private',
    operation: deleted ? 'delete' : 'upsert',
    section: input.section ?? null,
    data: deleted ? input.tombstone : input.representation(),
  });
}

export function emit(ctx: Ctx, tx: Db, input: EmitInput): void {
  const now = ctx.now();
  const seq = ctx.repos.events.insert(tx, {
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
  const subscribers = ctx.repos.events.subscribers(input.type, input.section ?? null);
  ctx.repos.events.queueDeliveries(
    tx,
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
}
