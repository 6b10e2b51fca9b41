// Copies a generated corpus from one engine to another (the bench's SQLite corpus into
// PostgreSQL): the content tables row for row, ids, versions and timestamps kept, in multi-row
// inserts (Handle.insertRows), then the search index rebuilt on the target by the code that
// writes every article's entry (src/db/search-rebuild.ts). Much faster than generating again on
// PostgreSQL, where every article is a dozen round trips; and the data is the same as SQLite's to
// the byte, timestamps included. Only what a corpus holds is copied (no users, tokens, webhooks,
// events: see tools/synthetic/corpus.ts); the target must be empty and migrated.
import { asc, sql } from 'drizzle-orm';
import type { Engine, Tables } from '../../src/db/engine.js';
import { rebuildSearchIfAsked } from '../../src/db/search-rebuild.js';

/** In the order their references need. */
const CONTENT: (keyof Tables)[] = [
  'images',
  'authors',
  'articles',
  'articleAuthors',
  'articleImages',
  'articleTags',
  'relatedLinks',
  'articleRevisions',
  'articleSlugHistory',
];

export type CopyResult = { rows: number; copyMs: number; searchMs: number };

export async function copyCorpus(from: Engine, to: Engine, batch = 500): Promise<CopyResult> {
  let started = performance.now();
  let rows = 0;
  for (const name of CONTENT) {
    const source = from.read.tables[name] as Tables['articles'];
    // SQLite's rowid order, page by page: a bounded amount of the corpus in memory at a time.
    for (let offset = 0; ; offset += batch) {
      const page = (await from.read.db
        .select()
        .from(source)
        .orderBy(asc(sql`rowid`))
        .limit(batch)
        .offset(offset)) as object[];
      if (page.length === 0) break;
      await to.transaction((tx) => tx.insertRows(tx.tables[name], page));
      rows += page.length;
      if (page.length < batch) break;
    }
  }
  const copyMs = performance.now() - started;
  started = performance.now();
  await to.transaction((tx) => tx.execute(sql`insert into search_rebuild (reason) values ('copied corpus')`));
  await rebuildSearchIfAsked(to);
  return { rows, copyMs: Math.round(copyMs), searchMs: Math.round(performance.now() - started) };
}
