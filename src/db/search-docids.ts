// The docid of an article's search entry says when it was published: newer articles have smaller
// docids, so an index read in docid order reads the newest hits first and can stop after a page
// (FTS5 walks a doclist forwards cheaply and backwards expensively), a date filter is a docid
// range, and "published by now" is a lower bound. Articles without a publication date come after
// every dated one, newest change first, as `-publishedAt` orders them.
//
//   bit 62        0 for a publication date, 1 for none (then the time is updatedAt)
//   bits 13–61    milliseconds since 1000-01-01 (the API's dates lie in the years 1000–9999)
//   bits 0–12     which of the articles of that millisecond (8,192 of them)
//
// counted down from the top of each half, so that a later time is a smaller number. The same
// layout on both engines (SQLite's rowid, PostgreSQL's bigint). See docs/search.md.

const SEQ_BITS = 13n;
/** Articles one millisecond can hold before they spill into the one before. */
export const SLOT_SIZE = 1n << SEQ_BITS;
const TIME_MAX = (1n << 49n) - 1n;
const EPOCH_MS = Date.UTC(1000, 0, 1);
/** The highest docid of an article with a publication date. */
export const DATED_TOP = (1n << 62n) - 1n;
/** The highest docid of all (an article without a publication date, changed in year 1000). */
export const UNDATED_TOP = (1n << 63n) - 1n;
/** Where the articles without a publication date begin. */
export const UNDATED_FROM = 1n << 62n;
/** Slots a full millisecond may spill over into before a write is refused. */
export const MAX_SPILL_SLOTS = 1_000;

export type Region = 'dated' | 'undated';
const topOf = (region: Region) => (region === 'dated' ? DATED_TOP : UNDATED_TOP);

const timeKey = (ms: number): bigint => {
  const key = BigInt(Math.floor(ms)) - BigInt(EPOCH_MS);
  return key < 0n ? 0n : key > TIME_MAX ? TIME_MAX : key;
};

/** The docids of one millisecond in a region: `first` (the one a first article gets) down to `last`. */
export function slotOf(region: Region, ms: number): { first: bigint; last: bigint } {
  const first = topOf(region) - timeKey(ms) * SLOT_SIZE;
  return { first, last: first - (SLOT_SIZE - 1n) };
}

/** The slot an article's entry goes in: its publication time, else its last change. */
export function slotFor(publishedAt: string | null, updatedAt: string): { first: bigint; last: bigint } {
  return publishedAt === null ? slotOf('undated', Date.parse(updatedAt)) : slotOf('dated', Date.parse(publishedAt));
}

/** The millisecond a docid stands for, and its region. */
export function timeOf(docid: bigint): { region: Region; ms: number } {
  const region: Region = docid >= UNDATED_FROM ? 'undated' : 'dated';
  return { region, ms: Number((topOf(region) - docid) / SLOT_SIZE) + EPOCH_MS };
}

/** Docids of a region whose time lies in [fromMs, toMs] (either end open when undefined). */
export function docidRange(region: Region, fromMs?: number, toMs?: number): { from: bigint; to: bigint } {
  const top = topOf(region);
  const bottom = region === 'dated' ? 0n : UNDATED_FROM;
  return {
    from: toMs === undefined ? bottom : slotOf(region, toMs).last,
    to: fromMs === undefined ? top : slotOf(region, fromMs).first,
  };
}
