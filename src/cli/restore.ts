// npm run restore -- FILE
// Replaces DATABASE_URL's database with the backup FILE (from npm run backup). Stop the server
// first: the restore refuses while any process has the database open. The backup is checked
// (PRAGMA integrity_check, and that it is a Newsdesk database) before anything changes; it is
// copied beside the database, flushed to disk and renamed over it, after the current database is
// checkpointed and kept as DATABASE.pre-restore and its -wal/-shm files are removed (a stale WAL
// must never meet the restored file). The server migrates the restored database when it starts.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { configOrExit, fail, fsyncPath, sqliteFileOrExit } from './common.js';

const usage = 'usage: npm run restore -- FILE   (stop the server first)';

/** Refuses unless FILE is a sound SQLite database with Newsdesk's tables. */
function checkBackup(file: string): void {
  let problem: string | undefined;
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = backup.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problem = `fails its integrity check: ${String(integrity)}`;
    const tables = new Set(
      backup.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
    );
    const missing = ['__drizzle_migrations', 'articles', 'authors', 'images'].filter((table) => !tables.has(table));
    if (!problem && missing.length > 0) problem = `is not a Newsdesk database (no ${missing.join(', ')} table)`;
  } catch (error) {
    problem = `cannot be read as a database: ${(error as Error).message}`;
  } finally {
    backup.close();
  }
  if (problem) throw new Error(`${file} ${problem}`);
}

/**
 * Refuses unless no other process has the database open: in WAL mode every open connection holds
 * a shared lock on the file, so an exclusive lock is only granted when no server, CLI or backup
 * has it. Then folds the WAL into the file, so that the copy kept aside is whole.
 */
function checkpointIfUnused(databasePath: string): void {
  const current = new Database(databasePath, { fileMustExist: true });
  try {
    current.pragma('busy_timeout = 0');
    current.pragma('locking_mode = EXCLUSIVE');
    try {
      current.exec('BEGIN EXCLUSIVE; COMMIT');
    } catch {
      throw new Error(`${databasePath} is in use by another process; stop the server (and any backup or CLI) first`);
    }
    current.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    current.close();
  }
}

async function main(): Promise<void> {
  let file: string;
  try {
    const { positionals } = parseArgs({ allowPositionals: true });
    if (positionals.length !== 1) fail(usage);
    file = resolve(positionals[0]!);
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  const configured = sqliteFileOrExit(configOrExit(), 'restore into');
  const databasePath = resolve(configured);
  if (databasePath === file) fail('FILE is the database itself; name the backup file');
  if (!existsSync(file)) fail(`restore failed: there is no backup at ${file}`, 1);

  const temporary = `${databasePath}.${process.pid}.restore.tmp`;
  const kept = `${databasePath}.pre-restore`;
  try {
    checkBackup(file);
    // Refuse early, before anything is written, if the database is in use.
    if (existsSync(databasePath)) checkpointIfUnused(databasePath);
    // A copy through the backup API is whole even if FILE still has a WAL beside it.
    mkdirSync(dirname(databasePath), { recursive: true });
    const backup = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await backup.backup(temporary);
    } finally {
      backup.close();
    }
    fsyncPath(temporary);
    const replacing = existsSync(databasePath);
    if (replacing) {
      checkpointIfUnused(databasePath);
      renameSync(databasePath, kept);
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
    renameSync(temporary, databasePath);
    fsyncPath(dirname(databasePath));
    process.stderr.write(
      `Restored ${databasePath} from ${file}${replacing ? `; the database it replaced is kept as ${kept}` : ''}\n`,
    );
  } catch (error) {
    rmSync(temporary, { force: true });
    fail(`restore failed: ${(error as Error).message}`, 1);
  }
}

await main();
