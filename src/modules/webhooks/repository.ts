// Webhooks, their deliveries and the attempts log: SQL only.
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { events, webhookAttempts, webhookDeliveries, webhooks } from '../../db/schema.js';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptRow = typeof webhookAttempts.$inferSelect;

export function createWebhookRepository(db: Db) {
  return {
    list: (): WebhookRow[] => db.select().from(webhooks).orderBy(desc(webhooks.id)).all(),
    find: (id: string): WebhookRow | undefined => db.select().from(webhooks).where(eq(webhooks.id, id)).get(),
    insert: (tx: Db, row: WebhookRow): void => void tx.insert(webhooks).values(row).run(),
    update: (tx: Db, id: string, changes: Partial<WebhookRow>): void =>
      void tx
        .update(webhooks)
        .set({ ...changes, version: sql`${webhooks.version} + 1` })
        .where(eq(webhooks.id, id))
        .run(),
    delete: (tx: Db, id: string): void => void tx.delete(webhooks).where(eq(webhooks.id, id)).run(),

    deliveries: (webhookId: string, limit: number): DeliveryRow[] =>
      db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.webhookId, webhookId))
        .orderBy(desc(webhookDeliveries.id))
        .limit(limit)
        .all(),
    delivery: (webhookId: string, id: string): DeliveryRow | undefined =>
      db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id)))
        .get(),
    attemptsOf: (deliveryIds: string[]): AttemptRow[] =>
      deliveryIds.length === 0
        ? []
        : db
            .select()
            .from(webhookAttempts)
            .where(sql`${webhookAttempts.deliveryId} in (select value from json_each(${JSON.stringify(deliveryIds)}))`)
            .orderBy(asc(webhookAttempts.number))
            .all(),

    /** Pending deliveries that are due, oldest event first, with what is needed to send them. */
    due: (now: string, limit: number) =>
      db
        .select({ delivery: webhookDeliveries, webhook: webhooks, event: events })
        .from(webhookDeliveries)
        .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
        .innerJoin(events, eq(events.seq, webhookDeliveries.eventSeq))
        .where(
          and(
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, now),
            eq(webhooks.enabled, true),
          ),
        )
        .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.eventSeq))
        .limit(limit)
        .all(),
    recordAttempt: (tx: Db, attempt: AttemptRow, delivery: Partial<DeliveryRow>): void => {
      tx.insert(webhookAttempts).values(attempt).run();
      tx.update(webhookDeliveries).set(delivery).where(eq(webhookDeliveries.id, attempt.deliveryId)).run();
    },
    updateDelivery: (tx: Db, id: string, changes: Partial<DeliveryRow>): void =>
      void tx.update(webhookDeliveries).set(changes).where(eq(webhookDeliveries.id, id)).run(),
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
