// What every command-line tool shares: one-line failures on stderr with a usage exit code, the
// validated configuration (or one line naming the bad variable), and fsync of a finished file.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { type Ctx, createContext } from '../context.js';
import { openEngine } from '../db/open.js';
import { nowIso } from '../lib/ids.js';
import { createLinks } from '../lib/links.js';

/** Exits with `message` on stderr: 2 for bad usage (the default), 1 for a failed operation. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Makes a written file (or a directory entry, after a rename) durable. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The SQLite file DATABASE_URL names, for the tools that work on the file itself (backup, restore). */
export function sqliteFileOrExit(config: Config, purpose: string): string {
  if (config.database.kind !== 'sqlite')
    fail(`${purpose} works on a SQLite file; for PostgreSQL use pg_dump and pg_restore (docs/operations.md)`);
  if (config.database.path === ':memory:') fail(`DATABASE_URL is :memory:; there is no database file to ${purpose}`);
  return config.database.path;
}

/** The database DATABASE_URL names, opened (and migrated) as the server opens it. */
export async function openContext(config: Config): Promise<{ ctx: Ctx; close: () => Promise<void> }> {
  const engine = await openEngine(config.database);
  return { ctx: createContext(engine, nowIso, createLinks(config.site), config.locales), close: () => engine.close() };
}

/** Where DATABASE_URL points, for messages. */
export const databaseName = (config: Config): string =>
  config.database.kind === 'sqlite' ? config.database.path : config.database.url.replace(/\/\/[^@/]*@/, '//');

/** What went wrong, in the database's own words: a query error's cause (the driver's message and,
 *  from PostgreSQL, its detail) rather than the query and its parameters. */
export function reasonOf(error: unknown): string {
  let at = error as { message?: string; cause?: unknown; detail?: string } | undefined;
  for (let depth = 0; at?.cause && depth < 5; depth++) at = at.cause as typeof at;
  const message = at?.message ?? String(error);
  return at?.detail ? `${message} (${at.detail})` : message;
}
