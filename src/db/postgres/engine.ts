// PostgreSQL, for several stateless nodes over one database: a pool of connections through
// node-postgres. Writers are serialised across every node by a transaction-scoped advisory lock
// (as SQLite's BEGIN IMMEDIATE serialises them on one file), so a transaction sees every earlier
// commit and the outbox's sequence is the commit order. Migrations run under a session-level
// advisory lock: nodes starting at once migrate once. Commits are announced with NOTIFY, so the
// other nodes' workers wake at once instead of at their next poll.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { projectRoot } from '../../lib/paths.js';
import type { Db, Engine, Handle, RawStatement, Tables } from '../engine.js';
import { binder } from '../placeholders.js';
import { type KnownTerms, knownTerms } from '../search-vocabulary.js';
import { postgresDialect } from './dialect.js';
import * as schema from './schema.js';
import { createPostgresSearch } from './search.js';

export const postgresMigrations = join(projectRoot, 'migrations', 'postgres');

/** Advisory lock keys (any 64-bit numbers, the same on every node). */
const WRITE_LOCK = 0x6e657773; // "news"
const MIGRATION_LOCK = 0x6d696772; // "migr"
const CHANNEL = 'newsdesk_commits';
/** A transaction has an id once it has written something. */
const NOTIFY_IF_WRITTEN = `select pg_notify('${CHANNEL}', '') where txid_current_if_assigned() is not null`;

export type PostgresOptions = {
  /** Connections per node (default 10). */
  poolSize?: number;
  onStatement?: (sql: string) => void;
};

const compiler = new PgDialect();

// int8 (counts, sums, the outbox sequence) as numbers: every value Newsdesk keeps fits.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

type Queryable = pg.Pool | pg.PoolClient;

function handleOver(
  client: Queryable,
  known: KnownTerms,
  onStatement?: (sql: string) => void,
  changeStamp?: Handle['changeStamp'],
): Handle {
  const logger = onStatement ? { logQuery: (query: string) => onStatement(query) } : undefined;
  const db = drizzle({ client, schema, ...(logger ? { logger } : {}) }) as unknown as Db;
  const handle: Handle = {
    db,
    // The PostgreSQL definitions under the keys TypeScript knows from SQLite's (same columns).
    tables: schema as unknown as Tables,
    dialect: postgresDialect,
    search: undefined as unknown as Handle['search'],
    ...(changeStamp ? { changeStamp } : {}),
    prepare(query: SQL): RawStatement {
      const compiled = compiler.sqlToQuery(query);
      const name = `nd_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 20)}`;
      const bind = binder(compiled.params);
      return {
        rows: async (params) => {
          onStatement?.(compiled.sql);
          const result = await client.query({
            name,
            text: compiled.sql,
            values: bind(params),
            rowMode: 'array',
          });
          return result.rows as unknown[][];
        },
      };
    },
    async execute(query) {
      await (db as unknown as { execute: (query: SQL) => Promise<unknown> }).execute(query);
    },
    async rows<T>(query: SQL) {
      const result = (await (db as unknown as { execute: (query: SQL) => Promise<{ rows: T[] }> }).execute(query)) as {
        rows: T[];
      };
      return result.rows;
    },
    async insertRows(table, rows) {
      // Multi-row inserts in chunks: one round trip per few hundred rows, under the 65,535 parameters a statement may bind.
      for (let start = 0; start < rows.length; start += 500) {
        await db.insert(table as never).values(rows.slice(start, start + 500) as never);
      }
    },
  };
  (handle as { search: Handle['search'] }).search = createPostgresSearch(handle, known);
  return handle;
}

export type PostgresEngine = Engine & { readonly pool: pg.Pool };

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<PostgresEngine> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection that the server drops (restart, failover) must not take the process down.
  pool.on('error', () => undefined);
  const migrator = await pool.connect();
  try {
    await migrator.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle({ client: pool }), { migrationsFolder: postgresMigrations });
    } finally {
      await migrator.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    migrator.release();
  }

  // Every content change writes an event, and writers take one lock in turn, so the last
  // sequence moves with every commit that matters.
  const changeStamp = async () => {
    const result = await pool.query({
      name: 'nd_change_stamp',
      text: 'select coalesce(max(seq), 0) as seq from events',
    });
    return String(result.rows[0]?.seq ?? 0);
  };
  const known = knownTerms();
  const read = handleOver(pool, known, options.onStatement, changeStamp);
  const listeners = new Set<() => void>();
  let listener: pg.PoolClient | undefined;

  async function transaction<T>(work: (tx: Handle) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      try {
        await client.query('select pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await work(handleOver(client, known, options.onStatement));
        // Only a transaction that wrote is announced: a notification wakes every node's worker,
        // and an empty one (a worker's claim that found nothing) would wake them all again.
        await client.query({ name: 'nd_notify_if_written', text: NOTIFY_IF_WRITTEN });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }

  return {
    kind: 'postgres',
    pool,
    read,
    transaction,
    async snapshot<T>(work: (tx: Handle) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin isolation level repeatable read read only');
        try {
          return await work(handleOver(client, known, options.onStatement));
        } finally {
          await client.query('commit');
        }
      } finally {
        client.release();
      }
    },
    changeStamp,
    async stats() {
      const result = await pool.query('select pg_database_size(current_database()) as bytes');
      return { databaseBytes: Number(result.rows[0]?.bytes ?? 0), walBytes: null };
    },
    async maintain() {
      // Autovacuum keeps the tables; nothing for a node to do.
    },
    watch(onChange) {
      listeners.add(onChange);
      if (!listener) {
        void pool.connect().then(
          async (client) => {
            listener = client;
            client.on('notification', () => {
              for (const notify of listeners) notify();
            });
            client.on('error', () => undefined);
            await client.query(`listen ${CHANNEL}`);
          },
          () => undefined,
        );
      }
      return () => listeners.delete(onChange);
    },
    async close() {
      if (listener) {
        await listener.query(`unlisten ${CHANNEL}`).catch(() => undefined);
        listener.release();
        listener = undefined;
      }
      await pool.end();
    },
  };
}
