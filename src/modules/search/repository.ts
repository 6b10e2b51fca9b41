// Synonym groups and the spelling keys they are found by: SQL only.
import { asc, eq, gt } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { updateVersioned } from '../../db/versioned.js';
import { foldTerm, spellingKey } from '../../lib/search-text.js';

export type SynonymRow = {
  id: string;
  terms: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
};

const keysOf = (terms: readonly string[]) => [...new Set(terms.map((term) => spellingKey(foldTerm(term))))];

export function createSynonymRepository({ db, tables: t, insertRows }: Handle) {
  const { searchSynonyms: groups, searchSynonymKeys: keys } = t;
  const writeKeys = (id: string, terms: readonly string[]) =>
    insertRows(
      keys,
      keysOf(terms).map((key) => ({ key, synonymId: id })),
    );
  return {
    list: (limit: number, after: string | undefined): Promise<SynonymRow[]> =>
      db
        .select()
        .from(groups)
        .where(after === undefined ? undefined : gt(groups.id, after))
        .orderBy(asc(groups.id))
        .limit(limit),
    find: async (id: string): Promise<SynonymRow | undefined> =>
      (await db.select().from(groups).where(eq(groups.id, id)))[0],
    async insert(row: SynonymRow): Promise<void> {
      await db.insert(groups).values(row);
      await writeKeys(row.id, row.terms);
    },
    async replace(id: string, terms: string[], updatedAt: string): Promise<void> {
      await updateVersioned(db, groups, { terms, updatedAt }, id);
      await db.delete(keys).where(eq(keys.synonymId, id));
      await writeKeys(id, terms);
    },
    async delete(id: string): Promise<void> {
      await db.delete(keys).where(eq(keys.synonymId, id));
      await db.delete(groups).where(eq(groups.id, id));
    },
  };
}
