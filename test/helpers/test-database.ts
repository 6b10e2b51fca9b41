// The database a test app gets: SQLite in memory, or (TEST_DATABASE=postgres) a fresh PostgreSQL
// database copied from the suite's migrated template (test/setup/global.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTarget } from '../../src/db/open.js';
import { adminQuery } from './postgres.js';

export const testEngine: 'sqlite' | 'postgres' = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** For tests of what only one engine has: `describe.skipIf(!onEngine('sqlite'))`. */
export const onEngine = (kind: 'sqlite' | 'postgres'): boolean => testEngine === kind;

/** With `empty`, a PostgreSQL database with no tables at all (the server migrates it). */
export async function freshDatabase({ empty = false } = {}): Promise<DatabaseTarget> {
  if (testEngine === 'sqlite') return { kind: 'sqlite', path: ':memory:' };
  const admin = process.env.NEWSDESK_TEST_POSTGRES;
  if (!admin) throw new Error('TEST_DATABASE=postgres needs the suite to start PostgreSQL (test/setup/global.ts)');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin, `create database ${name}${empty ? '' : ' template newsdesk_template'}`);
  return { kind: 'postgres', url: admin.replace(/\/postgres$/, `/${name}`) };
}

/** A database that outlives an app, for tests that open it again (a restart, a second server):
 *  a SQLite file in a temporary directory, or a fresh PostgreSQL database. */
export async function lastingDatabase(): Promise<DatabaseTarget> {
  if (testEngine === 'postgres') return freshDatabase();
  return { kind: 'sqlite', path: join(mkdtempSync(join(tmpdir(), 'newsdesk-db-')), 'newsdesk.db') };
}
