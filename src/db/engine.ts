// What a database engine must provide. Everything that is the same on every engine (the
// repositories, the read model's shape, the rules) is written once over this; each engine
// (src/db/sqlite/, src/db/postgres/) supplies only what differs. See docs/architecture.md.
import type { Placeholder, SQL, SQLWrapper } from 'drizzle-orm';
import type { BaseSQLiteDatabase, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type * as schema from './sqlite/schema.js';

/** The tables, as TypeScript sees them. Both engines define the same tables under the same
 *  keys (test/engine-schema.test.ts holds them to it); the SQLite definitions are the types. */
export type Tables = typeof schema;

/**
 * The query surface shared by both engines: Drizzle's builders, always awaited (a select
 * resolves to its rows). Engine-only methods (`.get()`, `.all()`, `.run()`, `.execute()`) are
 * not used outside src/db/<engine>/.
 */
export type Db = BaseSQLiteDatabase<'async', unknown, Tables>;

/** A hand-built statement prepared once and run many times: rows come back as arrays. */
export type RawStatement = {
  rows(params: Record<string, unknown>): Promise<unknown[][]>;
};

/** One connection's view of the database: outside a transaction (reads), or inside one. */
export type Handle = {
  readonly db: Db;
  readonly tables: Tables;
  readonly dialect: Dialect;
  /** Prepares a hand-built statement (placeholders by name); callers keep it (see statement-cache.ts). */
  prepare(query: SQL): RawStatement;
  /** Runs a statement that returns nothing, or its rows. */
  execute(query: SQL): Promise<void>;
  rows<T>(query: SQL): Promise<T[]>;
  /** Inserts whole rows quickly (bulk loads): one prepared statement per table. */
  insertRows<T extends object>(table: object, rows: readonly T[]): Promise<void>;
  /** The full-text index over articles, on this connection. */
  readonly search: SearchIndex;
  /** The engine's change stamp, on the read handle only (a write transaction reads its own
   *  uncommitted writes, which no stamp reflects): what is derived from this handle's reads may be
   *  kept while it stays the same. Undefined while nothing may be kept (a write transaction is open
   *  on SQLite's one connection to an in-memory database). */
  readonly changeStamp?: () => Promise<string | undefined>;
};

// ---- Full-text search: each engine with its own machinery, one query language ----
//
// An index answers one kind of question: the newest entries (smallest docids, see
// search-docids.ts) that match an expression in one field, within a docid range, up to a limit.
// Everything else (what a word matches, ranking, pages, visibility) is decided once above the
// engines (src/modules/articles/search*.ts) and is the same on both.

/** What an index is asked to find, over folded words (src/lib/search-text.ts) and facet tokens. */
export type Match =
  | { term: string }
  | { phrase: readonly string[] }
  | { all: readonly Match[] }
  | { any: readonly Match[] }
  | { match: Match; without: Match }
  /** `match` in the title, or in the head (title, subtitle and excerpt), of the entries read. */
  | { within: 'title' | 'head'; match: Match };

/** The parts of an article an index reads separately: its title; its head (title, subtitle and
 *  excerpt); or everything (title, subtitle, excerpt and body). */
export type SearchField = 'title' | 'head' | 'all';

/** Entries matching `match` in `field` whose docids lie in [from, to]. */
export type IndexQuery = { field: SearchField; match: Match; from: bigint; to: bigint };

/** An article as the index reads it. */
export type SearchDocument = {
  id: string;
  slug: string;
  locale: string;
  title: string;
  subtitle: string | null;
  excerpt: string;
  bodyText: string;
  status: 'draft' | 'published' | 'archived';
  publishedAt: string | null;
  section: string | null;
  tags: readonly string[];
  authorIds: readonly string[];
  updatedAt: string;
  createdBy: string | null;
};

export interface SearchIndex {
  /** Up to `limit` docids of entries matching `query`, smallest (newest) first. */
  hits(query: IndexQuery, limit: number): Promise<bigint[]>;
  /** How many entries match `query` in every field, counted no further than `cap`. */
  count(query: Omit<IndexQuery, 'field'>, cap: number): Promise<number>;
  /** Writes (or rewrites) an article's entry, and its words into the vocabulary; with `later`,
   *  the text is indexed by indexLater. An entry keeps its docid while its time does not change. */
  write(document: SearchDocument, later?: boolean): Promise<void>;
  /** Indexes the text of articles written with `later`, in one statement (bulk loads). */
  indexLater(articleIds: readonly string[]): Promise<void>;
  remove(articleId: string): Promise<void>;
}

/** Private-use characters that mark matches in snippets: they cannot come from indexed text
 *  (stripped on the way in), so a snippet can be HTML-escaped first and the marks added after. */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;
/** Text as it goes into an index: without the characters that mark matches. */
export const indexableText = (text: string): string => text.replace(MARKERS, '');

/** SQL that differs between engines, as fragments the shared code composes. */
export type Dialect = {
  readonly kind: 'sqlite' | 'postgres';
  /** `column IN (the list bound as one parameter)`: one statement whatever the list's length. */
  inList(column: SQLWrapper, values: readonly (string | number)[] | SQL | Placeholder): SQL;
  /** The value bound for `inList` from a placeholder: a JSON array text (SQLite) or an array
   *  (PostgreSQL); bigints (docids) stay exact. */
  listParam(values: readonly (string | number)[] | readonly bigint[]): unknown;
  /** A column's value as JSON (JSON columns embedded, booleans as true/false). */
  jsonValue(column: SQLiteColumn): SQL;
  /** A JSON object of key/value pairs, in order. */
  jsonObject(pairs: readonly (readonly [string, SQL])[]): SQL;
  /** A JSON array of a correlated subquery's objects, in `orderBy` order (`[]` for none). */
  jsonArray(object: SQL, fromWhere: SQL, orderBy: SQL): SQL;
  /** One object from a correlated subquery, or null. */
  jsonOne(object: SQL, fromWhere: SQL): SQL;
  /** A boolean condition as a JSON true/false. */
  jsonBoolean(condition: SQL): SQL;
  /** A JSON array of objects as one text/blob value, joined in `orderBy` order (`[]` for none),
   *  of the rows `where` holds for when it is given. */
  jsonAggregate(object: SQL, orderBy: SQL, where?: SQL): SQL;
  /** FROM the rows of a JSON array parameter of [id, extra] pairs (as `k.position`, `k.id`,
   *  `k.extra`), each joined to the row of `table` whose `id` it names, in that order. */
  pageJoin(parameter: SQL | Placeholder, table: SQL, id: SQLWrapper): SQL;
  /** The first `take` rows (at most `most`) of an ordered query, with `position` from 1 in
   *  `order` (the same order, over the rows taken). */
  firstRows(query: SQL, order: SQL, take: Placeholder, most: number): SQL;
  /** FROM the rows of a subquery (as `k`, with `k.id` and `k.position`), each joined to the row
   *  of `table` whose `id` it names, in that order. */
  keyedJoin(keys: SQL, table: SQL, id: SQLWrapper): SQL;
  /** An image's srcset as JSON, from its stored hash, extension and width, each URL prefixed
   *  with `origin` (PUBLIC_API_URL, a bound parameter). */
  srcset(sha256: SQL, ext: SQL, width: SQL, origin: SQL): SQL;
  /** A text value of the row that the answer's bytes are made of. */
  asBytes(json: SQL): SQL;
  /** The literal false (a partial index's condition must be written as its definition is). */
  readonly false: SQL;
  /** `table` in a FROM clause, read through `index` where the engine's planner would guess wrong. */
  throughIndex(table: SQLiteTable, index: string): SQL;
};

export type EngineKind = Dialect['kind'];

export type EngineStats = {
  /** Bytes of the database (SQLite: the file and its WAL; PostgreSQL: pg_database_size). */
  databaseBytes: number;
  walBytes: number | null;
};

export interface Engine {
  readonly kind: EngineKind;
  /** Reads outside any transaction. */
  readonly read: Handle;
  /**
   * Runs `work` as one write transaction. Writers are serialised across every process and
   * node (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), so a
   * transaction sees every earlier commit and the outbox's sequence is the commit order.
   * Rolled back if `work` throws.
   */
  transaction<T>(work: (tx: Handle) => Promise<T>): Promise<T>;
  /** Runs `work` over one consistent moment of the database (a read transaction). */
  snapshot<T>(work: (tx: Handle) => Promise<T>): Promise<T>;
  /** Changes whenever anything is committed, by any process or node (cheap enough per request). */
  changeStamp(): Promise<string>;
  stats(): Promise<EngineStats>;
  /** Housekeeping a long-running server does periodically (SQLite: a truncating checkpoint). */
  maintain(): Promise<void>;
  /** Calls `onChange` soon after another process or node commits something (a hint, not a guarantee). */
  watch(onChange: () => void): () => void;
  close(): Promise<void>;
}
