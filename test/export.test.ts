// Moving house: `npm run export` of a SQLite newsroom and `npm run import` into an empty database
// of the engine under test (SQLite in the SQLite pass, PostgreSQL in the PostgreSQL pass), through
// the CLIs an operator runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../src/db/open.js';
import { importSourceArticle } from '../src/seed/import.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/server-process.js';
import { freshDatabase, testEngine } from './helpers/test-database.js';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
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
  // The newsroom around the content: a webhook (kept switched off here) and a user with no token.
  const hook = (
    await t.http
      .post('/v1/webhooks')
      .set(t.auth('admin'))
      .send({ url: 'https://hooks.example.org/newsdesk', eventTypes: ['article.published'] })
      .expect(201)
  ).body;
  await t.http.patch(`/v1/webhooks/${hook.id}`).set(t.auth('admin')).send({ enabled: false }).expect(200);
  await t.http
    .post('/v1/users')
    .set(t.auth('admin'))
    .send({ name: 'Desk Chief', email: 'chief@example.org', role: 'editor' })
    .expect(201);
  return articles[0].slug;
}

describe('npm run export / import', () => {
  it(`round-trips everything from SQLite into ${testEngine === 'postgres' ? 'PostgreSQL' : 'SQLite'}: the re-export is byte-identical and the API answers exactly as before`, async () => {
    const dir = tempDir('newsdesk-export-');
    const into: DatabaseTarget =
      testEngine === 'postgres'
        ? await freshDatabase({ empty: true })
        : { kind: 'sqlite', path: join(dir, 'target.db') };
    const targetUrl = into.kind === 'postgres' ? into.url : into.path;
    const source = await buildTestApp({ database: { kind: 'sqlite', path: join(dir, 'source.db') } });
    apps.push(source);
    await importSourceArticle(source.app.ctx);
    const retiredSlug = await writeContent(source);

    // Exported while the source app is up and serving.
    const first = join(dir, 'first.json');
    const exported = await runCli('export', [first], { DATABASE_URL: join(dir, 'source.db') }, { viaNpm: true });
    expect(exported).toMatchObject({ code: 0, stdout: '' });
    expect(exported.stderr).toMatch(
      /^Exported 7 articles, 4 authors, 6 images, 5 related links, 9 revisions, 4 users, 3 tokens and 1 webhooks from .* to .*first\.json\n$/,
    );

    const imported = await runCli('import', [first], { DATABASE_URL: targetUrl }, { viaNpm: true });
    expect(imported).toMatchObject({ code: 0, stdout: '' });
    expect(imported.stderr).toMatch(
      /^Imported 7 articles, 4 authors, 6 images, 5 related links, 9 revisions, 4 users, 3 tokens and 1 webhooks into .*\n$/,
    );
    const second = join(dir, 'second.json');
    expect((await runCli('export', [second], { DATABASE_URL: targetUrl })).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

    // A second import into the now non-empty database is refused, and changes nothing.
    const again = await runCli('import', [first], { DATABASE_URL: targetUrl });
    expect(again).toMatchObject({
      code: 1,
      stderr:
        'import failed, nothing was imported: the database already has content; import into an empty database, or pass --force to import beside it\n',
    });
    const clash = await runCli('import', [first, '--force'], { DATABASE_URL: targetUrl });
    expect(clash).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^import failed, nothing was imported: (UNIQUE constraint failed: |duplicate key value violates unique constraint )/,
      ),
    });

    const target = await buildTestApp({ database: into });
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
            // An ETag is a hash of the bytes, and PostgreSQL's JSON has other whitespace (README,
            // "Engines"): the same content keeps its ETag on one engine, not across engines.
            etag: into.kind === 'sqlite' ? response.headers.etag : typeof response.headers.etag,
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
    // The source's tokens work on the target, for the same users; webhooks moved with their secrets.
    const admin = { Authorization: `Bearer ${source.tokens.admin}` };
    const [sourceUsers, targetUsers] = await Promise.all(
      [source, target].map(async (app) => (await app.http.get('/v1/users?limit=100').set(admin).expect(200)).body.data),
    );
    expect(targetUsers).toEqual(sourceUsers);
    const [sourceHooks, targetHooks] = await Promise.all(
      [source, target].map(async (app) => (await app.http.get('/v1/webhooks').set(admin).expect(200)).body.data),
    );
    expect(targetHooks).toEqual(sourceHooks);
    expect(targetHooks).toMatchObject([{ url: 'https://hooks.example.org/newsdesk', enabled: false }]);
  });

  it('reads a version-1 export (attribution by token name): each name becomes an inactive user', async () => {
    const dir = tempDir('newsdesk-export-v1-');
    const source = await buildTestApp({ database: { kind: 'sqlite', path: join(dir, 'source.db') } });
    apps.push(source);
    await writeContent(source);
    const current = join(dir, 'current.json');
    expect((await runCli('export', [current], { DATABASE_URL: join(dir, 'source.db') })).code).toBe(0);
    // The same content as the version before users wrote it.
    const document = JSON.parse(readFileSync(current, 'utf8'));
    const nameOf = new Map<string, string>(
      document.users.map((user: { id: string; name: string }) => [user.id, user.name]),
    );
    const byName = (row: { createdBy?: string | null; updatedBy?: string | null }) => ({
      ...row,
      ...(row.createdBy !== undefined ? { createdBy: row.createdBy && nameOf.get(row.createdBy) } : {}),
      ...(row.updatedBy !== undefined ? { updatedBy: row.updatedBy && nameOf.get(row.updatedBy) } : {}),
    });
    const { users: _users, tokens: _tokens, webhooks: _webhooks, ...content } = document;
    const version1 = {
      ...content,
      version: 1,
      articles: document.articles.map(byName),
      revisions: document.revisions.map(
        (revision: { createdBy: string | null; snapshot: { createdBy?: string | null } }) => ({
          ...byName(revision),
          snapshot: byName(revision.snapshot),
        }),
      ),
    };
    const old = join(dir, 'version-1.json');
    writeFileSync(old, JSON.stringify(version1));

    const into: DatabaseTarget =
      testEngine === 'postgres'
        ? await freshDatabase({ empty: true })
        : { kind: 'sqlite', path: join(dir, 'target.db') };
    const imported = await runCli('import', [old], { DATABASE_URL: into.kind === 'postgres' ? into.url : into.path });
    expect(imported.stderr).toMatch(
      /^Imported 6 articles, 3 authors, 3 images, 3 related links, 8 revisions, 1 users, 0 tokens and 0 webhooks into /,
    );
    expect(imported.code).toBe(0);
    const target = await buildTestApp({ database: into });
    apps.push(target);
    const users = (await target.http.get('/v1/users?limit=100').set(target.auth('admin')).expect(200)).body.data;
    const writer = users.find((user: { name: string }) => user.name === 'editor-test');
    // The imported name is its own, inactive user; the test app's own editor is a new, active one.
    const oldUser = users.filter(
      (user: { name: string; active: boolean }) => user.name === 'editor-test' && !user.active,
    );
    expect(writer).toBeDefined();
    expect(oldUser).toHaveLength(1);
    const articles = (await target.http.get('/v1/articles?limit=100').set(target.auth('editor')).expect(200)).body.data;
    expect(articles).toHaveLength(6);
    for (const article of articles) expect(article.createdBy).toEqual({ id: oldUser[0].id, name: 'editor-test' });
    const revisions = (
      await target.http.get(`/v1/articles/${articles[0].id}/revisions`).set(target.auth('editor')).expect(200)
    ).body.data;
    expect(
      revisions.every((revision: { createdBy: { name: string } }) => revision.createdBy.name === 'editor-test'),
    ).toBe(true);

    // A version-2 export without its users is refused, naming what is missing.
    const { users: _gone, ...broken } = document;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const refused = await runCli('import', [join(dir, 'broken.json')], { DATABASE_URL: join(dir, 'other.db') });
    expect(refused).toMatchObject({
      code: 1,
      stderr: 'import failed: the file (at users) is missing: a version 2 export has it\n',
    });
    writeFileSync(join(dir, 'future.json'), JSON.stringify({ ...document, version: 3 }));
    const future = await runCli('import', [join(dir, 'future.json')], { DATABASE_URL: join(dir, 'other.db') });
    expect(future).toMatchObject({
      code: 1,
      stderr: 'import failed: the file (at version) is not an export this version reads (versions 1 to 2)\n',
    });
  });
});
