import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strongEtag } from '../src/plugins/caching.js';
import { anyId, anyTimestamp, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { runCli } from './helpers/cli.js';
import { tempDir } from './helpers/server-process.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ corsOrigins: ['https://www.example.org'] });
});
afterAll(async () => t.close());

describe('the token CLI', () => {
  it('creates a token for the user of that name (made or reused), prints it alone on stdout, lists and revokes', async () => {
    const env = { DATABASE_URL: join(tempDir(), 'cli.db') };
    // Through npm once (its banner must not reach stdout), then straight through tsx (faster).
    const created = await runCli('token', ['create', '--role', 'admin', '--name', 'ci', '--create'], env, {
      viaNpm: true,
    });
    expect(created.stdout).toMatch(/^nd_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toMatch(
      /^Created a write token 'ci' \(\S+\) for admin 'ci' \(\S+\)\. It is shown once; store it now\.\n$/,
    );
    const cli = (...args: string[]) => runCli('token', args, env);
    const userId = /for admin 'ci' \((\S+)\)/.exec(created.stderr)![1];
    // The same name again: the same user, a second token; a preview token with an expiry.
    const again = await cli(
      'create',
      '--role',
      'admin',
      '--name',
      'ci',
      '--kind',
      'preview',
      '--expires',
      '2099-01-01T00:00:00Z',
    );
    expect(again.stderr).toContain(`for admin 'ci' (${userId}), expiring 2099-01-01T00:00:00.000Z`);
    const listed = (await cli('list')).stdout.trim().split('\n');
    expect(listed).toHaveLength(2);
    expect(listed.map((line) => line.split('\t').slice(1, 5))).toEqual([
      ['preview', 'admin', 'ci', 'ci'],
      ['write', 'admin', 'ci', 'ci'],
    ]);
    expect(listed.every((line) => line.endsWith('\tactive\tlast used never'))).toBe(true);
    const id = listed[1]!.split('\t')[0]!;
    expect((await cli('revoke', id)).stderr).toMatch(/^Revoked token 'ci' /);
    expect((await cli('list')).stdout).toMatch(new RegExp(`^${id}\t.*\trevoked `, 'm'));
    // A user of that name with another role is not changed behind an admin's back.
    expect(await cli('create', '--role', 'editor', '--name', 'ci')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining("User 'ci' exists with the role admin, not editor"),
    });
    const refused = await Promise.all(
      [
        ['create', '--role', 'boss', '--name', 'x'],
        ['create', '--role', 'editor'],
        ['create', '--role', 'editor', '--name', 'x', '--kind', 'read'],
        ['create', '--role', 'editor', '--name', 'x', '--expires', 'soon'],
        ['revoke'],
      ].map(async (args) => ({ args, ...(await cli(...args)) })),
    );
    for (const { args, code, stdout } of refused) expect({ args, code, stdout }).toEqual({ args, code: 2, stdout: '' });
  }, 60_000);
});

describe('caching', () => {
  it('sends a strong ETag, answers 304, and marks public and private responses', async () => {
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ status: 'published' }))
        .expect(201)
    ).body;
    const first = await t.http.get(`/v1/articles/${article.id}`).expect(200);
    expect(first.headers.etag).toMatch(/^"v1-[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(first.headers.vary).toMatch(/Authorization/);
    const again = await t.http.get(`/v1/articles/${article.id}`).set('If-None-Match', first.headers.etag!).expect(304);
    expect(again.text).toBe('');
    const list = await t.http.get('/v1/articles').expect(200);
    await t.http.get('/v1/articles').set('If-None-Match', `"other", ${list.headers.etag}`).expect(304);
    const withToken = await t.http.get(`/v1/articles/${article.id}`).set(t.auth()).expect(200);
    expect(withToken.headers['cache-control']).toBe('private, no-store');
  });

  it('changes the ETag of an article when an embedded author changes', async () => {
    const author = (await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201)).body;
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ status: 'published', authorIds: [author.id] }))
        .expect(201)
    ).body;
    const url = `/v1/articles/${article.id}?include=authors`;
    const before = (await t.http.get(url).expect(200)).headers.etag!;
    await t.http.patch(`/v1/authors/${author.id}`).set(t.auth()).send({ bio: 'Changed' }).expect(200);
    const after = await t.http.get(url).set('If-None-Match', before).expect(200);
    expect(after.headers.etag).not.toBe(before);
  });

  it('hashes the bytes sent: the same tag for a string and its UTF-8 buffer, another for other bytes', () => {
    const text = '{"title":"Зеленський: ‘boots on the ground’ — café"}';
    expect(strongEtag(text, 3)).toBe(strongEtag(Buffer.from(text), 3));
    expect(strongEtag(text, 3)).toMatch(/^"v3-[a-z0-9]+"$/);
    expect(strongEtag(text, null)).toMatch(/^"[a-z0-9]+"$/);
    expect(strongEtag(text.replace('café', 'cafe'), 3)).not.toBe(strongEtag(text, 3));
    expect(strongEtag('', null)).not.toBe(strongEtag(' ', null));
  });
});

