// The vocabulary: every word the indexes hold, with its spelling key (src/lib/search-text.ts), the
// one-deletion forms of the keys, and the newsroom's synonym groups by key. Written with each
// article; read to expand what a reader typed into the words to look for. Plain tables and
// engine-neutral SQL: the same on both engines.
import { type SQL, sql } from 'drizzle-orm';
import {
  deletionsOf,
  MIN_FORMS_KEY_LENGTH,
  prefixEnd,
  spellingKey,
  takesFuzzy,
  termsOf,
  withinOneEdit,
} from '../lib/search-text.js';
import type { Handle, RawStatement } from './engine.js';

/** Words this process has seen in the vocabulary (by a read): a write skips them. Bounded; a
 *  word is never removed from the vocabulary, so a remembered word stays true. */
export type KnownTerms = Set<string>;
const KNOWN_MAX = 20_000;
export const knownTerms = (): KnownTerms => new Set();
const remember = (known: KnownTerms, term: string) => {
  if (known.size >= KNOWN_MAX) known.clear();
  known.add(term);
};

/** Rows per insert statement (SQLite allows 32,766 parameters). */
const CHUNK = 500;
const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** A word of a query to expand: folded, with its key; the last word of a query is also a prefix. */
export type WordToExpand = { term: string; prefix: boolean };

/** What a word matches: its own spelling (and, as a prefix, the words it begins), then the other
 *  spellings: the same key (transliterated, spelt otherwise), one edit away, synonyms. */
export type Expansion = { exact: string[]; variants: string[] };

/** Words a prefix stands for (the shortest of the first COMPLETIONS_READ in order). */
const PREFIX_TERMS = 16;
const COMPLETIONS_READ = 64;
/** Other spellings a word stands for, at most. */
const VARIANT_TERMS = 24;

const byLength = (a: string, b: string) => [...a].length - [...b].length || (a < b ? -1 : a > b ? 1 : 0);

/** Queries whose expansions are kept while nothing is committed. Each is at most 32 words of at
 *  most 1 + PREFIX_TERMS + VARIANT_TERMS words, so the bound in count is one in bytes. */
const EXPANSIONS_KEPT = 512;

