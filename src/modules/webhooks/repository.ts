// Webhooks, their deliveries and the attempts log: SQL only.
import { and, asc, desc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import type { AttemptRow, DeliveryRow, WebhookRow } from '../../db/rows.js';
import { updateVersioned } from '../../db/versioned.js';

export function createWebhookRepository({ db, tables: t, dialect }: Handle) {
  const { webhooks, webhookDeliveries: deliveries, webhookAttempts: attempts, events } = t;
  /** Pending, due, of an enabled webhook, and not claimed by anyone whose claim still holds. */
  const dueAt = (now: string) =>
    and(
      eq(deliveries.status, 'pending'),
      lte(deliveries.nextAttemptAt, now),
      or(isNull(deliveries.claimedUntil), lt(deliveries.claimedUntil, now)),
      eq(webhooks.enabled, true),
    );
  return {
    list: (): Promise<WebhookRow[]> => db.select().from(webhooks).orderBy(desc(webhooks.id)),
    find: async (id: string): Promise<WebhookRow | undefined> =>
      (await db.select().from(webhooks).where(eq(webhooks.id, id)))[0],
    insert: async (row: WebhookRow): Promise<void> => void (await db.insert(webhooks).values(row)),
    update: (id: string, changes: Partial<WebhookRow>): Promise<void> => updateVersioned(db, webhooks, changes, id),
    delete: async (id: string): Promise<void> => void (await db.delete(webhooks).where(eq(webhooks.id, id))),

    deliveries: (webhookId: string, limit: number): Promise<DeliveryRow[]> =>
      db.select().from(deliveries).where(eq(deliveries.webhookId, webhookId)).orderBy(desc(deliveries.id)).limit(limit),
    delivery: async (webhookId: string, id: string): Promise<DeliveryRow | undefined> =>
      (
        await db
          .select()
          .from(deliveries)
          .where(and(eq(deliveries.webhookId, webhookId), eq(deliveries.id, id)))
      )[0],
    deliveryOfEvent: async (webhookId: string, eventSeq: number): Promise<DeliveryRow | undefined> =>
      (
        await db
          .select()
          .from(deliveries)
          .where(and(eq(deliveries.webhookId, webhookId), eq(deliveries.eventSeq, eventSeq)))
      )[0],
    attemptsOf: async (deliveryIds: string[]): Promise<AttemptRow[]> =>
      deliveryIds.length === 0
        ? []
        : db
            .select()
            .from(attempts)
            .where(dialect.inList(attempts.deliveryId, deliveryIds))
            .orderBy(asc(attempts.number)),

    /** Whether any delivery is due: a read, so a poll with nothing to send takes no write lock. */
    anyDue: async (now: string): Promise<boolean> =>
      (
        await db
          .select({ id: deliveries.id })
          .from(deliveries)
          .innerJoin(webhooks, eq(webhooks.id, deliveries.webhookId))
          .where(dueAt(now))
          .limit(1)
      ).length > 0,
    /**
     * Claims up to `limit` due deliveries until `until` and returns them with what sending needs:
     * pending, due, of an enabled webhook, and not claimed by anyone whose claim still holds.
     * Run inside a write transaction, so two workers never claim the same delivery.
     */
    async claimDue(now: string, until: string, limit: number) {
      const due = await db
        .select({ delivery: deliveries, webhook: webhooks, event: events })
        .from(deliveries)
        .innerJoin(webhooks, eq(webhooks.id, deliveries.webhookId))
        .innerJoin(events, eq(events.seq, deliveries.eventSeq))
        .where(dueAt(now))
        .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.eventSeq))
        .limit(limit);
      if (due.length > 0)
        await db
          .update(deliveries)
          .set({ claimedUntil: until })
          .where(
            dialect.inList(
              deliveries.id,
              due.map((item) => item.delivery.id),
            ),
          );
      return due;
    },
    /**
     * Records an attempt made under `claim` (the claimedUntil it was sent under) and returns it
     * numbered. While the claim is the delivery's, the attempt sets its new state and ends the
     * claim. A claim that lapsed before its result came back may have been taken: another worker
     * has sent the delivery again or is sending it. Then the attempt is only logged, unless it
     * succeeded; and a delivery once delivered stays so. A late result never undoes a newer one.
     */
    async recordAttempt(
      attempt: Omit<AttemptRow, 'number'>,
      claim: string,
      delivery: Partial<DeliveryRow> & Pick<DeliveryRow, 'status'>,
    ): Promise<{ number: number; taken: boolean }> {
      const [current] = await db
        .select({ status: deliveries.status, claimedUntil: deliveries.claimedUntil, attempts: deliveries.attempts })
        .from(deliveries)
        .where(eq(deliveries.id, attempt.deliveryId));
      // The delivery's count is its log's last number: every attempt recorded sets it.
      const number = (current?.attempts ?? 0) + 1;
      await db.insert(attempts).values({ ...attempt, number });
      const ours = current?.claimedUntil === claim;
      const state = current?.status === 'delivered' || (!ours && delivery.status !== 'delivered') ? {} : delivery;
      await db
        .update(deliveries)
        .set({ ...state, attempts: number, ...(ours ? { claimedUntil: null } : {}) })
        .where(eq(deliveries.id, attempt.deliveryId));
      return { number, taken: !ours };
    },
    updateDelivery: async (id: string, changes: Partial<DeliveryRow>): Promise<void> =>
      void (await db.update(deliveries).set(changes).where(eq(deliveries.id, id))),
    queueDeliveries: async (rows: (typeof deliveries.$inferInsert)[]): Promise<void> => {
      if (rows.length > 0) await db.insert(deliveries).values(rows);
    },
    /** Enabled webhooks that want this event type (and section, when they filter on one). */
    subscribers: async (type: string, section: string | null): Promise<string[]> => {
      // Event-type lists are short JSON arrays, read here rather than matched in SQL (the same on both engines).
      const rows = await db
        .select({ id: webhooks.id, eventTypes: webhooks.eventTypes, section: webhooks.section })
        .from(webhooks)
        .where(eq(webhooks.enabled, true));
      return rows
        .filter(
          (row) =>
            (row.eventTypes.length === 0 || row.eventTypes.includes(type)) &&
            (row.section === null || row.section === section),
        )
        .map((row) => row.id);
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
