// What operations read and write: each node's heartbeat (a real write: readiness proves the
// database takes writes), and how far the webhook worker is behind.
import { and, count, eq, lte, min } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';

export function createOperationsRepository({ db, tables: t }: Handle) {
  const { webhookDeliveries: deliveries } = t;
  return {
    async beat(node: string, at: string): Promise<void> {
      await db.insert(t.heartbeats).values({ node, at }).onConflictDoUpdate({ target: t.heartbeats.node, set: { at } });
    },
    async forget(node: string): Promise<void> {
      await db.delete(t.heartbeats).where(eq(t.heartbeats.node, node));
    },
    /** Deliveries that are due and not sent yet: how many, and since when the oldest has waited. */
    async backlog(now: string): Promise<{ due: number; oldestDueAt: string | null }> {
      const [row] = await db
        .select({ due: count(), oldestDueAt: min(deliveries.nextAttemptAt) })
        .from(deliveries)
        .where(and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)));
      return { due: Number(row?.due ?? 0), oldestDueAt: row?.oldestDueAt ?? null };
    },
  };
}
