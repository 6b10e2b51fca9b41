// How a page of search hits is read from an index, at a cost bounded by the page and a fixed
// budget whatever the number of hits (docs/search.md):
//
// - Newest first (`-publishedAt`): docid order is publication order, so the index reads the
//   page and stops.
// - By relevance: six tiers: the title, then the head (subtitle and excerpt), then anywhere; in
//   each, the exact spelling and the other spellings. An article scores in its best tier (after a
//   cursor each tier's match leaves out the tiers above; on a first page it keeps its best). Its
//   score is its publication time plus its tier's weight in half-lives of recency (TITLE, HEAD,
//   EXACT), so in every tier the score falls with the docid, and the best page over all tiers is
//   read with the threshold algorithm: each tier is read from its newest hit no further than
//   the page, and only down to the score the page already holds. A cursor (score, docid) starts
//   every tier at the same point, however deep.
// - Oldest first (`publishedAt`): an index reads backwards expensively, so windows below the
//   cursor are read forwards, narrowed until they hold no more than a budget.
// - By title or last change: the newest WINDOW hits are sorted, then the next WINDOW: exact for
//   searches with fewer hits, and bounded for the others.
//
// What an index is told (facets, docid ranges) only narrows what it reads; whether an article
// may be seen and matches the filters is decided by the SQL of access/visibility and filters,
// over the page's rows, as everywhere else. What a viewer may see can take more than one
// narrowing (a contributor: what is published, and their own unpublished work): each reader
// reads every one and merges, and the narrowings of a search never overlap, so counts add up.
import type { IndexQuery, Match, SearchField, SearchIndex } from '../../db/engine.js';
import { docidRange, type Region, slotOf, timeOf } from '../../db/search-docids.js';
import { facet } from '../../db/search-entry.js';
import type { ArticleFilters } from './filters.js';
import type { QueryMatches } from './search-query.js';

/** A half-life of recency: a tier's weight counts in these. */
export const HALF_LIFE_MS = 30 * 86_400_000;
/** What a match is worth, in half-lives: in the title, in the head (subtitle, excerpt), spelt as
 *  typed. A title match outranks a body match up to four months newer; the exact spelling
 *  outranks another spelling up to two months newer. */
const TITLE = 4;
const HEAD = 2;
const EXACT = 2;
/** Hits sorted per window when the order is not the index's (title, last change). */
export const WINDOW = 200;
/** Hits read per window when reading backwards (oldest first). */
const BACKWARDS_BUDGET = 200;
/** The first window read backwards: a week of publication time. */
const BACKWARDS_SPAN = 7n * 86_400_000n * 8192n;

/** Where an index may look: facets every entry must match (a token, or any of several), whether
 *  hidden (draft, archived) entries are left out, and the docid ranges to read, in docid order. A
 *  search reads one or more of these, disjoint. */
export type Narrowing = {
  facets: Match[];
  withoutHidden: boolean;
  ranges: { region: Region; from: bigint; to: bigint }[];
};

type Tier = { field: SearchField; match: Match; weight: number };

/** The tiers of relevance, best first. `exclusive`: each tier leaves out the articles of the
 *  tiers above, so an article is read in its best tier only. A page after a cursor needs that
 *  (an article shown on an earlier page under its best score must not come back under a lower
 *  one); the first page does not: an article read in several tiers keeps its best score, which
 *  gives the same page with about half the terms in each tier's query (docs/search.md). */
export function tiersOf(matches: QueryMatches, exclusive: boolean): Tier[] {
  const notIn = (within: 'title' | 'head', match: Match): Match =>
    exclusive ? { match, without: { within, match: matches.any } } : match;
  const variant = exclusive ? matches.variant : matches.variant && matches.any;
  const tiers: (Tier | undefined)[] = [
    { field: 'title', match: matches.exact, weight: TITLE + EXACT },
    variant && { field: 'title', match: variant, weight: TITLE },
    { field: 'head', match: notIn('title', matches.exact), weight: HEAD + EXACT },
    variant && { field: 'head', match: notIn('title', variant), weight: HEAD },
    { field: 'all', match: notIn('head', matches.exact), weight: EXACT },
    variant && { field: 'all', match: notIn('head', variant), weight: 0 },
  ];
  return tiers.filter((tier): tier is Tier => tier !== undefined);
}

/** The facets an entry must match for the filters; undefined when nothing can match (an author
 *  that does not exist, a section or tag no article carries). A section or tag asked for by slug
 *  is any of the names that have it. */