describe('optimistic concurrency', () => {
  it('answers 412 to a stale If-Match and changes nothing', async () => {
    const article = (await t.http.post('/v1/articles').set(t.auth()).send(factories.article()).expect(201)).body;
    const read = await t.http.get(`/v1/articles/${article.id}`).set(t.auth()).expect(200);
    const etag = read.headers.etag!;
    const first = await t.http
      .patch(`/v1/articles/${article.id}`)
      .set(t.auth())
      .set('If-Match', etag)
      .send({ subtitle: 'First' })
      .expect(200);
    expect(first.headers.etag).toMatch(/^"v2-/);
    const stale = await t.http
      .patch(`/v1/articles/${article.id}`)
      .set(t.auth())
      .set('If-Match', etag)
      .send({ subtitle: 'Second' })
      .expect(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    await t.http
      .put(`/v1/articles/${article.id}`)
      .set(t.auth())
      .set('If-Match', etag)
      .send({ title: 'Replaced' })
      .expect(412);
    await t.http.delete(`/v1/articles/${article.id}`).set(t.auth()).set('If-Match', etag).expect(412);
    await t.http
      .patch(`/v1/articles/${article.id}`)
      .set(t.auth())
      .set('If-Match', '"garbage"')
      .send({ subtitle: 'x' })
      .expect(412);
    const now = (await t.http.get(`/v1/articles/${article.id}`).set(t.auth()).expect(200)).body;
    expect(now).toMatchObject({ subtitle: 'First', version: 2 });
    await t.http.delete(`/v1/articles/${article.id}`).set(t.auth()).set('If-Match', first.headers.etag!).expect(204);

    const author = (await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201)).body;
    await t.http
      .patch(`/v1/authors/${author.id}`)
      .set(t.auth())
      .set('If-Match', '"v9-x"')
      .send({ bio: 'x' })
      .expect(412);
    await t.http
      .patch(`/v1/authors/${author.id}`)
      .set(t.auth())
      .set('If-Match', '"v1-x"')
      .send({ bio: 'x' })
      .expect(200);
  });
});

describe('idempotency', () => {
  it('a retried create with the same key returns the first result and creates nothing new', async () => {
    const body = factories.article({ title: 'Idempotent story' });
    const first = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .set('Idempotency-Key', 'key-1')
      .send(body)
      .expect(201);
    const retry = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .set('Idempotency-Key', 'key-1')
      .send(body)
      .expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const matching = (await t.http.get('/v1/articles?q=idempotent&count=true').set(t.auth()).expect(200)).body.meta
      .total;
    expect(matching).toBe(1);
    const changed = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .set('Idempotency-Key', 'key-1')
      .send({ ...body, title: 'Different' })
      .expect(422);
    expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    await t.http
      .post('/v1/authors')
      .set(t.auth())
      .set('Idempotency-Key', 'x'.repeat(300))
      .send(factories.author())
      .expect(400);
  });
});

describe('revisions', () => {
  it('stores every change and restores an old state as a new revision', async () => {
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth('contributor'))
        .send(factories.article({ title: 'Version one' }))
        .expect(201)
    ).body;
    await t.http
      .patch(`/v1/articles/${article.id}`)
      .set(t.auth('editor'))
      .send({ title: 'Version two', subtitle: 'Sub' })
      .expect(200);
    const list = await t.http.get(`/v1/articles/${article.id}/revisions`).set(t.auth()).expect(200);
    expect(list.body.data).toEqual([
      { number: 2, createdAt: anyTimestamp, createdBy: { id: anyId, name: 'editor-test' } },
      { number: 1, createdAt: anyTimestamp, createdBy: { id: anyId, name: 'contributor-test' } },
    ]);
    const one = await t.http.get(`/v1/articles/${article.id}/revisions/1`).set(t.auth()).expect(200);
    expect(one.body).toMatchObject({
      number: 1,
      createdBy: { id: anyId, name: 'contributor-test' },
      article: { title: 'Version one', subtitle: null, version: 1 },
    });
    const restored = await t.http.post(`/v1/articles/${article.id}/revisions/1/restore`).set(t.auth()).expect(200);
    expect(restored.body).toMatchObject({
      title: 'Version one',
      subtitle: null,
      version: 3,
      updatedBy: { id: anyId, name: 'editor-test' },
    });
    expect((await t.http.get(`/v1/articles/${article.id}/revisions`).set(t.auth()).expect(200)).body.data).toHaveLength(
      3,
    );
    await t.http.get(`/v1/articles/${article.id}/revisions/9`).set(t.auth()).expect(404);
    await t.http.get(`/v1/articles/${article.id}/revisions`).expect(401);
    await t.http.post(`/v1/articles/${article.id}/revisions/1/restore`).set(t.auth('contributor')).expect(403);
  });
});