export function createVocabulary(
  handle: Pick<Handle, 'db' | 'tables' | 'dialect' | 'prepare' | 'changeStamp'>,
  known: KnownTerms,
) {
  const { db, dialect } = handle;
  const { searchTerms: terms, searchKeyForms: forms, searchSynonymKeys: synonyms } = handle.tables;
  const present = (list: readonly string[]) =>
    db.select({ term: terms.term }).from(terms).where(dialect.inList(terms.term, list));

  // A few small statements rather than one compound: SQLite plans a UNION ALL of list lookups
  // badly (a list subquery per part costs ~10× the part alone). The words of the keys asked for
  // (the words' own keys and, for words long enough, their one-deletion forms); of the keys
  // sharing a deletion form with them; the synonyms of the words' keys; a prefix's completions,
  // by spelling and by key.
  const lazily = (query: SQL) => {
    let statement: RawStatement | undefined;
    return (params: Record<string, unknown>) => {
      statement ??= handle.prepare(query);
      return statement.rows(params) as Promise<[string, string, string?][]>;
    };
  };
  const statements = {
    keys: lazily(
      sql`select ${terms.term}, ${terms.key} from ${terms} where ${dialect.inList(terms.key, sql.placeholder('keys'))}`,
    ),
    forms: lazily(
      sql`select t.term, t.key from ${forms} f join ${terms} t on t.key = f.key where ${dialect.inList(sql`f.form`, sql.placeholder('forms'))}`,
    ),
    synonyms: lazily(
      sql`select t.term, t.key, s1.key from ${synonyms} s1 join ${synonyms} s2 on s2.synonym_id = s1.synonym_id
        join ${terms} t on t.key = s2.key where ${dialect.inList(sql`s1.key`, sql.placeholder('own'))} and s2.key <> s1.key`,
    ),
    spelt: lazily(
      sql`select ${terms.term}, ${terms.key} from ${terms} where ${terms.term} >= ${sql.placeholder('from')}
        and ${terms.term} < ${sql.placeholder('to')} order by ${terms.term} limit ${COMPLETIONS_READ}`,
    ),
    keyed: lazily(
      sql`select ${terms.term}, ${terms.key} from ${terms} where ${terms.key} >= ${sql.placeholder('from')}
        and ${terms.key} < ${sql.placeholder('to')} order by ${terms.key} limit ${COMPLETIONS_READ}`,
    ),
  };

  const kept = new Map<string, readonly Expansion[]>();
  let keptAt: string | undefined;

  return {
    /** Adds the words of an article's texts that the vocabulary lacks. */
    async add(texts: readonly (string | null)[]): Promise<void> {
      const unknown = [...termsOf(texts.filter((text): text is string => text !== null))].filter(
        (term) => !known.has(term),
      );
      if (unknown.length === 0) return;
      const missing = new Set(unknown);
      for (const part of chunks(unknown))
        for (const row of await present(part)) {
          remember(known, row.term);
          missing.delete(row.term);
        }
      if (missing.size === 0) return;
      const rows = [...missing].map((term) => ({ term, key: spellingKey(term) }));
      for (const part of chunks(rows)) await db.insert(terms).values(part).onConflictDoNothing();
      const keys = new Set(
        rows.filter((row) => takesFuzzy(row.term) && [...row.key].length >= MIN_FORMS_KEY_LENGTH).map((row) => row.key),
      );
      const formRows = [...keys].flatMap((key) => deletionsOf(key).map((form) => ({ form, key })));
      for (const part of chunks(formRows)) await db.insert(forms).values(part).onConflictDoNothing();
    },

    /** Each word's expansion: read through the vocabulary, or as it was read for the same words
     *  since the last commit (the vocabulary and synonyms change only in writes). */
    async expand(words: readonly WordToExpand[]): Promise<readonly Expansion[]> {
      const stamp = await handle.changeStamp?.();
      if (stamp === undefined) return expandNow(words);
      if (stamp !== keptAt) {
        kept.clear();
        keptAt = stamp;
      }
      const key = JSON.stringify(words.map((word) => [word.term, word.prefix]));
      const hit = kept.get(key);
      if (hit) return hit;
      const expansions = Object.freeze(await expandNow(words));
      // Kept under the stamp read before the reads: a commit between them leaves an entry that
      // a later stamp never finds.
      if (keptAt === stamp) {
        if (kept.size >= EXPANSIONS_KEPT) kept.clear();
        kept.set(key, expansions);
      }
      return expansions;
    },
  };

  async function expandNow(words: readonly WordToExpand[]): Promise<Expansion[]> {
    const planned = words.map((word) => {
      const key = spellingKey(word.term);
      const fuzzy = takesFuzzy(word.term);
      return { ...word, key, fuzzy, deletions: fuzzy ? deletionsOf(key) : [] };
    });
    const own = [...new Set(planned.map((word) => word.key))];
    const fuzzy = [...new Set(planned.filter((word) => word.fuzzy).flatMap((word) => [word.key, ...word.deletions]))];
    const prefixWord = planned.find((word) => word.prefix);
    const none = Promise.resolve([] as [string, string, string?][]);
    const [keyed, formed, synonymRows, spelt, keyPrefixed] = await Promise.all([
      statements.keys({
        keys: dialect.listParam([...new Set([...own, ...planned.flatMap((word) => word.deletions)])]),
      }),
      fuzzy.length > 0 ? statements.forms({ forms: dialect.listParam(fuzzy) }) : none,
      statements.synonyms({ own: dialect.listParam(own) }),
      prefixWord ? statements.spelt({ from: prefixWord.term, to: prefixEnd(prefixWord.term) }) : none,
      prefixWord ? statements.keyed({ from: prefixWord.key, to: prefixEnd(prefixWord.key) }) : none,
    ]);
    const synonymsOf = new Map<string, Set<string>>();
    const found = new Map<string, string>();
    for (const [term, key] of [...keyed, ...formed, ...spelt, ...keyPrefixed]) found.set(term, key);
    for (const [term, key, of] of synonymRows) {
      found.set(term, key);
      synonymsOf.set(of!, (synonymsOf.get(of!) ?? new Set<string>()).add(key));
    }
    return planned.map((word) => {
      const completions: string[] = [];
      const variants: { term: string; rank: number }[] = [];
      for (const [term, key] of found) {
        if (term === word.term) continue;
        if (word.prefix && term.startsWith(word.term)) {
          completions.push(term);
          continue;
        }
        const rank =
          key === word.key
            ? 0
            : synonymsOf.get(word.key)?.has(key)
              ? 1
              : word.fuzzy && withinOneEdit(key, word.key)
                ? 2
                : word.prefix && key.startsWith(word.key)
                  ? 3
                  : -1;
        if (rank >= 0) variants.push({ term, rank });
      }
      const begun = completions.sort(byLength).slice(0, PREFIX_TERMS);
      // A last word that is a word itself is that word first, its completions among the other
      // spellings; one that is not (a word being typed) is its completions.
      const whole = !word.prefix || found.has(word.term);
      if (whole) variants.push(...begun.map((term) => ({ term, rank: 3 })));
      return {
        exact: whole ? [word.term] : [word.term, ...begun],
        variants: variants
          .sort((a, b) => a.rank - b.rank || byLength(a.term, b.term))
          .slice(0, VARIANT_TERMS)
          .map((variant) => variant.term),
      };
    });
  }
}

export type Vocabulary = ReturnType<typeof createVocabulary>;
