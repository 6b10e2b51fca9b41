// Rebuilds every search entry when a migration asks for it (a row in search_rebuild, which the
// migration that changed what an entry holds inserts): each article's entry is written again by
// the same code that writes a new article's, so its docid, index rows and vocabulary are exactly
// what they would be had it been written today. Runs when the database is opened, before anything
// reads it; a second process doing the same at once only rewrites what the first wrote.
import { asc, gt, sql } from 'drizzle-orm';
import type { Engine, SearchDocument } from './engine.js';

const BATCH = 500;

export async function rebuildSearchIfAsked(engine: Engine): Promise<void> {
  const asked = await engine.read.rows<{ n: number }>(sql`select count(*) as n from search_rebuild`);
  if (Number(asked[0]?.n ?? 0) === 0) return;
  let after = '';
  for (;;) {
    const written = await engine.transaction(async (tx) => {
      const a = tx.tables.articles;
      const rows = await tx.db
        .select({
          id: a.id,
          slug: a.slug,
          locale: a.locale,
          title: a.title,
          subtitle: a.subtitle,
          excerpt: a.excerpt,
          bodyText: a.bodyText,
          status: a.status,
          publishedAt: a.publishedAt,
          section: a.section,
          tags: a.tags,
          authorIds: a.authorIds,
          updatedAt: a.updatedAt,
          createdBy: a.createdBy,
        })
        .from(a)
        .where(gt(a.id, after))
        .orderBy(asc(a.id))
        .limit(BATCH);
      // As a bulk load writes them: the index rows of a batch in one statement at its end.
      for (const row of rows) await tx.search.write(row satisfies SearchDocument, true);
      await tx.search.indexLater(rows.map((row) => row.id));
      return rows.at(-1)?.id;
    });
    if (written === undefined) break;
    after = written;
  }
  await engine.transaction((tx) => tx.execute(sql`delete from search_rebuild`));
}
