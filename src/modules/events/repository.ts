// The outbox and its readers: SQL only.
import { and, asc, gt, max, ne } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { EventRow, NewEvent } from '../../db/rows.js';
import { changesVisible, type Viewer } from '../access/index.js';

export function createEventRepository({ db, tables: t, dialect }: Handle) {
  const { events } = t;
  // Read by every conditional public GET (the caching plugin).
  const lastSeq = prepared('events_last_seq', db.select({ seq: max(events.seq) }).from(events));
  return {
    /** Writes the event and returns its commit-order sequence number. */
    insert: async (event: NewEvent): Promise<number> =>
      (await db.insert(events).values(event).returning({ seq: events.seq }))[0]!.seq,
    /** Changes after `since` in commit order (webhook pings are not changes), as the viewer may
     *  see them (access/visibility.ts). */
    since: (since: number, limit: number, viewer: Viewer, now: string): Promise<EventRow[]> =>
      db
        .select()
        .from(events)
        .where(and(gt(events.seq, since), ne(events.resourceType, 'webhook'), changesVisible(t, viewer, events, now)))
        .orderBy(asc(events.seq))
        .limit(limit),
    bySeq: async (seqs: number[]): Promise<EventRow[]> =>
      seqs.length === 0 ? [] : db.select().from(events).where(dialect.inList(events.seq, seqs)),
    /** The last committed change: every content change writes an event in its transaction. */
    lastSeq: async (): Promise<number> => Number((await lastSeq())[0]?.seq ?? 0),
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