export function facetsOf(filters: ArticleFilters): Match[] | undefined {
  const { sections, anyTags, allTags = [] } = filters;
  if (filters.authorId === '-' || [sections, anyTags, ...allTags].some((names) => names?.length === 0))
    return undefined;
  const anyOf = (tokens: readonly string[]): Match =>
    tokens.length === 1 ? { term: tokens[0]! } : { any: tokens.map((term) => ({ term })) };
  const facets = [
    sections?.map(facet.section),
    anyTags?.map(facet.tag),
    ...allTags.map((names) => names.map(facet.tag)),
  ]
    .filter((tokens) => tokens !== undefined)
    .map(anyOf);
  if (filters.authorId !== undefined) facets.push({ term: facet.author(filters.authorId) });
  if (filters.locale !== undefined) facets.push({ term: facet.locale(filters.locale) });
  if (filters.status !== undefined && filters.status !== 'published')
    facets.push({ term: facet.status(filters.status) });
  return facets;
}

export function narrowed(match: Match, narrowing: Narrowing): Match {
  const required: Match = narrowing.facets.length === 0 ? match : { all: [match, ...narrowing.facets] };
  return narrowing.withoutHidden ? { match: required, without: { term: facet.hidden } } : required;
}

export type Scored = { docid: bigint; score: number };

/** A hit's score in a tier: its time (its last change, for an article without a publication
 *  date) plus the tier's weight. */
export const scoreOf = (docid: bigint, weight: number): number => timeOf(docid).ms + weight * HALF_LIFE_MS;

/** Relevance order: the higher score first, the smaller docid on a tie. */
const byScore = (a: Scored, b: Scored) => b.score - a.score || (a.docid < b.docid ? -1 : a.docid > b.docid ? 1 : 0);

const larger = (a: bigint, b: bigint) => (a > b ? a : b);
const smaller = (a: bigint, b: bigint) => (a < b ? a : b);

/** The docids of a range whose score in a tier lies in [low, high], and past `cursor` when the
 *  score ties with it (a tie is broken by the docid). */
function window(
  range: Narrowing['ranges'][number],
  weight: number,
  low: number,
  cursor: Scored | undefined,
): { from: bigint; to: bigint } | undefined {
  const offset = weight * HALF_LIFE_MS;
  const times = docidRange(
    range.region,
    Number.isFinite(low) ? low - offset : undefined,
    cursor && cursor.score - offset,
  );
  let from = larger(times.from, range.from);
  const to = smaller(times.to, range.to);
  if (cursor) {
    // The hits that tie with the cursor share its time's slot: only those past the cursor's docid.
    const tie = slotOf(range.region, cursor.score - offset);
    from = larger(from, smaller(larger(cursor.docid + 1n, tie.last), tie.first + 1n));
  }
  return from <= to ? { from, to } : undefined;
}

/** A few more than the page, for hits that tie with the cursor (they are skipped). */
const SLACK = 8;

/** The best `limit` hits by relevance after `cursor`, over every tier of every narrowing (and,
 *  for editors, the articles without a publication date beside the others: each range's tiers
 *  fall with the docid). */
export async function byRelevance(
  index: SearchIndex,
  tiers: readonly Tier[],
  narrowings: readonly Narrowing[],
  limit: number,
  cursor: Scored | undefined,
): Promise<Scored[]> {
  const after = (hit: Scored) => !cursor || byScore(cursor, hit) < 0;
  let best: Scored[] = [];
  for (const narrowing of narrowings)
    for (const range of narrowing.ranges)
      for (const tier of tiers) {
        const threshold = best.length >= limit ? best[limit - 1]!.score : -Infinity;
        const docids = window(range, tier.weight, threshold, cursor);
        if (!docids) continue;
        const found = await index.hits(
          { field: tier.field, match: narrowed(tier.match, narrowing), ...docids },
          limit + SLACK,
        );
        for (const docid of found) {
          const hit = { docid, score: scoreOf(docid, tier.weight) };
          if (after(hit)) best.push(hit);
        }
        // Best first, so an article read in more than one tier keeps its best score.
        const seen = new Set<bigint>();
        best = best
          .sort(byScore)
          .filter((hit) => !seen.has(hit.docid) && seen.add(hit.docid))
          .slice(0, limit);
      }
  return best;
}

const ascending = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** What each narrowing's reading found, merged in docid order (ascending or not), up to `limit`. */
async function merged(
  narrowings: readonly Narrowing[],
  read: (narrowing: Narrowing) => Promise<bigint[]>,
  order: 'ascending' | 'descending',
  limit: number,
): Promise<bigint[]> {
  const found: bigint[] = [];
  for (const narrowing of narrowings) found.push(...(await read(narrowing)));
  if (narrowings.length === 1) return found.slice(0, limit);
  return found.sort((a, b) => (order === 'ascending' ? ascending(a, b) : ascending(b, a))).slice(0, limit);
}

