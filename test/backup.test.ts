// Backup and restore of the database file, and the JSON export/import of all content, through
// the CLIs an operator runs (npm run backup / restore / export / import).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openEngine } from '../src/db/open.js';
import { importSourceArticle } from '../src/seed/import.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { runCli } from './helpers/cli.js';
import { databaseProblems, prepareDatabase, runPool, withConnection } from './helpers/database-files.js';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';

const servers: ServerProcess[] = [];
const apps: TestApp[] = [];
// Servers run in-process (node --import tsx), so that SIGKILL here really stops a server left running.
afterEach(async () => {
  for (const server of servers.splice(0))
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  for (const app of apps.splice(0)) await app.close();
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

/** A newsroom's worth of content: every kind of record, field and relation, and some history. Returns a retired slug. */
async function writeContent(t: TestApp): Promise<string> {
  const post = async (path: string, body: object) =>
    (await t.http.post(path).set(t.auth('editor')).send(body).expect(201)).body;
  const patch = async (path: string, body: object) =>
    (await t.http.patch(path).set(t.auth('editor')).send(body).expect(200)).body;
  const photo = await post(
    '/v1/images',
    factories.image({
      caption: 'A *caption*',
      credit: 'Agency',
      width: 1200,
      height: 800,
      copyright: '© Agency',
      license: 'Editorial use only',
      rightsExpiresAt: '2030-01-01T00:00:00Z',
    }),
  );
  const avatar = await post('/v1/images', factories.image({ alt: 'Portrait' }));
  const lonely = await post('/v1/images', { url: 'https://img.example.org/unused.png' });
  const reporter = await post(
    '/v1/authors',
    factories.author({
      bio: 'Covers Kyiv.',
      email: 'reporter@example.org',
      avatarImageId: avatar.id,
      links: { website: 'https://example.org', x: 'https://x.com/reporter' },
    }),
  );
  const editor = await post('/v1/authors', factories.author({ name: 'Ольга Редакторка' }));
  await post('/v1/authors', factories.author({ name: 'Never credited' }));
  const articles = [];
  const statuses = ['published', 'published', 'draft', 'archived', 'published'] as const;
  for (const [index, status] of statuses.entries()) {
    articles.push(
      await post(
        '/v1/articles',
        factories.article({
          status,
          publishedAt:
            index === 4
              ? '2999-01-01T00:00:00Z'
              : status === 'published'
                ? `2025-0${index + 1}-15T08:00:00+02:00`
                : undefined,
          section: index % 2 === 0 ? 'News Feed' : 'Opinion',
          tags: ['export', `tag-${index}`],
          authorIds: index === 0 ? [reporter.id, editor.id] : [editor.id],
          featuredImageId: index < 2 ? photo.id : null,
          subtitle: `Subtitle ${index}`,
          seo: { title: `SEO ${index}`, description: null },
          body: [
            { type: 'heading', level: 2, text: 'A heading' },
            { type: 'paragraph', text: `A [link](https://example.org/${index}) and *emphasis* — “quotes”, ünïcödé.` },
            { type: 'quote', text: 'Quoted.', attribution: 'Someone' },
            { type: 'list', style: 'ordered', items: ['one', 'two'] },
            { type: 'image', imageId: photo.id, caption: 'In the body' },
            { type: 'embed', url: 'https://www.youtube.com/watch?v=x', title: 'Video' },
          ],
        }),
      ),
    );
  }
  await post('/v1/articles', {
    title: 'From Markdown',
    bodyMarkdown: '# Title\n\nFirst *para*.\n\n> quote\n\n- a\n- b\n',
    status: 'published',
  });
  // History: new versions (revisions), and a slug change that leaves a redirect behind.
  await patch(`/v1/articles/${articles[0].id}`, { subtitle: 'Changed once' });
  await patch(`/v1/articles/${articles[0].id}`, { slug: 'a-new-slug', title: 'Renamed' });
  await post(`/v1/articles/${articles[0].id}/related`, {
    kind: 'related',
    targetArticleId: articles[1].id,
    title: 'Internal',
  });
  await post(`/v1/articles/${articles[0].id}/related`, {
    kind: 'read-more',
    url: 'https://elsewhere.example.org/story',
    title: 'External',
    excerpt: 'Teaser',
    imageId: lonely.id,
  });
  await post(`/v1/articles/${articles[1].id}/related`, { kind: 'related', targetArticleId: articles[2].id });
  return articles[0].slug;
}

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

describe('npm run export / import', () => {
  it('round-trips all content: the re-export is byte-identical and the API answers exactly as before', async () => {
    const dir = tempDir('newsdesk-export-');
    const source = await buildTestApp({ database: { kind: 'sqlite', path: join(dir, 'source.db') } });
    apps.push(source);
    await importSourceArticle(source.app.ctx);
    const retiredSlug = await writeContent(source);

    // Exported while the source app is up and serving.
    const first = join(dir, 'first.json');
    const exported = await runCli('export', [first], { DATABASE_URL: join(dir, 'source.db') }, { viaNpm: true });
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    expect(exported.stderr).toMatch(
      /^Exported 7 articles, 4 authors, 6 images, 5 related links and 9 revisions from .* to .*first\.json\n$/,
    );

    const imported = await runCli('import', [first], { DATABASE_URL: join(dir, 'target.db') }, { viaNpm: true });
    expect(imported).toMatchObject({ code: 0, stdout: '' });
    expect(imported.stderr).toMatch(
      /^Imported 7 articles, 4 authors, 6 images, 5 related links and 9 revisions into .*target\.db\n$/,
    );
    const second = join(dir, 'second.json');
    expect((await runCli('export', [second], { DATABASE_URL: join(dir, 'target.db') })).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    // A second import into the now non-empty database is refused, and changes nothing.
    const again = await runCli('import', [first], { DATABASE_URL: join(dir, 'target.db') });
    expect(again).toMatchObject({
      code: 1,
      stderr:
        'import failed, nothing was imported: the database already has content; import into an empty database, or pass --force to import beside it\n',
    });
    const clash = await runCli('import', [first, '--force'], { DATABASE_URL: join(dir, 'target.db') });
    expect(clash).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^import failed, nothing was imported: UNIQUE constraint failed: /),
    });

    const target = await buildTestApp({ database: { kind: 'sqlite', path: join(dir, 'target.db') } });
    apps.push(target);
    type Answer = {
      status: number;
      etag: string | undefined;
      location: string | undefined;
      body: { data: { id: string; slug: string; number: number }[] };
    };
    const same = async (path: string, role?: 'editor'): Promise<Answer> => {
      const [before, after] = await Promise.all(
        [source, target].map(async (app) => {
          // One request id for both: a problem's body names it.
          const request = app.http.get(path).redirects(0).set('X-Request-Id', 'round-trip');
          const response = await (role ? request.set(app.auth(role)) : request);
          return {
            status: response.status,
            etag: response.headers.etag,
            location: response.headers.location,
            body: response.body,
          } as Answer;
        }),
      );
      expect(after, `${role ?? 'public'} GET ${path}`).toEqual(before);
      return before!;
    };
    const list = await same('/v1/articles?limit=100&include=authors,featuredImage,related', 'editor');
    expect(list.body.data).toHaveLength(7);
    await same('/v1/articles?limit=100&include=authors,featuredImage,related');
    for (const article of list.body.data as { id: string; slug: string }[]) {
      await same(`/v1/articles/${article.slug}?include=authors,featuredImage,related`, 'editor');
      await same(`/v1/articles/${article.slug}?include=authors,featuredImage,related`);
      const revisions = await same(`/v1/articles/${article.id}/revisions`, 'editor');
      for (const revision of revisions.body.data as { number: number }[])
        await same(`/v1/articles/${article.id}/revisions/${revision.number}`, 'editor');
    }
    const redirect = await same(`/v1/articles/${retiredSlug}?include=authors`);
    expect(redirect).toMatchObject({ status: 301, location: '/v1/articles/a-new-slug?include=authors' });
    await same('/v1/articles?q=heading&sort=relevance', 'editor');
    for (const path of ['/v1/authors?limit=100', '/v1/images?limit=100']) {
      await same(path, 'editor');
      await same(path);
    }
  });
});
