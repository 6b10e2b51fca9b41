// Backup and restore of the database file through the CLIs an operator runs (npm run backup /
// restore), and what opening a database file does to it. Export and import: export.test.ts.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openEngine } from '../src/db/open.js';
import { factories } from './helpers/build-test-app.js';
import { runCli } from './helpers/cli.js';
import { databaseProblems, prepareDatabase, runPool, withConnection } from './helpers/database-files.js';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';

const servers: ServerProcess[] = [];
// Servers run in-process (node --import tsx), so that SIGKILL here really stops a server left running.
afterEach(async () => {
  for (const server of servers.splice(0))
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
});

const serverEnv = (dir: string, file = 'newsdesk.db') => ({
  DATABASE_URL: join(dir, file),
  MEDIA_DIR: join(dir, 'media'),
  SEED_ON_START: 'false',
  WRITE_RATE_LIMIT_PER_MINUTE: '100000',
});

describe('npm run backup / restore', () => {
  it('backs up online while the server takes writes; the restored file serves everything acknowledged before the backup', async () => {
    const dir = tempDir('newsdesk-backup-');
    const env = serverEnv(dir);
    const { tokens } = await prepareDatabase(env.DATABASE_URL);
    const server = await startServer(env, { inProcess: true });
    servers.push(server);
    const headers = { authorization: `Bearer ${tokens.editor}`, 'content-type': 'application/json' };

    // Writes go on from before the backup starts until after it has finished (at most 3,000).
    const acknowledged: { id: string; title: string }[] = [];
    let beforeBackup: typeof acknowledged = [];
    let duringBackup = 0;
    let afterBackup = 0;
    const statuses: number[] = [];
    let backup: Promise<Awaited<ReturnType<typeof runCli>>> | undefined;
    let backupDone = false;
    const backupFile = join(dir, 'backups', 'newsdesk-backup.db');
    const write = async (index: number) => {
      const response = await fetch(`${server.baseUrl}/v1/articles`, {
        method: 'POST',
        headers,
        body: JSON.stringify(factories.article({ title: `Backed up ${index}` })),
      });
      statuses.push(response.status);
      const body = await response.json();
      if (!response.ok) return;
      acknowledged.push({ id: body.id, title: body.title });
      if (backupDone) afterBackup++;
      else if (backup) duringBackup++;
      else if (acknowledged.length >= 30) {
        beforeBackup = [...acknowledged];
        backup = runCli('backup', [backupFile], { DATABASE_URL: env.DATABASE_URL }, { viaNpm: true }).finally(
          () => (backupDone = true),
        );
      }
    };
    await runPool(3_000, 4, write, () => afterBackup >= 20);
    const result = await backup!;
    expect(result.stderr).toMatch(/^Backed up .* \(\d+ KiB, integrity ok\) in \d+ ms\n$/);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(duringBackup).toBeGreaterThan(0);

    // The server still has the file open: a restore over it is refused, and changes nothing.
    const refused = await runCli('restore', [backupFile], { DATABASE_URL: env.DATABASE_URL });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^restore failed: .* is in use by another process; stop the server/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    // Restored as the database of another installation, then served.
    const restoredEnv = serverEnv(tempDir('newsdesk-restored-'));
    const restored = await runCli(
      'restore',
      [backupFile],
      { DATABASE_URL: restoredEnv.DATABASE_URL },
      { viaNpm: true },
    );
    expect(restored).toMatchObject({ code: 0, stdout: '' });
    expect(restored.stderr).toBe(`Restored ${restoredEnv.DATABASE_URL} from ${backupFile}\n`);
    const second = await startServer(restoredEnv, { inProcess: true });
    servers.push(second);
    expect(beforeBackup.length).toBeGreaterThanOrEqual(30);
    for (const ack of beforeBackup) {
      const response = await fetch(`${second.baseUrl}/v1/articles/${ack.id}`, { headers });
      expect(response.status, ack.id).toBe(200);
      expect((await response.json()).title).toBe(ack.title);
    }
    const total = (await (await fetch(`${second.baseUrl}/v1/articles?count=true&limit=1`, { headers })).json()).meta
      .total;
    expect(total).toBeGreaterThanOrEqual(beforeBackup.length);
    expect(total).toBeLessThanOrEqual(acknowledged.length);
    expect(databaseProblems(restoredEnv.DATABASE_URL)).toEqual([]);

    // Restoring over an existing (stopped) database keeps the one it replaces aside.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const again = await runCli('restore', [backupFile], { DATABASE_URL: restoredEnv.DATABASE_URL });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`the database it replaced is kept as ${restoredEnv.DATABASE_URL}.pre-restore`);
    expect(databaseProblems(`${restoredEnv.DATABASE_URL}.pre-restore`)).toEqual([]);
  });

  it('says what is wrong in one line and exits non-zero', async () => {
    const dir = tempDir('newsdesk-backup-usage-');
    const env = serverEnv(dir);
    await prepareDatabase(env.DATABASE_URL);
    const notADatabase = join(dir, 'notes.txt');
    const cases: [string, string[], number, RegExp][] = [
      ['backup', [], 2, /^usage: npm run backup -- FILE/],
      ['backup', ['a', 'b'], 2, /^usage: npm run backup -- FILE/],
      ['backup', [env.DATABASE_URL], 2, /^FILE is the database itself/],
      ['restore', [], 2, /^usage: npm run restore -- FILE/],
      ['restore', [join(dir, 'missing.db')], 1, /^restore failed: there is no backup at /],
      ['export', [], 2, /^usage: npm run export -- FILE/],
      ['import', [], 2, /^usage: npm run import -- FILE/],
      ['import', ['--bogus', 'x'], 2, /^Unknown option '--bogus'/],
      ['import', [join(dir, 'missing.json')], 1, /^import failed: ENOENT/],
    ];
    const { writeFileSync } = await import('node:fs');
    writeFileSync(notADatabase, 'not a database');
    cases.push([
      'restore',
      [notADatabase],
      1,
      /^restore failed: .*notes\.txt cannot be read as a database: file is not a database\n$/,
    ]);
    cases.push(['import', [notADatabase], 1, /^import failed: the file is not JSON: /]);
    const results = await Promise.all(
      cases.map(([name, args]) => runCli(name, args, { DATABASE_URL: env.DATABASE_URL })),
    );
    results.forEach((result, index) => {
      const [name, args, code, message] = cases[index]!;
      expect({ name, args, code: result.code, stdout: result.stdout }).toEqual({ name, args, code, stdout: '' });
      expect(result.stderr, `${name} ${args.join(' ')}`).toMatch(message);
    });
    const backup = await runCli('backup', [join(dir, 'copy.db')], { DATABASE_URL: join(dir, 'nothing-here.db') });
    expect(backup).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^backup failed: there is no database at /),
    });
  });
});

describe('database files', () => {
  it('makes a new file with 8 KiB pages, and opens one made with 4 KiB pages as it is', async () => {
    const dir = tempDir('newsdesk-pages-');
    await (await openEngine({ kind: 'sqlite', path: join(dir, 'new.db') })).close();
    withConnection(join(dir, 'new.db'), (db) => expect(db.pragma('page_size', { simple: true })).toBe(8_192));

    // A file from before the change: 4 KiB pages, already in WAL mode.
    const older = new Database(join(dir, 'older.db'));
    older.pragma('journal_mode = WAL');
    older.exec('create table kept (value text)');
    older.prepare('insert into kept values (?)').run('still here');
    older.close();
    await (await openEngine({ kind: 'sqlite', path: join(dir, 'older.db') })).close();
    withConnection(join(dir, 'older.db'), (db) => {
      expect(db.pragma('page_size', { simple: true })).toBe(4_096);
      expect(db.prepare('select value from kept').pluck().get()).toBe('still here');
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  });
});