/** The newest `limit` hits of `match` after the docid `cursor`. */
export function byRecency(
  index: SearchIndex,
  match: Match,
  narrowings: readonly Narrowing[],
  limit: number,
  cursor: bigint | undefined,
): Promise<bigint[]> {
  return merged(narrowings, (narrowing) => newestOf(index, match, narrowing, limit, cursor), 'ascending', limit);
}

async function newestOf(
  index: SearchIndex,
  match: Match,
  narrowing: Narrowing,
  limit: number,
  cursor: bigint | undefined,
): Promise<bigint[]> {
  const out: bigint[] = [];
  const query = narrowed(match, narrowing);
  for (const range of narrowing.ranges) {
    const from = cursor === undefined ? range.from : larger(cursor + 1n, range.from);
    if (from > range.to) continue;
    out.push(...(await index.hits({ field: 'all', match: query, from, to: range.to }, limit - out.length)));
    if (out.length >= limit) break;
  }
  return out;
}

/** The oldest `limit` hits of `match` before the docid `cursor` (largest docids first), read
 *  forwards in windows below it that hold no more than a budget. */
export function byAge(
  index: SearchIndex,
  match: Match,
  narrowings: readonly Narrowing[],
  limit: number,
  cursor: bigint | undefined,
): Promise<bigint[]> {
  return merged(narrowings, (narrowing) => oldestOf(index, match, narrowing, limit, cursor), 'descending', limit);
}

async function oldestOf(
  index: SearchIndex,
  match: Match,
  narrowing: Narrowing,
  limit: number,
  cursor: bigint | undefined,
): Promise<bigint[]> {
  const out: bigint[] = [];
  const query = narrowed(match, narrowing);
  const read = (from: bigint, to: bigint) =>
    index.hits({ field: 'all', match: query, from, to } satisfies IndexQuery, BACKWARDS_BUDGET + 1);
  for (const range of [...narrowing.ranges].reverse()) {
    let high = cursor === undefined ? range.to : smaller(cursor - 1n, range.to);
    let span = BACKWARDS_SPAN;
    while (out.length < limit && high >= range.from) {
      let low = larger(high - span + 1n, range.from);
      let hits = await read(low, high);
      // More than the budget: the hits wanted are the window's largest; start it past the first.
      while (hits.length > BACKWARDS_BUDGET) {
        low = hits[BACKWARDS_BUDGET]! + 1n;
        hits = await read(low, high);
      }
      const need = limit - out.length;
      out.push(...hits.slice(-need).reverse());
      high = low - 1n;
      if (hits.length < need) span *= 8n;
    }
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/** The hits of the window that starts at `start`: up to WINDOW of them, in docid order, and
 *  where the next window starts (undefined after the last). */
export async function windowFrom(
  index: SearchIndex,
  match: Match,
  narrowings: readonly Narrowing[],
  start: bigint,
): Promise<{ docids: bigint[]; next: bigint | undefined }> {
  const read = async (narrowing: Narrowing) => {
    const docids: bigint[] = [];
    const query = narrowed(match, narrowing);
    for (const range of narrowing.ranges) {
      const from = larger(start, range.from);
      if (from > range.to) continue;
      docids.push(...(await index.hits({ field: 'all', match: query, from, to: range.to }, WINDOW - docids.length)));
      if (docids.length >= WINDOW) break;
    }
    return docids;
  };
  const docids = await merged(narrowings, read, 'ascending', WINDOW);
  return { docids, next: docids.length >= WINDOW ? docids.at(-1)! + 1n : undefined };
}

/** Where the first window of a search starts: the smallest docid any narrowing reads. */
export const firstDocid = (narrowings: readonly Narrowing[]): bigint | undefined =>
  narrowings
    .flatMap((narrowing) => narrowing.ranges.map((range) => range.from))
    .reduce<bigint | undefined>((low, from) => (low === undefined || from < low ? from : low), undefined);

/** How many hits `match` has, counted no further than `cap` (the narrowings are disjoint). */
export async function countHits(index: SearchIndex, match: Match, narrowings: readonly Narrowing[], cap: number) {
  let total = 0;
  for (const narrowing of narrowings) {
    const query = narrowed(match, narrowing);
    for (const range of narrowing.ranges) {
      total += await index.count({ match: query, from: range.from, to: range.to }, cap + 1 - total);
      if (total > cap) return { total: cap, exact: false };
    }
  }
  return { total, exact: true };
}
