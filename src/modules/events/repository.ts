// The outbox and its readers: SQL only.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { articles, events, webhookDeliveries, webhooks } from '../../db/schema.js';

export type EventRow = typeof events.$inferSelect;
export type NewEvent = Omit<EventRow, 'seq'>;

export function createEventRepository(db: Db) {
  // Read on every public GET by the caching plugin: prepared once.
  const lastSeq = db
    .select({ seq: sql<number | null>`max(${events.seq})` })
    .from(events)
    .prepare();
  // Commits by this connection (total_changes) and by any other (data_version): while both stay
  // the same, nothing in the file changed. No table is read, so it is cheap enough per request.
  const changeStamp = db.$client
    .prepare<[], string>(`select total_changes() || '.' || (select data_version from pragma_data_version)`)
    .pluck();
  // Both read the partial index of unannounced published articles, named: SQLite's planner would
  // rather range over the (status, published_sort) index, which walks every published article
  // (10 ms at 10,000 articles, 100 ms at 100,000, on every poll and after every write).
  const unannounced = {
    from: sql`articles indexed by articles_unannounced_idx`,
    where: sql`status = 'published' and announced = 0`,
  };
  const nextUnannounced = db
    .select({ at: sql<string | null>`min(published_at)` })
    .from(unannounced.from)
    .where(unannounced.where)
    .prepare();
  const dueForAnnouncement = db
    .select()
    .from(articles)
    .where(
      sql`${articles.id} in (select id from ${unannounced.from} where ${unannounced.where} and published_at <= ${sql.placeholder('now')} order by published_at limit ${sql.placeholder('limit')})`,
    )
    .orderBy(articles.publishedAt)
    .prepare();
  return {
    /** Writes the event and returns its commit-order sequence number. */
    insert: (tx: Db, event: NewEvent): number =>
      tx.insert(events).values(event).returning({ seq: events.seq }).get().seq,
    /** Enabled webhooks that want this event type (and section, when they filter on one). */
    subscribers: (type: string, section: string | null): string[] =>
      db
        .select({ id: webhooks.id })
        .from(webhooks)
        .where(
          and(
            eq(webhooks.enabled, true),
            sql`(json_array_length(${webhooks.eventTypes}) = 0 or exists (select 1 from json_each(${webhooks.eventTypes}) where value = ${type}))`,
            sql`(${webhooks.section} is null or ${webhooks.section} = ${section})`,
          ),
        )
        .all()
        .map((row) => row.id),
    queueDeliveries: (tx: Db, rows: (typeof webhookDeliveries.$inferInsert)[]): void => {
      if (rows.length > 0) tx.insert(webhookDeliveries).values(rows).run();
    },
    /** Changes after `since` in commit order; the public sees public events only. */
    since: (since: number, limit: number, includePrivate: boolean): EventRow[] =>
      db
        .select()
        .from(events)
        .where(and(gt(events.seq, since), includePrivate ? undefined : eq(events.audience, 'public')))
        .orderBy(asc(events.seq))
        .limit(limit)
        .all(),
    bySeq: (seqs: number[]): EventRow[] =>
      seqs.length === 0 ? [] : db.select().from(events).where(inArray(events.seq, seqs)).all(),
    /** The last committed change: every content change writes an event in its transaction. */
    lastSeq: (): number => lastSeq.get()?.seq ?? 0,
    /** Changes whenever anything was committed to the database since the last call could tell. */
    changeStamp: (): string => changeStamp.get()!,
    /** When the next scheduled article becomes visible (null if none is waiting). */
    nextUnannouncedAt: (): string | null => nextUnannounced.get()?.at ?? null,
    /** Published articles whose time has come but whose publication was not announced yet, oldest first. */
    dueForAnnouncement: (now: string, limit: number) => dueForAnnouncement.all({ now, limit }),
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
