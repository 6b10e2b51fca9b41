// Who sees what: staff users behind tokens, the roles, token kinds and lifetimes, and the smaller
// leaks of issue 15 (Vary, security headers on every response, echoed credentials, fields=).
// The crawl of every GET operation for every viewer is canary.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyId, anyTimestamp, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { lastingDatabase } from './helpers/test-database.js';

let clock = new Date('2026-03-01T12:00:00.000Z').getTime();
const now = () => new Date(clock).toISOString();
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ corsOrigins: ['https://www.example.org'] }, { now });
});
afterAll(async () => t.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A user made through the API, with a token of the given kind. */
async function staff(name: string, role: 'contributor' | 'editor' | 'admin', kind: 'write' | 'preview' = 'write') {
  const user = await t.created('/v1/users', { name, role }, 'admin');
  const token = await t.created('/v1/tokens', { userId: user.id, name: `${name} token`, kind }, 'admin');
  return { user, token: token.token as string, tokenId: token.id as string, auth: bearer(token.token) };
}

describe('users', () => {
  it('are managed by admins: created, listed, read and changed; emails are unique without regard to case', async () => {
    const created = await t.http
      .post('/v1/users')
      .set(t.auth('admin'))
      .send({ name: 'Kateryna Hodunova', email: 'K.Hodunova@Example.org', role: 'editor' })
      .expect(201);
    expect(created.headers.location).toBe(`/v1/users/${created.body.id}`);
    expect(created.body).toEqual({
      id: anyId,
      name: 'Kateryna Hodunova',
      email: 'k.hodunova@example.org',
      role: 'editor',
      active: true,
      createdAt: anyTimestamp,
      updatedAt: anyTimestamp,
      version: 1,
    });
    const taken = await t.http
      .post('/v1/users')
      .set(t.auth('admin'))
      .send({ name: 'Someone else', email: 'k.hodunova@EXAMPLE.org', role: 'contributor' })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ path: 'email' }] });
    const read = await t.http.get(`/v1/users/${created.body.id}`).set(t.auth('admin')).expect(200);
    expect(read.body).toEqual(created.body);
    const changed = await t.http
      .patch(`/v1/users/${created.body.id}`)
      .set(t.auth('admin'))
      .set('If-Match', read.headers.etag!)
      .send({ role: 'contributor' })
      .expect(200);
    expect(changed.body).toMatchObject({ role: 'contributor', version: 2 });
    await t.http
      .patch(`/v1/users/${created.body.id}`)
      .set(t.auth('admin'))
      .set('If-Match', read.headers.etag!)
      .send({ role: 'admin' })
      .expect(412);
    const list = (await t.http.get('/v1/users?limit=100&count=true').set(t.auth('admin')).expect(200)).body;
    expect(list.data.map((user: { name: string }) => user.name)).toContain('Kateryna Hodunova');
    expect(list.meta.total).toBe(list.data.length);
  });

  it('refuses bad input with a problem naming the field, and changes nothing', async () => {
    const before = (await t.http.get('/v1/users?limit=100&count=true').set(t.auth('admin')).expect(200)).body.meta
      .total;
    const cases: [object, string][] = [
      [{ name: 'x', role: 'boss' }, 'role'],
      [{ name: '', role: 'editor' }, 'name'],
      [{ name: 'x', role: 'editor', email: 'not an email' }, 'email'],
      [{ name: 'x', role: 'editor', password: 'secret' }, '(body)'],
      [{ role: 'editor' }, 'name'],
    ];
    for (const [body, path] of cases) {
      const refused = await t.http.post('/v1/users').set(t.auth('admin')).send(body).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(refused.body.errors), JSON.stringify(body)).toContain(
        path === '(body)' ? 'password' : path,
      );
    }
    await t.http.get('/v1/users/01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90').set(t.auth('admin')).expect(404);
    await t.http.get('/v1/users/not-a-uuid').set(t.auth('admin')).expect(400);
    expect((await t.http.get('/v1/users?count=true').set(t.auth('admin')).expect(200)).body.meta.total).toBe(before);
    for (const role of ['editor', 'contributor'] as const) {
      await t.http.get('/v1/users').set(t.auth(role)).expect(403);
      await t.http.post('/v1/users').set(t.auth(role)).send({ name: 'x', role: 'admin' }).expect(403);
    }
    await t.http.get('/v1/users').expect(401);
  });

  it('keeps one active admin: the last cannot be deactivated or demoted', async () => {
    const users = (await t.http.get('/v1/users?limit=100').set(t.auth('admin')).expect(200)).body.data;
    const admin = users.find((user: { name: string }) => user.name === 'admin-test');
    for (const change of [{ active: false }, { role: 'editor' }]) {
      const refused = await t.http.patch(`/v1/users/${admin.id}`).set(t.auth('admin')).send(change).expect(409);
      expect(refused.body.code).toBe('LAST_ADMIN');
    }
    const second = await staff('Second admin', 'admin');
    await t.http.patch(`/v1/users/${second.user.id}`).set(t.auth('admin')).send({ active: false }).expect(200);
    await t.http.patch(`/v1/users/${second.user.id}`).set(t.auth('admin')).send({ active: true }).expect(200);
  });

  it("stop working when deactivated, on the token's very next request, and work again when reactivated", async () => {
    const writer = await staff('Short-lived editor', 'editor');
    await t.http.get('/v1/articles?status=draft').set(writer.auth).expect(200);
    await t.http.patch(`/v1/users/${writer.user.id}`).set(t.auth('admin')).send({ active: false }).expect(200);
    const refused = await t.http.get('/v1/articles').set(writer.auth).expect(401);
    expect(refused.body.detail).toBe('The bearer token belongs to a deactivated user');
    const noToken = await t.http
      .post('/v1/tokens')
      .set(t.auth('admin'))
      .send({ userId: writer.user.id, name: 'another' })
      .expect(400);
    expect(noToken.body.errors).toEqual([{ path: 'userId', message: 'the user is deactivated' }]);
    await t.http.patch(`/v1/users/${writer.user.id}`).set(t.auth('admin')).send({ active: true }).expect(200);
    await t.http.get('/v1/articles').set(writer.auth).expect(200);
  });

  it('are who articles and revisions name: by id, shown with their current name', async () => {
    const writer = await staff('Reporter Before', 'editor');
    const article = (await t.http.post('/v1/articles').set(writer.auth).send(factories.article()).expect(201)).body;
    expect(article.createdBy).toEqual({ id: writer.user.id, name: 'Reporter Before' });
    await t.http.patch(`/v1/users/${writer.user.id}`).set(t.auth('admin')).send({ name: 'Reporter After' }).expect(200);
    const read = (await t.http.get(`/v1/articles/${article.id}`).set(t.auth()).expect(200)).body;
    expect(read).toMatchObject({
      createdBy: { id: writer.user.id, name: 'Reporter After' },
      updatedBy: { id: writer.user.id, name: 'Reporter After' },
    });
    const revisions = (await t.http.get(`/v1/articles/${article.id}/revisions`).set(t.auth()).expect(200)).body.data;
    expect(revisions).toEqual([
      { number: 1, createdAt: anyTimestamp, createdBy: { id: writer.user.id, name: 'Reporter After' } },
    ]);
  });
});

