// Public reads answered before Fastify's pipeline (plugins/direct-reads.ts) must be the answers
// the pipeline gives: two servers over one database, one with direct reads and one without
// (DIRECT_READS=false), asked the same things; status, headers and bytes must agree, and only
// the reads the direct path may take are taken by it. A real server process compares the access
// lines the two write.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';
import { lastingDatabase } from './helpers/test-database.js';

let direct: TestApp;
/** The statements the direct server ran. */
const statements: string[] = [];
let pipeline: TestApp;
const article = { id: '', slug: '', retiredSlug: '', draftSlug: '' };

beforeAll(async () => {
  const database = await lastingDatabase();
  direct = await buildTestApp({ database }, { onStatement: (sql) => statements.push(sql) });
  pipeline = await buildTestApp({ database, directReads: false });
  const author = await direct.created('/v1/authors', factories.author());
  const image = await direct.created('/v1/images', factories.image());
  const created = await direct.created(
    '/v1/articles',
    factories.article({ status: 'published', authorIds: [author.id], featuredImageId: image.id }),
  );
  article.retiredSlug = created.slug;
  const renamed = await direct.http
    .patch(`/v1/articles/${created.id}`)
    .set(direct.auth())
    .send({ slug: `${created.slug}-renamed` })
    .expect(200);
  article.id = created.id;
  article.slug = renamed.body.slug;
  article.draftSlug = (await direct.created('/v1/articles', factories.article())).slug;
}, 60_000);
afterAll(async () => {
  await direct?.close();
  await pipeline?.close();
});

/** What must agree: the status, the body's bytes, and every header but the per-request ones. */
async function answerOf(app: TestApp, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(app.baseUrl + path, { headers, redirect: 'manual' });
  const kept = [...response.headers].filter(([name]) => !['date', 'x-request-id', 'keep-alive'].includes(name));
  // A problem's body names its request's id.
  const body = (await response.text()).replace(/"requestId":"[^"]*"/, '"requestId":"…"');
  return { status: response.status, headers: Object.fromEntries(kept), body };
}

/** Asks both servers; says whether the direct server answered before its pipeline. */
async function compare(path: string, headers: Record<string, string> = {}): Promise<boolean> {
  const before = direct.app.directReads.served();
  const ours = await answerOf(direct, path, headers);
  const taken = direct.app.directReads.served() > before;
  const theirs = await answerOf(pipeline, path, headers);
  expect(ours, path).toEqual(theirs);
  expect(pipeline.app.directReads.served()).toBe(0);
  return taken;
}

