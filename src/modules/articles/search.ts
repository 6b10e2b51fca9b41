// Full-text search of articles: what a reader typed becomes clauses (search-query.ts), expanded
// through the vocabulary into the spellings to look for; a page is read from the engine's index
// at a bounded cost (search-plan.ts); the page's rows are then held to the visibility rule and
// the filters in SQL, and snippets are cut from their text. The same on both engines.
import { and, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import { docidRange, MAX_SPILL_SLOTS, UNDATED_FROM } from '../../db/search-docids.js';
import { decodeSnippetSource, facet } from '../../db/search-entry.js';
import { createVocabulary, knownTerms } from '../../db/search-vocabulary.js';
import { statementCache } from '../../db/statement-cache.js';
import { type Cursor, notIssuedHere } from '../../lib/cursor.js';
import { articlesVisible, byScope, ownerParam, type Viewer } from '../access/index.js';
import { type ArticleFilters, filterConditions, filterShape, filterValues } from './filters.js';
import type { ListKey } from './lists.js';
import type { ArticleSort } from './schema.js';
import {
  byAge,
  byRecency,
  byRelevance,
  countHits,
  facetsOf,
  firstDocid,
  type Narrowing,
  type Scored,
  tiersOf,
  windowFrom,
} from './search-plan.js';
import { expandQuery, type QueryClause, queryMatches } from './search-query.js';
import { cutSnippet, SNIPPET_WORDS, type SnippetClause, snippetHtml, snippetMatcher } from './snippets.js';

export { parseQuery } from './search-query.js';

export type SearchOptions = {
  viewer: Viewer;
  now: string;
  clauses: QueryClause[];
  filters: ArticleFilters;
  sort: ArticleSort;
  cursor: Cursor | undefined;
  limit: number;
  /** How many of the first keys need a snippet (the page; the key after it only says one follows). */
  snippets: number;
};

/** Counts stop here: past it, `total` says "at least" (docs/search.md). */
export const COUNT_CAP = 10_000;
/** The docids of a crowded millisecond spill into the ones before it (search-docids.ts): a page
 *  read after a date looks that much further back, and the SQL decides exactly. */
const SPILL_MS = MAX_SPILL_SLOTS;

/** Where the index may look for what the viewer may see and the filters ask: disjoint narrowings,
 *  none when nothing can match (an author that does not exist). They follow the scopes of
 *  access/visibility.ts, and only narrow the reading: the rule itself (articlesVisible) and the
 *  filters are applied to a page in SQL (a count, read from the index alone, leaves out the spill). */
function narrowingsOf(viewer: Viewer, filters: ArticleFilters, now: string, use: 'page' | 'count'): Narrowing[] {
  const facets = facetsOf(filters);
  if (!facets) return [];
  const ms = (iso: string) => Date.parse(iso);
  const before = filters.publishedBefore === undefined ? undefined : ms(filters.publishedBefore) - 1;
  const after =
    filters.publishedAfter === undefined ? undefined : ms(filters.publishedAfter) + 1 - (use === 'page' ? SPILL_MS : 0);
  const dated = (from: number | undefined, to: number | undefined) => ({
    region: 'dated' as const,
    ...docidRange('dated', from, to),
  });
  // Published articles always have a date; the date filters match dated articles only.
  const filtered =
    before !== undefined || after !== undefined
      ? [dated(after, before)]
      : [dated(undefined, undefined), { region: 'undated' as const, from: UNDATED_FROM, to: docidRange('undated').to }];
  const shown = filters.status === undefined || filters.status === 'published';
  const hidden = filters.status !== 'published';
  const due = ms(now);
  // Published and due: what every viewer may see.
  const published = { facets, withoutHidden: true, ranges: [dated(after, Math.min(due, before ?? Infinity))] };
  switch (viewer.articles) {
    case 'all':
      return [{ facets, withoutHidden: !hidden, ranges: filtered }];
    case 'public':
      return shown ? [published] : [];
    case 'own': {
      const parts: Narrowing[] = shown ? [published] : [];
      if (viewer.ownerId === null) return parts;
      // Their own besides: drafts and archived articles, and articles scheduled for later.
      const mine = [...facets, { term: facet.owner(viewer.ownerId) }];
      if (hidden) parts.push({ facets: [...mine, { term: facet.hidden }], withoutHidden: false, ranges: filtered });
      const later = dated(Math.max(due + 1, after ?? -Infinity), before);
      if (shown) parts.push({ facets: mine, withoutHidden: true, ranges: [later] });
      return parts;
    }
  }
}

const parseDocid = (text: string): bigint => {
  try {
    if (!/^\d+$/.test(text)) throw new Error('not a docid');
    return BigInt(text);
  } catch {
    throw notIssuedHere('cursor');
  }
};

type Checked = {
  docid: string;
  id: string;
  title: string;
  updatedAt: string;
  publishedSort: string;
  /** What its snippet is cut from, as the entry holds it (search-entry.ts). */
  text?: Uint8Array | null;
};
/** A page's key, with the text its snippet is cut from when the check read it. */
type Hit = ListKey & { text?: Uint8Array | null };
type Run<Row> = (values?: Record<string, unknown>) => Promise<Row[]>;

export function createArticleSearch(handle: Handle) {
  const { db, tables: t, dialect, search: index } = handle;
  const vocabulary = createVocabulary(handle, knownTerms());
  const rows = t.articleSearch;
  // The page's rows are found by docid; status and date are read through an expression, so no
  // planner ranges over their index instead (reading every published article to find a page).
  const searchRow = {
    id: rows.articleId,
    status: sql`(${rows.status} || '')`,
    locale: rows.locale,
    publishedAt: rows.publishedAt,
    publishedSort: sql`(${rows.publishedSort} || '')`,
    section: rows.section,
    title: rows.title,
    updatedAt: rows.updatedAt,
    createdBy: rows.createdBy,
  };
  const checks = statementCache<object, Run<Checked>>('search_checked');
  /** The rows of `docids` the viewer may see and the filters match; `withText`, with the text
   *  of each (a sort that reads only the page's hits: the page's texts come in the same trip). */
  const check = (
    options: Pick<SearchOptions, 'viewer' | 'filters' | 'now'>,
    docids: readonly bigint[],
    withText = false,
  ) => {
    const shape = { articles: options.viewer.articles, filters: filterShape(options.filters), withText };
    const statement = checks(shape, (name) =>
      prepared(
        name,
        db
          .select({
            docid: sql<string>`cast(${rows.docid} as text)`,
            id: rows.articleId,
            title: rows.title,
            updatedAt: rows.updatedAt,
            publishedSort: rows.publishedSort,
            ...(withText ? { text: rows.snippetSource } : {}),
          })
          .from(rows)
          .where(
            and(
              dialect.inList(rows.docid, sql.placeholder('docids')),
              articlesVisible(byScope(options.viewer), searchRow, sql.placeholder('now')),
              ...filterConditions(t, dialect, options.filters, searchRow),
            ),
          ),
      ),
    );
    return statement({
      ...filterValues(dialect, options.filters),
      ...ownerParam(options.viewer),
      now: options.now,
      docids: dialect.listParam(docids),
    });
  };

  const snippetTexts = prepared(
    'article_snippet_texts',
    db
      .select({ id: rows.articleId, text: rows.snippetSource })
      .from(rows)
      .where(dialect.inList(rows.articleId, sql.placeholder('ids'))),
  );

  async function prepare(
    options: Omit<SearchOptions, 'sort' | 'cursor' | 'limit' | 'snippets'>,
    use: 'page' | 'count',
  ) {
    const expanded = await expandQuery(vocabulary, options.clauses);
    const snippets: SnippetClause[] = expanded.map(({ clause, terms }) => ({
      terms: new Set(terms),
      prefix: clause.kind === 'word' && clause.prefix ? clause.term : undefined,
    }));
    return {
      matches: queryMatches(expanded),
      snippets,
      narrowings: narrowingsOf(options.viewer, options.filters, options.now, use),
    };
  }

  /** The page's keys in the order of `docids`, those the viewer may see and the filters match. */
  async function keysOf(
    options: SearchOptions,
    docids: readonly bigint[],
    key: (row: Checked, docid: bigint) => { sortKey: string | number; cursorId: string },
  ): Promise<{ keys: Hit[]; refused: number }> {
    if (docids.length === 0) return { keys: [], refused: 0 };
    const found = new Map((await check(options, docids, true)).map((row) => [row.docid, row]));
    const keys: Hit[] = [];
    for (const docid of docids) {
      const row = found.get(String(docid));
      if (row) keys.push({ id: row.id, ...key(row, docid), text: row.text });
    }
    return { keys, refused: docids.length - keys.length };
  }

  /** A page of `limit` hits in `sort` order after the cursor. */
  async function page(options: SearchOptions, plan: Awaited<ReturnType<typeof prepare>>): Promise<Hit[]> {
    const { matches, narrowings } = plan;
    const first = firstDocid(narrowings);
    if (first === undefined) return [];
    const { limit, cursor } = options;
    switch (options.sort) {
      case 'relevance': {
        if (cursor && typeof cursor.key !== 'number') throw notIssuedHere('cursor');
        let after: Scored | undefined = cursor && { score: cursor.key as number, docid: parseDocid(cursor.id) };
        const keys: Hit[] = [];
        // Hits the SQL refuses (the index's narrowing only approximates the rule) are replaced
        // from further down, a few rounds at most.
        for (let round = 0; round < 4 && keys.length < limit; round++) {
          const tiers = tiersOf(matches, after !== undefined);
          const hits = await byRelevance(index, tiers, narrowings, limit - keys.length, after);
          const scores = new Map(hits.map((hit) => [hit.docid, hit.score]));
          const found = await keysOf(
            options,
            hits.map((hit) => hit.docid),
            (_, docid) => ({ sortKey: scores.get(docid)!, cursorId: String(docid) }),
          );
          keys.push(...found.keys);
          if (found.refused === 0 || hits.length === 0) break;
          after = hits.at(-1);
        }
        return keys;
      }
      case '-publishedAt':
      case 'publishedAt': {
        const read = options.sort === '-publishedAt' ? byRecency : byAge;
        let after = cursor && parseDocid(cursor.id);
        const keys: Hit[] = [];
        for (let round = 0; round < 4 && keys.length < limit; round++) {
          const docids = await read(index, matches.any, narrowings, limit - keys.length, after);
          const found = await keysOf(options, docids, (row, docid) => ({
            sortKey: row.publishedSort,
            cursorId: String(docid),
          }));
          keys.push(...found.keys);
          if (found.refused === 0 || docids.length === 0) break;
          after = docids.at(-1);
        }
        return keys;
      }
      case 'title':
      case '-updatedAt': {
        const byTitle = options.sort === 'title';
        type Keyed = { key: string; docid: bigint };
        const order = (a: Keyed, b: Keyed) =>
          (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * (byTitle ? 1 : -1) ||
          (a.docid < b.docid ? -1 : a.docid > b.docid ? 1 : 0);
        // The cursor's id is "<window start>:<docid>".
        const [startText, docidText] = cursor ? cursor.id.split(':') : [];
        if (cursor && (docidText === undefined || typeof cursor.key !== 'string')) throw notIssuedHere('cursor');
        let start: bigint | undefined = startText === undefined ? first : parseDocid(startText);
        let past: Keyed | undefined = cursor && { key: cursor.key as string, docid: parseDocid(docidText!) };
        const keys: ListKey[] = [];
        while (start !== undefined && keys.length < limit) {
          const window = await windowFrom(index, matches.any, narrowings, start);
          const sorted = (await check(options, window.docids))
            .map((row) => ({ row, key: byTitle ? row.title : row.updatedAt, docid: BigInt(row.docid) }))
            .sort(order);
          for (const hit of sorted) {
            if (past && order(hit, past) <= 0) continue;
            keys.push({ id: hit.row.id, sortKey: hit.key, cursorId: `${start}:${hit.docid}` });
            if (keys.length >= limit) break;
          }
          past = undefined;
          start = window.next;
        }
        return keys;
      }
    }
  }

  return {
    /** A page of search hits as keys with their snippets (HTML). */
    async search(options: SearchOptions): Promise<ListKey[]> {
      const plan = await prepare(options, 'page');
      const keys = await page(options, plan);
      if (keys.length === 0) return [];
      const shown = keys.slice(0, options.snippets);
      // The sorts by title and by update read whole windows: their page's texts are read here.
      const texts = shown.every((key) => key.text !== undefined)
        ? new Map(shown.map((key) => [key.id, key.text]))
        : new Map(
            (await snippetTexts({ ids: dialect.listParam(shown.map((key) => key.id)) })).map((row) => [
              row.id,
              row.text,
            ]),
          );
      const matcher = snippetMatcher(plan.snippets);
      return keys.map(({ text: _text, ...key }, index) =>
        index < options.snippets
          ? {
              ...key,
              snippet: snippetHtml(
                cutSnippet(decodeSnippetSource(texts.get(key.id)), plan.snippets, SNIPPET_WORDS, matcher),
              ),
            }
          : key,
      );
    },
    /** How many articles match, counted no further than COUNT_CAP. */
    async searchCount(
      options: Omit<SearchOptions, 'sort' | 'cursor' | 'limit' | 'snippets'>,
    ): Promise<{ total: number; exact: boolean }> {
      const plan = await prepare(options, 'count');
      return countHits(index, plan.matches.any, plan.narrowings, COUNT_CAP);
    },
  };
}
