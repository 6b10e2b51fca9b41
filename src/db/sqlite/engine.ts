// The embedded engine: one SQLite file in WAL mode, opened twice. Reads go through a read-only
// connection, so they never see a write transaction's uncommitted rows while it awaits; writes
// go through the other, one transaction at a time (BEGIN IMMEDIATE, queued in this process and
// retried without blocking the event loop while another process holds the lock).
import { closeSync, fsyncSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { srcsetOf } from '../../lib/media-formats.js';
import { projectRoot } from '../../lib/paths.js';
import type { Db, Engine, Handle, RawStatement } from '../engine.js';
import { binder } from '../placeholders.js';
import { type KnownTerms, knownTerms } from '../search-vocabulary.js';
import { sqliteDialect } from './dialect.js';
import { preparedInsert } from './prepared-insert.js';
import * as schema from './schema.js';
import { createSqliteSearch, mergeIndexes, optimizeIndexes } from './search.js';

export const sqliteMigrations = join(projectRoot, 'migrations', 'sqlite');

export type SqliteOptions = {
  /** Sees every SQL statement run (tests count them to catch N+1 queries). */
  onStatement?: (sql: string) => void;
  /**
   * For a bulk load (the synthetic corpus): one connection, and durability traded for speed until
   * close (synchronous=OFF, a bigger page cache, rare checkpoints). Into a file without articles
   * the load needs no journal on disk either: a crash would lose the load and nothing else, and
   * with the rollback journal in memory every page is written once, not twice (WAL, then
   * checkpoint). close() flushes the file and returns it to WAL mode.
   */
  bulkLoad?: boolean;
};

const compiler = new SQLiteSyncDialect();

/** Pragmas both connections need. */
function configure(connection: Database.Database): void {
  // WAL lets readers run beside the writer.
  connection.pragma('journal_mode = WAL');
  // After a checkpoint the WAL is cut back to this size (else it stays as large as its busiest
  // moment); the periodic truncating checkpoint (maintain) empties it.
  connection.pragma('journal_size_limit = 67108864');
  connection.pragma('foreign_keys = ON');
  // Statements wait briefly for another process; BEGIN IMMEDIATE waits without blocking (below).
  connection.pragma('busy_timeout = 100');
  // Variant URLs are made by the same function the JavaScript side uses, called from SQL.
  // The origin (PUBLIC_API_URL) is an argument bound with each read, as on PostgreSQL.
  connection.function(
    'newsdesk_srcset',
    { deterministic: true },
    (sha256: unknown, ext: unknown, width: unknown, origin: unknown) =>
      JSON.stringify(
        typeof sha256 === 'string' && typeof ext === 'string' && typeof origin === 'string'
          ? srcsetOf(sha256, ext, typeof width === 'number' || typeof width === 'bigint' ? Number(width) : null, origin)
          : [],
      ),
  );
}

function handleOver(connection: Database.Database, known: KnownTerms, changeStamp?: Handle['changeStamp']): Handle {
  const db = drizzle({ client: connection, schema }) as BetterSQLite3Database<typeof schema> & {
    $client: Database.Database;
  };
  const inserts = new WeakMap<object, (row: object) => void>();
  const handle: Handle = {
    db: db as unknown as Db,
    search: undefined as unknown as Handle['search'],
    ...(changeStamp ? { changeStamp } : {}),
    tables: schema,
    dialect: sqliteDialect,
    prepare(query: SQL): RawStatement {
      const compiled = compiler.sqlToQuery(query);
      const statement = connection.prepare(compiled.sql).raw();
      const bind = binder(compiled.params);
      return { rows: async (params) => statement.all(...bind(params)) as unknown[][] };
    },
    async execute(query) {
      db.run(query);
    },
    async rows<T>(query: SQL) {
      return db.all(query) as T[];
    },
    async insertRows(table, rows) {
      let insert = inserts.get(table);
      if (!insert) {
        insert = preparedInsert(connection, table as never) as (row: object) => void;
        inserts.set(table, insert);
      }
      for (const row of rows) insert(row);
    },
  };
  (handle as { search: Handle['search'] }).search = createSqliteSearch(handle, connection, known);
  return handle;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const isBusy = (error: unknown) => (error as { code?: string }).code === 'SQLITE_BUSY';

/** Pages (8 KiB) of search index merged per write transaction, and for how long per round. */
const MERGE_PAGES = 500;
const MERGE_MS = 250;

/** How long a writer waits for another process's write lock before giving up. */
const LOCK_WAIT_MS = 10_000;

/** The engine, and the write connection itself for tools and tests that need SQLite's own API. */
export type SqliteEngine = Engine & { readonly client: Database.Database };

export function openSqlite(path: string, options: SqliteOptions = {}): SqliteEngine {
  const memory = path === ':memory:';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const verbose = options.onStatement ? { verbose: (message: unknown) => options.onStatement!(String(message)) } : {};
  const writer = new Database(path, verbose);
  // 8 KiB pages for a new file (an existing one keeps its own; WAL fixes the size): an article's
  // row spans two pages rather than a chain of four (README, Decisions: page size).
  writer.pragma('page_size = 8192');
  configure(writer);
  // A commit is durable before the API answers 2xx.
  writer.pragma('synchronous = FULL');
  if (memory) migrate(drizzle({ client: writer }), { migrationsFolder: sqliteMigrations });
  else {
    // Migrations run on a connection of their own: the migrator leaves statements behind on the
    // connection it used, and SQLite then refuses that connection a truncating checkpoint.
    const migrator = new Database(path);
    migrator.pragma('journal_mode = WAL');
    migrate(drizzle({ client: migrator }), { migrationsFolder: sqliteMigrations });
    migrator.close();
  }
  const bulk = options.bulkLoad === true;
  const saved = { synchronous: writer.pragma('synchronous', { simple: true }) };
  let unjournaled = false;
  if (bulk) {
    const empty = writer.prepare('select count(*) from articles').pluck().get() === 0;
    // With another connection open SQLite keeps WAL, and the load journals as usual.
    unjournaled = !memory && empty && writer.pragma('journal_mode = MEMORY', { simple: true }) === 'memory';
    writer.pragma('synchronous = OFF');
    writer.pragma('cache_size = -131072');
    writer.pragma('wal_autocheckpoint = 20000');
  }
  // An in-memory database is one per connection, and a bulk load has the file to itself: both
  // read through the writer.
  const reader = memory || bulk ? writer : new Database(path, { ...verbose, readonly: true });
  if (reader !== writer) configure(reader);

  const dataVersion = reader.prepare('select data_version from pragma_data_version').pluck();
  /** The change stamp when housekeeping last found the indexes merged. */
  let settledAt: string | undefined;
  const totalChanges = writer.prepare('select total_changes()').pluck();
  // data_version moves when another connection commits (this process's writer included);
  // total_changes covers one connection reading its own commits (in memory, or a bulk load).
  const stamp = () => `${dataVersion.get()}.${reader === writer ? totalChanges.get() : 0}`;
  const known = knownTerms();
  // With one connection, reads inside an open write transaction see writes that may roll back.
  const read = handleOver(reader, known, async () => (reader === writer && writer.inTransaction ? undefined : stamp()));
  const write = reader === writer ? read : handleOver(writer, known);

  let queue: Promise<unknown> = Promise.resolve();
  async function begin(): Promise<void> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      try {
        writer.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if (!isBusy(error) || Date.now() > deadline) throw error;
        await sleep(wait);
      }
    }
  }

  function transaction<T>(work: (tx: Handle) => Promise<T>): Promise<T> {
    const run = async () => {
      await begin();
      try {
        const result = await work(write);
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    kind: 'sqlite',
    client: writer,
    read,
    transaction,
    async snapshot<T>(work: (tx: Handle) => Promise<T>): Promise<T> {
      // A deferred transaction on the read connection: every read in it sees one WAL snapshot.
      reader.exec('BEGIN');
      try {
        return await work(read);
      } finally {
        reader.exec('COMMIT');
      }
    },
    changeStamp: async () => stamp(),
    async stats() {
      if (memory) return { databaseBytes: 0, walBytes: null };
      const size = (file: string) => {
        try {
          return statSync(file).size;
        } catch {
          return 0;
        }
      };
      return { databaseBytes: size(path), walBytes: size(`${path}-wal`) };
    },
    async maintain() {
      // Nothing committed since a round that left nothing to merge and an empty WAL: nothing to
      // do. A merge with nothing to do is still a commit, and a checkpoint moves data_version
      // too; either makes the 304 path read the last change again.
      if (settledAt === stamp()) return;
      // The search indexes' b-trees merged (search.ts), a slice per write transaction so writes
      // go on between them, for a bounded time per round of housekeeping.
      const until = Date.now() + MERGE_MS;
      let more = true;
      while (Date.now() < until && more) more = await transaction(async () => mergeIndexes(writer, MERGE_PAGES));
      // The WAL is reset to empty once every reader has moved past it (no reader holds it back
      // for long here), so it never grows past what one busy interval wrote.
      const [busy] = memory
        ? [0]
        : (writer.pragma('wal_checkpoint(TRUNCATE)', { simple: false }) as { busy: number }[]).map((row) => row.busy);
      settledAt = more || busy !== 0 ? undefined : stamp();
    },
    watch(onChange) {
      let last = dataVersion.get();
      const timer = setInterval(() => {
        const now = dataVersion.get();
        if (now !== last) {
          last = now;
          onChange();
        }
      }, 250);
      timer.unref();
      return () => clearInterval(timer);
    },
    async close() {
      await queue;
      if (reader !== writer) reader.close();
      if (bulk) {
        optimizeIndexes(writer);
        writer.pragma(`synchronous = ${saved.synchronous}`);
        if (unjournaled) {
          // Nothing went through a journal: flush the file itself before going back to WAL.
          const fd = openSync(path, 'r+');
          fsyncSync(fd);
          closeSync(fd);
          writer.pragma('journal_mode = WAL');
        }
        if (!memory) writer.pragma('wal_checkpoint(TRUNCATE)');
      }
      writer.close();
    },
  };
}