describe('direct reads answer as the pipeline does', () => {
  it('takes a public read of a visible article, by slug or by id, with any valid query', async () => {
    for (const path of [
      `/v1/articles/${article.slug}`,
      `/v1/articles/${article.slug}?include=authors,featuredImage`,
      `/v1/articles/${article.slug}?include=authors&fields=title,slug`,
      `/v1/articles/${article.slug}?locale=en`,
      `/v1/articles/${article.slug}/`,
      `/v1/articles/${article.id}`,
      `/v1/articles/${article.id}?include=featuredImage`,
    ])
      expect(await compare(path), path).toBe(true);
    // fetch sends Accept-Language: * by itself; a reader's own list is read as the pipeline reads it.
    for (const language of ['uk, en;q=0.5', 'fr', '*'])
      expect(await compare(`/v1/articles/${article.slug}`, { 'accept-language': language }), language).toBe(true);
  });

  it('leaves a 404, a retired slug, a draft and every invalid query or path to the pipeline', async () => {
    for (const path of [
      '/v1/articles/no-such-article',
      `/v1/articles/${article.retiredSlug}`,
      `/v1/articles/${article.draftSlug}`,
      `/v1/articles/${article.slug}?include=nope`,
      `/v1/articles/${article.slug}?unknown=1`,
      `/v1/articles/${article.slug}?locale=`,
      `/v1/articles/${article.slug}?fields=title&fields=slug`,
      `/v1/articles/${article.slug}?include=%ED%A0%80`,
      `/v1/articles/${'a'.repeat(600)}`,
      `/v1/articles/${article.slug}/revisions`,
    ])
      expect(await compare(path), path).toBe(false);
  });

  it('leaves reads with a token, a condition, an invalid header or an origin to the pipeline', async () => {
    const path = `/v1/articles/${article.slug}?include=authors`;
    const etag = (await answerOf(direct, path)).headers.etag!;
    expect(etag).toBeDefined();
    const variants: Record<string, string>[] = [
      direct.auth('contributor'),
      { 'if-match': etag },
      { 'accept-language': 'x'.repeat(1_001) },
      { origin: 'https://example.org' },
      { 'accept-version': '1' },
    ];
    for (const headers of variants) expect(await compare(path, headers), JSON.stringify(headers)).toBe(false);
    // The token's read is the contributor's own view: not a public answer.
    const withToken = await answerOf(direct, path, direct.auth('contributor'));
    expect(withToken.headers['cache-control']).toBe('private, no-store');
  });

  it('answers a 304 the pipeline would answer from memory, and leaves any other condition to it', async () => {
    for (const path of [`/v1/articles/${article.slug}?include=authors`, `/v1/articles/${article.id}`]) {
      // Both servers remember the ETag of what they answered.
      expect(await compare(path)).toBe(true);
      const etag = (await answerOf(direct, path)).headers.etag!;
      // The first conditional read after a start reads the current state and recomputes (a
      // validator is remembered under the last state read, never a newer one).
      for (const app of [direct, pipeline]) await answerOf(app, path, { 'if-none-match': etag });
      for (const ifNoneMatch of [etag, `"other", ${etag}`, '*']) {
        expect(await compare(path, { 'if-none-match': ifNoneMatch }), ifNoneMatch).toBe(true);
        expect((await answerOf(direct, path, { 'if-none-match': ifNoneMatch })).status).toBe(304);
      }
      expect(await compare(path, { 'if-none-match': '"other"' })).toBe(false);
    }
    // A language the reader names is a representation of its own: not remembered yet.
    const path = `/v1/articles/${article.slug}`;
    await answerOf(direct, path);
    const etag = (await answerOf(direct, path)).headers.etag!;
    expect(await compare(path, { 'if-none-match': etag, 'accept-language': 'uk' })).toBe(false);
  });

  it('remembers the ETag it sent, so a conditional read is a 304, and a change is seen at once', async () => {
    const path = `/v1/articles/${article.slug}`;
    const first = await answerOf(direct, path);
    const etag = first.headers.etag!;
    const ran = statements.length;
    expect((await fetch(direct.baseUrl + path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    // Answered from the validator the direct read remembered: no article was rendered for it.
    expect(statements.slice(ran).filter((sql) => /json_(build_)?object/.test(sql))).toEqual([]);
    await direct.http.patch(`/v1/articles/${article.id}`).set(direct.auth()).send({ title: 'A new title' }).expect(200);
    const after = await answerOf(direct, path);
    expect(JSON.parse(after.body).title).toBe('A new title');
    expect(after.headers.etag).not.toBe(etag);
    expect((await fetch(direct.baseUrl + path, { headers: { 'if-none-match': etag } })).status).toBe(200);
    expect(await compare(path)).toBe(true);
  });

  it('counts its answers in the request metric under the route', async () => {
    await answerOf(direct, `/v1/articles/${article.slug}`);
    const metrics = await (await fetch(`${direct.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(
      /newsdesk_http_request_duration_seconds_count\{method="GET",route="\/v1\/articles\/:idOrSlug",status="200"\} [1-9]/,
    );
  });
});

describe('a direct read that fails', () => {
  it('is answered by the pipeline, whether the reader throws or its answer cannot be sent', async () => {
    const app = await buildApp(testConfig({ database: await lastingDatabase() }));
    const readers = {
      throws: async () => {
        throw new Error('the reader failed');
      },
      // A header value Node refuses to write (a line break): writeHead throws before sending.
      unsendable: async () => ({ json: Buffer.from('{}'), version: 1, vary: [], headers: { 'x-bad': 'a\nb' } }),
    };
    for (const [name, direct] of Object.entries(readers))
      app.get(`/test/${name}`, {
        config: { access: 'public', direct },
        handler: async () => ({ answeredBy: 'pipeline' }),
      });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = app.server.address() as { port: number };
      for (const name of Object.keys(readers)) {
        const response = await fetch(`http://127.0.0.1:${address.port}/test/${name}`);
        expect(response.status, name).toBe(200);
        expect(await response.json(), name).toEqual({ answeredBy: 'pipeline' });
      }
      expect(app.directReads.served()).toBe(0);
    } finally {
      await app.close();
    }
  });
});

describe('the access line of a direct read', () => {
  const servers: ServerProcess[] = [];
  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGTERM');
    await Promise.all(servers.map((server) => server.exited));
  });

  it('is the line the pipeline writes for the same read', async () => {
    const dir = tempDir('newsdesk-direct-');
    const env = { DATABASE_URL: join(dir, 'newsdesk.db'), MEDIA_DIR: join(dir, 'media'), LOG_LEVEL: 'info' };
    const first = await startServer(env);
    servers.push(first);
    const second = await startServer({ ...env, DIRECT_READS: 'false' });
    servers.push(second);
    const slug = 'putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports';
    const path = `/v1/articles/${slug}?include=authors`;
    const lineOf = async (server: ServerProcess) => {
      const requestId = (await fetch(server.baseUrl + path)).headers.get('x-request-id');
      for (let tries = 0; tries < 50; tries++) {
        const line = server
          .output()
          .split('\n')
          .find((text) => text.includes(`"reqId":"${requestId}"`));
        if (line) {
          const parsed = JSON.parse(line) as Record<string, unknown> & { req: Record<string, unknown> };
          // What differs per request and per server (the time, the id, the port, the pid) by type.
          return {
            keys: Object.keys(parsed),
            reqKeys: Object.keys(parsed.req),
            ...parsed,
            time: typeof parsed.time,
            pid: typeof parsed.pid,
            reqId: typeof parsed.reqId,
            responseTime: typeof parsed.responseTime,
            req: { ...parsed.req, host: typeof parsed.req.host, remotePort: typeof parsed.req.remotePort },
          };
        }
        await new Promise((wait) => setTimeout(wait, 20));
      }
      throw new Error(`no access line for ${requestId}`);
    };
    expect(await lineOf(first)).toEqual(await lineOf(second));
    expect(await lineOf(first)).toMatchObject({ msg: 'request completed', res: { statusCode: 200 }, level: 30 });
  }, 60_000);
});
