// Scheduled articles: published with a time to come, not yet announced to the public.
import { and, asc, eq, lte, min, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { ArticleRow } from '../../db/rows.js';

export function createSchedulingRepository({ db, tables: t, dialect }: Handle) {
  const { articles } = t;
  // Both read the partial index of unannounced published articles, named: SQLite's planner would
  // rather range over the (status, published_sort) index, which walks every published article.
  const unannounced = dialect.throughIndex(articles, 'articles_unannounced_idx');
  // Literals, not parameters: a partial index is used only where the query's condition is its own.
  const waiting = sql`${articles.status} = 'published' and ${articles.announced} = ${dialect.false}`;
  const nextAt = prepared(
    'scheduling_next',
    db
      .select({ at: min(articles.publishedAt) })
      .from(unannounced)
      .where(waiting),
  );
  return {
    /** When the next scheduled article becomes visible (null if none is waiting). */
    nextUnannouncedAt: async (): Promise<string | null> => (await nextAt())[0]?.at ?? null,
    /** Published articles whose time has come but whose publication was not announced yet, oldest first. */
    dueForAnnouncement: (now: string, limit: number): Promise<ArticleRow[]> =>
      db
        .select()
        .from(articles)
        .where(
          sql`${articles.id} in (select ${articles.id} from ${unannounced} where ${and(waiting, lte(articles.publishedAt, now))} order by ${articles.publishedAt} limit ${limit})`,
        )
        .orderBy(asc(articles.publishedAt)),
    markAnnounced: async (id: string): Promise<void> =>
      void (await db.update(articles).set({ announced: true }).where(eq(articles.id, id))),
  };
}

export type SchedulingRepository = ReturnType<typeof createSchedulingRepository>;
