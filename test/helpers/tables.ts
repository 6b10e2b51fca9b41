// Every table of an app's database, read as rows: equal snapshots mean nothing changed. Works on
// either engine (the full-text indexes' internals are left out: SQLite's shadow tables hold each
// index as blobs, which the periodic merge rewrites without changing what they index, and each
// virtual table itself is compared instead). A token's last_used_at is
// bookkeeping of reads, flushed in batches whenever the timer fires, so it is left out too.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { SqliteEngine } from '../../src/db/sqlite/engine.js';

export async function tableSnapshot(app: FastifyInstance): Promise<Record<string, string>> {
  const { engine } = app.ctx;
  const names =
    engine.kind === 'sqlite'
      ? await engine.read.rows<{ name: string }>(
          sql`select name from sqlite_master where type = 'table' and name not glob '*_fts_*' order by name`,
        )
      : await engine.read.rows<{ name: string }>(
          sql`select table_name as name from information_schema.tables where table_schema = current_schema() order by table_name`,
        );
  const result: Record<string, string> = {};
  for (const { name } of names) {
    const rows = await engine.read.rows<Record<string, unknown>>(sql`select * from ${sql.identifier(name)} order by 1`);
    for (const row of rows) delete row.last_used_at;
    result[name] = `${rows.length}:${createHash('sha1').update(JSON.stringify(rows)).digest('hex')}`;
  }
  return result;
}

/** Runs a statement of the test's own (set-up that no endpoint offers) in a write transaction. */
export function execute(app: FastifyInstance, statement: ReturnType<typeof sql>): Promise<void> {
  return app.ctx.engine.transaction((tx) => tx.execute(statement));
}

/** SQLite's own connection (the writer), for tests of what only SQLite has. */
export function sqliteClient(app: FastifyInstance): Database.Database {
  const engine = app.ctx.engine as Partial<SqliteEngine>;
  if (!engine.client) throw new Error('this test needs the SQLite engine');
  return engine.client;
}
