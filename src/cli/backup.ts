// npm run backup -- FILE [--force]
// An online backup of DATABASE_URL's database to FILE with SQLite's backup API: safe while the
// server runs and takes writes (the copy is one consistent moment; writers are never blocked).
// The copy is written beside FILE, checked (PRAGMA integrity_check), made a single file (rollback
// journal mode, no -wal), flushed to disk and only then renamed to FILE: FILE is a whole, sound
// database or is not there. --force replaces an
// existing FILE. Restore it with `npm run restore -- FILE` (see docs/operations.md).
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { configOrExit, fail, fsyncPath, sqliteFileOrExit } from './common.js';

const usage = 'usage: npm run backup -- FILE [--force]   (--force replaces an existing FILE)';

async function main(): Promise<void> {
  let file: string;
  let force: boolean;
  try {
    const { positionals, values } = parseArgs({
      options: { force: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) fail(usage);
    file = resolve(positionals[0]!);
    force = values.force;
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  const databasePath = sqliteFileOrExit(configOrExit(), 'back up');
  if (!existsSync(databasePath)) fail(`backup failed: there is no database at ${databasePath} (DATABASE_URL)`, 1);
  if (resolve(databasePath) === file) fail('FILE is the database itself; name another file');
  if (existsSync(file) && !force) fail(`backup failed: ${file} exists; pass --force to replace it`, 1);

  const started = Date.now();
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const source = new Database(databasePath, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // Each step copies a consistent snapshot; a write by the server between steps restarts the
    // copy, so after the first step everything left is copied in a single step.
    await source.backup(temporary, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
    const copy = new Database(temporary, { fileMustExist: true });
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`the copy fails its integrity check: ${String(integrity)}`);
      // A backup is one self-contained file (no -wal beside it); the server turns WAL on again when it opens it.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fsyncPath(temporary);
    renameSync(temporary, file);
    fsyncPath(dirname(file));
  } catch (error) {
    rmSync(temporary, { force: true });
    fail(`backup failed: ${(error as Error).message}`, 1);
  } finally {
    source.close();
  }
  const kib = Math.round(statSync(file).size / 1024);
  process.stderr.write(
    `Backed up ${databasePath} to ${file} (${kib} KiB, integrity ok) in ${Date.now() - started} ms\n`,
  );
}

await main();