describe('slug history', () => {
  it('answers 301 from an old slug and keeps it reserved', async () => {
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title: 'Old headline', status: 'published' }))
        .expect(201)
    ).body;
    await t.http.patch(`/v1/articles/${article.id}`).set(t.auth()).send({ slug: 'new-headline' }).expect(200);
    const moved = await t.http.get('/v1/articles/old-headline?include=authors').redirects(0).expect(301);
    expect(moved.headers.location).toBe('/v1/articles/new-headline?include=authors');
    const taken = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ slug: 'old-headline' }))
      .expect(409);
    expect(taken.body.code).toBe('SLUG_TAKEN');
    await t.http.patch(`/v1/articles/${article.id}`).set(t.auth()).send({ slug: 'old-headline' }).expect(200);
    await t.http.get('/v1/articles/old-headline').expect(200);
    expect((await t.http.get('/v1/articles/new-headline').redirects(0).expect(301)).headers.location).toBe(
      '/v1/articles/old-headline',
    );
  });
});

describe('edges', () => {
  it('allows configured origins only and sends security headers', async () => {
    const allowed = await t.http.get('/v1/articles').set('Origin', 'https://www.example.org').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://www.example.org');
    expect(allowed.headers['access-control-expose-headers']).toContain('ETag');
    const other = await t.http.get('/v1/articles').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/v1/articles')
      .set('Origin', 'https://www.example.org')
      .set('Access-Control-Request-Method', 'PATCH')
      .set('Access-Control-Request-Headers', 'authorization,if-match');
    expect(preflight.status).toBe(204);
    expect(allowed.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringContaining('max-age='),
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'cross-origin',
    });
    // Headers for HTML documents: on /docs, not on JSON.
    const htmlOnly = [
      'cross-origin-opener-policy',
      'origin-agent-cluster',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ];
    for (const name of htmlOnly) expect(allowed.headers[name], name).toBeUndefined();
    const docs = await t.http.get('/docs/').expect(200);
    expect(docs.headers['content-type']).toMatch(/^text\/html/);
    for (const name of htmlOnly) expect(docs.headers[name], name).toBeDefined();
    expect(docs.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses deeply nested JSON and prototype poisoning with a 400', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const nested = await t.http.post('/v1/authors').set(t.auth()).send({ name: 'x', links: deep }).expect(400);
    expect(nested.body.errors).toEqual([{ path: '(body)', message: 'nests deeper than 32 levels' }]);
    const poisoned = await t.http
      .post('/v1/authors')
      .set(t.auth())
      .set('content-type', 'application/json')
      .send('{"name":"x","__proto__":{"admin":true}}')
      .expect(400);
    expect(poisoned.body.code).toBe('MALFORMED_JSON');
  });

  it('rate-limits writes and failed authentications per client address with Retry-After', async () => {
    const limited = await buildTestApp({ writesPerMinute: 3, authFailuresPerMinute: 2 });
    try {
      for (let i = 0; i < 3; i++)
        await limited.http.post('/v1/authors').set(limited.auth()).send(factories.author()).expect(201);
      const blocked = await limited.http.post('/v1/authors').set(limited.auth()).send(factories.author()).expect(429);
      expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(blocked.body.code).toBe('RATE_LIMITED');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      await limited.http.get('/v1/authors').set(limited.auth()).expect(200);

      for (let i = 0; i < 2; i++)
        await limited.http.get('/v1/articles').set('Authorization', 'Bearer nd_guess').expect(401);
      const guessing = await limited.http
        .get('/v1/articles')
        .set('Authorization', 'Bearer nd_guess')
        .set('X-Forwarded-For', '10.9.9.9')
        .expect(429);
      expect(Number(guessing.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