describe('tokens', () => {
  it('belong to a user, have a kind and an optional expiry, and show their secret once', async () => {
    const user = await t.created('/v1/users', { name: 'Frontend', role: 'editor' }, 'admin');
    const created = await t.http
      .post('/v1/tokens')
      .set(t.auth('admin'))
      .send({ userId: user.id, name: 'preview deployment', kind: 'preview', expiresAt: '2026-06-01T00:00:00+02:00' })
      .expect(201);
    expect(created.body).toEqual({
      id: anyId,
      name: 'preview deployment',
      kind: 'preview',
      user: { id: user.id, name: 'Frontend', role: 'editor', active: true },
      createdAt: anyTimestamp,
      expiresAt: '2026-05-31T22:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
      token: expect.stringMatching(/^nd_[A-Za-z0-9_-]{43}$/),
    });
    const listed = (await t.http.get(`/v1/tokens?userId=${user.id}`).set(t.auth('admin')).expect(200)).body.data;
    expect(listed).toEqual([{ ...created.body, token: undefined }].map(({ token: _, ...rest }) => rest));
    expect(JSON.stringify((await t.http.get('/v1/tokens').set(t.auth('admin')).expect(200)).body)).not.toContain(
      created.body.token,
    );
  });

  it('refuses bad input naming the field: unknown user, past expiry, unknown kind, missing name', async () => {
    const user = await t.created('/v1/users', { name: 'Token owner', role: 'editor' }, 'admin');
    const missing = await t.http
      .post('/v1/tokens')
      .set(t.auth('admin'))
      .send({ userId: '01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90', name: 'x' })
      .expect(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
    const cases: [object, string][] = [
      [{ userId: user.id, name: 'x', expiresAt: '2026-02-01T00:00:00Z' }, 'expiresAt'],
      [{ userId: user.id, name: 'x', expiresAt: 'tomorrow' }, 'expiresAt'],
      [{ userId: user.id, name: 'x', kind: 'read' }, 'kind'],
      [{ userId: user.id }, 'name'],
      [{ userId: 'nobody', name: 'x' }, 'userId'],
      [{ userId: user.id, name: 'x', role: 'admin' }, 'role'],
    ];
    for (const [body, path] of cases) {
      const refused = await t.http.post('/v1/tokens').set(t.auth('admin')).send(body).expect(400);
      expect(JSON.stringify(refused.body.errors), JSON.stringify(body)).toContain(path);
    }
    expect((await t.http.get(`/v1/tokens?userId=${user.id}`).set(t.auth('admin')).expect(200)).body.data).toEqual([]);
    await t.http.get('/v1/tokens?userId=nobody').set(t.auth('admin')).expect(400);
    await t.http.delete('/v1/tokens/01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90').set(t.auth('admin')).expect(404);
  });

  it('fail on their very next request once revoked, and once expired, saying which', async () => {
    const writer = await staff('Token lifetimes', 'editor');
    const expiring = await t.created(
      '/v1/tokens',
      { userId: writer.user.id, name: 'an hour', expiresAt: new Date(clock + 3_600_000).toISOString() },
      'admin',
    );
    await t.http.get('/v1/articles').set(bearer(expiring.token)).expect(200);
    const saved = clock;
    clock += 3_600_000;
    try {
      const expired = await t.http.get('/v1/articles').set(bearer(expiring.token)).expect(401);
      expect(expired.body.detail).toBe(`The bearer token expired at ${expiring.expiresAt}; ask an admin for a new one`);
      // A bad token is refused even where no token is needed: the client must learn it is not signed in.
      await t.http.get('/v1/sitemaps/index.xml').set(bearer(expiring.token)).expect(401);
    } finally {
      clock = saved;
    }
    await t.http.get('/v1/articles').set(writer.auth).expect(200);
    await t.http.delete(`/v1/tokens/${writer.tokenId}`).set(t.auth('admin')).expect(200);
    const revoked = await t.http.get('/v1/articles').set(writer.auth).expect(401);
    expect(revoked.body.detail).toBe('The bearer token is malformed, unknown or revoked');
  });

  it('record when they were last used, in batches rather than a write per request', async () => {
    const database = await lastingDatabase();
    const first = await buildTestApp({ database });
    const used = first.tokens.editor;
    let usedId = '';
    let unusedId = '';
    try {
      await first.http.get('/v1/articles').set(bearer(used)).expect(200);
      await first.http.get('/v1/articles').set(bearer(used)).expect(200);
      // Nothing is written per request: the uses are held until the next flush (or close).
      const during = (await first.http.get('/v1/tokens').set(first.auth('admin')).expect(200)).body.data;
      const named = (name: string) => during.find((token: { user: { name: string } }) => token.user.name === name);
      expect(named('editor-test').lastUsedAt).toBeNull();
      usedId = named('editor-test').id;
      unusedId = named('contributor-test').id;
    } finally {
      await first.close();
    }
    const second = await buildTestApp({ database });
    try {
      const tokens = (await second.http.get('/v1/tokens').set(bearer(first.tokens.admin)).expect(200)).body.data as {
        id: string;
        user: { name: string };
        lastUsedAt: string | null;
      }[];
      const byId = (id: string) => tokens.find((token) => token.id === id)!;
      expect(byId(usedId).lastUsedAt).toEqual(anyTimestamp);
      expect(byId(unusedId).lastUsedAt).toBeNull();
    } finally {
      await second.close();
    }
  });
});

describe('roles', () => {
  it('lets each role and kind do what the README grants, and nothing more', async () => {
    const preview = await staff('Preview deployment', 'editor', 'preview');
    const editorArticle = await t.created('/v1/articles', factories.article(), 'editor');
    const calls: [string, () => ReturnType<typeof t.http.get>][] = [
      ['create draft', () => t.http.post('/v1/articles').send(factories.article())],
      ['publish', () => t.http.post('/v1/articles').send(factories.article({ status: 'published' }))],
      ["edit another's draft", () => t.http.patch(`/v1/articles/${editorArticle.id}`).send({ subtitle: 'x' })],
      ["read another's draft", () => t.http.get(`/v1/articles/${editorArticle.id}`)],
      ["another's revisions", () => t.http.get(`/v1/articles/${editorArticle.id}/revisions`)],
      ['create author', () => t.http.post('/v1/authors').send(factories.author())],
      ['create image', () => t.http.post('/v1/images').send(factories.image())],
      ['list tokens', () => t.http.get('/v1/tokens')],
      ['list users', () => t.http.get('/v1/users')],
      ['list webhooks', () => t.http.get('/v1/webhooks')],
    ];
    const table: Record<string, number[]> = {
      //                   draft publish edit  read  revs  author image tokens users hooks
      none: /*        */ [401, 401, 401, 404, 401, 401, 401, 401, 401, 401],
      preview: /*     */ [403, 403, 403, 200, 403, 403, 403, 403, 403, 403],
      contributor: /* */ [201, 403, 404, 404, 404, 403, 201, 403, 403, 403],
      editor: /*      */ [201, 201, 200, 200, 200, 201, 201, 403, 403, 403],
      admin: /*       */ [201, 201, 200, 200, 200, 201, 201, 200, 200, 200],
    };
    for (const [who, statuses] of Object.entries(table)) {
      for (const [index, [name, call]] of calls.entries()) {
        const request = call();
        const headers = who === 'none' ? {} : who === 'preview' ? preview.auth : t.auth(who as 'editor');
        const response = await request.set(headers);
        expect({ who, name, status: response.status }).toEqual({ who, name, status: statuses[index] });
      }
    }
  });

  it('a contributor writes its own drafts only: cannot publish, delete, or touch them once published', async () => {
    const draft = (await t.http.post('/v1/articles').set(t.auth('contributor')).send(factories.article()).expect(201))
      .body;
    expect(draft).toMatchObject({ status: 'draft', createdBy: { id: anyId, name: 'contributor-test' } });
    await t.http.patch(`/v1/articles/${draft.id}`).set(t.auth('contributor')).send({ subtitle: 'Mine' }).expect(200);
    const publish = await t.http
      .patch(`/v1/articles/${draft.id}`)
      .set(t.auth('contributor'))
      .send({ status: 'published' })
      .expect(403);
    expect(publish.body).toMatchObject({ code: 'FORBIDDEN', errors: [{ path: 'status' }] });
    await t.http.delete(`/v1/articles/${draft.id}`).set(t.auth('contributor')).expect(403);
    const published = await t.http
      .patch(`/v1/articles/${draft.id}`)
      .set(t.auth('editor'))
      .send({ status: 'published' })
      .expect(200);
    expect(published.body).toMatchObject({
      createdBy: { name: 'contributor-test' },
      updatedBy: { name: 'editor-test' },
    });
    await t.http.patch(`/v1/articles/${draft.id}`).set(t.auth('contributor')).send({ subtitle: 'Again' }).expect(403);
  });

  it('two contributors with one name are two people: neither sees or edits the other’s draft', async () => {
    const first = await staff('freelancer', 'contributor');
    const second = await staff('freelancer', 'contributor');
    const draft = (
      await t.http
        .post('/v1/articles')
        .set(first.auth)
        .send(factories.article({ title: 'Freelance canary zebrafinch' }))
        .expect(201)
    ).body;
    await t.http.patch(`/v1/articles/${draft.id}`).set(second.auth).send({ subtitle: 'taken over' }).expect(404);
    await t.http.get(`/v1/articles/${draft.id}`).set(second.auth).expect(404);
    await t.http.get(`/v1/articles/${draft.slug}`).set(second.auth).expect(404);
    await t.http.get(`/v1/articles/${draft.id}/revisions`).set(second.auth).expect(404);
    await t.http.get(`/v1/articles/${draft.id}/revisions/1`).set(second.auth).expect(404);
    for (const path of ['/v1/articles?status=draft&count=true', '/v1/articles?q=zebrafinch&count=true']) {
      const theirs = (await t.http.get(path).set(second.auth).expect(200)).body;
      expect(JSON.stringify(theirs), path).not.toContain(draft.id);
      expect(theirs.meta.total, path).toBe(theirs.data.length);
      const mine = (await t.http.get(path).set(first.auth).expect(200)).body;
      expect(
        mine.data.map((article: { id: string }) => article.id),
        path,
      ).toContain(draft.id);
    }
    await t.http.get(`/v1/articles/${draft.id}/revisions/1`).set(first.auth).expect(200);
  });

  it("a contributor sees no one else's unpublished work, no email, and no private change", async () => {
    const author = await t.created('/v1/authors', factories.author({ email: 'private@example.org' }));
    const scheduled = await t.created(
      '/v1/articles',
      factories.article({
        title: 'Embargoed canary quokka',
        status: 'published',
        publishedAt: '2026-04-01T00:00:00Z',
        authorIds: [author.id],
      }),
    );
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published', authorIds: [author.id] }))
      .expect(201);
    await t.http.get(`/v1/articles/${scheduled.id}`).set(t.auth('contributor')).expect(404);
    await t.http.get(`/v1/articles/${scheduled.id}/revisions`).set(t.auth('contributor')).expect(404);
    const credited = (await t.http.get(`/v1/authors/${author.id}`).set(t.auth('contributor')).expect(200)).body;
    expect(credited).not.toHaveProperty('email');
    expect((await t.http.get(`/v1/authors/${author.id}`).set(t.auth('editor')).expect(200)).body.email).toBe(
      'private@example.org',
    );
    const feed = JSON.stringify(
      (await t.http.get('/v1/changes?limit=1000').set(t.auth('contributor')).expect(200)).body,
    );
    expect(feed).not.toContain(scheduled.id);
    expect(feed).not.toContain('quokka');
    expect(feed).not.toContain('private@example.org');
    const editorFeed = JSON.stringify(
      (await t.http.get('/v1/changes?limit=1000').set(t.auth('editor')).expect(200)).body,
    );
    expect(editorFeed).toContain(scheduled.id);
  });

  it('a preview token reads drafts and scheduled articles as a draft-mode frontend needs, and writes nothing', async () => {
    const preview = await staff('Draft mode', 'admin', 'preview');
    const draft = await t.created('/v1/articles', factories.article({ title: 'Preview canary okapi', authorIds: [] }));
    const read = await t.http.get(`/v1/articles/${draft.slug}`).set(preview.auth).expect(200);
    expect(read.headers['cache-control']).toBe('private, no-store');
    expect(read.body).not.toHaveProperty('createdBy');
    const drafts = (await t.http.get('/v1/articles?status=draft&q=okapi').set(preview.auth).expect(200)).body.data;
    expect(drafts.map((article: { id: string }) => article.id)).toEqual([draft.id]);
    // Preview is a kind, not a role: even an admin's preview token writes nothing.
    for (const write of [
      t.http.post('/v1/articles').send(factories.article()),
      t.http.patch(`/v1/articles/${draft.id}`).send({ subtitle: 'x' }),
      t.http.delete(`/v1/articles/${draft.id}`),
      t.http.post('/v1/tokens').send({ userId: preview.user.id, name: 'escalate' }),
    ]) {
      const refused = await write.set(preview.auth).expect(403);
      expect(refused.body.detail).toMatch(/^Preview tokens read published, scheduled and draft content/);
    }
    const feed = JSON.stringify((await t.http.get('/v1/changes?limit=1000').set(preview.auth).expect(200)).body);
    expect(feed).not.toContain(draft.id);
  });
});

describe('the public change feed', () => {
  it('shows a related link only while its target is public too, and says when it appears and goes', async () => {
    const owner = await t.created('/v1/articles', factories.article({ status: 'published' }));
    const embargoed = await t.created(
      '/v1/articles',
      factories.article({ status: 'published', publishedAt: '2026-05-01T00:00:00Z' }),
    );
    const start = (await t.http.get('/v1/changes?limit=1000').expect(200)).body.meta.nextCursor;
    const link = await t.created(`/v1/articles/${owner.id}/related`, {
      targetArticleId: embargoed.id,
      title: 'Minister resigns over scandal',
    });
    const publicChanges = async () => (await t.http.get(`/v1/changes?since=${start}&limit=1000`).expect(200)).body.data;
    const hidden = JSON.stringify(await publicChanges());
    expect(hidden).not.toContain(embargoed.id);
    expect(hidden).not.toContain('Minister resigns');
    expect(JSON.stringify((await t.http.get(`/v1/articles/${owner.id}/related`).expect(200)).body)).not.toContain(
      link.id,
    );

    // The embargo lifts (an editor publishes it now): the link appears in the public feed with it.
    await t.http.patch(`/v1/articles/${embargoed.id}`).set(t.auth()).send({ publishedAt: now() }).expect(200);
    const appeared = await publicChanges();
    expect(appeared.map((change: { type: string; id: string }) => [change.type, change.id])).toEqual([
      ['article.published', embargoed.id],
      ['relatedLink.updated', link.id],
    ]);
    expect(appeared[1].data).toMatchObject({ targetArticleId: embargoed.id, title: 'Minister resigns over scandal' });

    await t.http.patch(`/v1/articles/${embargoed.id}`).set(t.auth()).send({ status: 'draft' }).expect(200);
    // Withdrawn again: what the feed said of it and of the link leaves it; their tombstones stay.
    const gone = await publicChanges();
    expect(gone.map((change: { type: string; id: string }) => [change.type, change.id])).toEqual([
      ['article.unpublished', embargoed.id],
      ['relatedLink.deleted', link.id],
    ]);
    expect(JSON.stringify(gone)).not.toContain('Minister resigns');
    expect(gone[1].data).toEqual({ id: link.id, articleId: owner.id });
  });
});

describe('the smaller leaks', () => {
  it('merges Vary: CORS adds Origin, caching adds Authorization, on 200 and 304 alike', async () => {
    const article = await t.created('/v1/articles', factories.article({ status: 'published' }));
    const vary = (header: string | undefined) => (header ?? '').split(/,\s*/).map((name) => name.toLowerCase());
    for (const path of [`/v1/articles/${article.id}`, '/v1/articles', '/v1/authors', '/v1/feeds/rss.xml']) {
      const first = await t.http.get(path).set('Origin', 'https://www.example.org').expect(200);
      expect(vary(first.headers.vary), path).toEqual(expect.arrayContaining(['origin', 'authorization']));
      const again = await t.http
        .get(path)
        .set('Origin', 'https://www.example.org')
        .set('If-None-Match', first.headers.etag!)
        .expect(304);
      expect(vary(again.headers.vary), path).toEqual(expect.arrayContaining(['origin', 'authorization']));
      expect(again.headers['access-control-allow-origin']).toBe('https://www.example.org');
    }
  });

  it('sends the security headers on every response: framework errors, 304, HEAD, 404, 405, problems', async () => {
    const article = await t.created('/v1/articles', factories.article({ status: 'published' }));
    const etag = (await t.http.get(`/v1/articles/${article.id}`).expect(200)).headers.etag!;
    const responses = [
      await t.http.get('/v1/articles/%E0%A4%A').expect(400),
      await t.http.get(`/v1/articles/${article.id}`).set('If-None-Match', etag).expect(304),
      await t.http.head(`/v1/articles/${article.id}`).expect(200),
      await t.http.get('/v1/nothing-here').expect(404),
      await t.http.get('/v1/articles?limit=zero').expect(400),
      await t.http.post('/v1/articles').set(t.auth()).set('content-type', 'application/json').send('{').expect(400),
      await t.http.get('/v1/articles').set('Authorization', 'Bearer nd_wrong').expect(401),
    ];
    for (const response of responses)
      expect(response.headers, String(response.status)).toMatchObject({
        'x-content-type-options': 'nosniff',
        'strict-transport-security': expect.stringContaining('max-age='),
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
      });
  });

  it('never echoes a credential sent in the query string', async () => {
    const secret = t.tokens.editor;
    for (const path of [
      `/v1/articles?access_token=${secret}`,
      `/v1/articles/x?token=${secret}&access_token=${secret}`,
    ]) {
      const refused = await t.http.get(path);
      expect(refused.status, path).toBeGreaterThanOrEqual(400);
      expect(refused.status, path).toBeLessThan(500);
      expect(refused.text, path).not.toContain(secret);
      expect(JSON.stringify(refused.headers), path).not.toContain(secret);
    }
  });

  it('applies fields= to attribution too', async () => {
    const article = await t.created('/v1/articles', factories.article());
    const slugOnly = (await t.http.get(`/v1/articles/${article.id}?fields=slug`).set(t.auth()).expect(200)).body;
    expect(slugOnly).toEqual({ slug: article.slug });
    const listed = (await t.http.get('/v1/articles?status=draft&fields=id,slug&limit=5').set(t.auth()).expect(200)).body
      .data;
    for (const row of listed) expect(Object.keys(row).sort()).toEqual(['id', 'slug']);
    const withAttribution = (
      await t.http.get(`/v1/articles/${article.id}?fields=slug,createdBy`).set(t.auth()).expect(200)
    ).body;
    expect(withAttribution).toEqual({
      slug: article.slug,
      createdBy: { id: anyId, name: 'editor-test' },
    });
    // The public asking for attribution gets none: a field it may not see is not there to pick.
    const published = await t.created('/v1/articles', factories.article({ status: 'published' }));
    expect((await t.http.get(`/v1/articles/${published.id}?fields=slug,createdBy`).expect(200)).body).toEqual({
      slug: published.slug,
    });
  });
});
