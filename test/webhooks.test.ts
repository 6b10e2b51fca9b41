import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../src/config.js';
import type { PostgresEngine } from '../src/db/postgres/engine.js';
import { isInternalAddress, post } from '../src/modules/webhooks/egress.js';
import { retryDelayMs } from '../src/modules/webhooks/worker.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { startReceiver, until } from './helpers/receiver.js';
import { lastingDatabase, onEngine } from './helpers/test-database.js';

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()!.close();
});
const track = <T extends { close: () => Promise<void> }>(thing: T): T => {
  open.push(thing);
  return thing;
};

/** What a receiver does (the README shows the same check). */
function verify(secret: string, headers: Record<string, string | string[] | undefined>, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
    .digest('base64');
  return String(headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

const webhooks = (overrides: Partial<ReturnType<typeof testConfig>['webhooks']> = {}) => ({
  webhooks: { ...testConfig().webhooks, ...overrides },
});

async function subscribe(t: TestApp, url: string, body: object = {}) {
  return (
    await t.http
      .post('/v1/webhooks')
      .set(t.auth('admin'))
      .send({ url, ...body })
      .expect(201)
  ).body as { id: string; secret: string };
}

describe('webhooks', () => {
  it('delivers a signed event per change, in Standard Webhooks format', async () => {
    const t = track(await buildTestApp());
    const receiver = track(await startReceiver());
    const hook = await subscribe(t, receiver.url, {
      eventTypes: ['article.created', 'article.published', 'article.updated'],
    });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ status: 'published' }))
        .expect(201)
    ).body;
    await t.http.patch(`/v1/articles/${article.id}`).set(t.auth()).send({ subtitle: 'New' }).expect(200);
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201); // not subscribed
    const received = await receiver.waitFor(3);
    const bodies = received.map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => body.type).sort()).toEqual(['article.created', 'article.published', 'article.updated']);
    for (const request of received) {
      expect(verify(hook.secret, request.headers, request.body)).toBe(true);
      expect(verify(`whsec_${Buffer.from('wrong').toString('base64')}`, request.headers, request.body)).toBe(false);
      expect(request.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    }
    const published = bodies.find((body) => body.type === 'article.published');
    expect(published.data).toMatchObject({ id: article.id, status: 'published', authors: [], related: [] });
    expect(published.data).not.toHaveProperty('createdBy');
    const log = (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin')).expect(200)).body.data;
    await until(async () =>
      (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin'))).body.data.every(
        (d: { status: string }) => d.status === 'delivered',
      )
        ? true
        : undefined,
    );
    expect(log).toHaveLength(3);
    await t.http.get('/v1/webhooks').set(t.auth('editor')).expect(403);
  });

  it('retries a failing receiver with growing delays, then delivers', async () => {
    const t = track(await buildTestApp(webhooks({ retryBaseMs: 100 })));
    const receiver = track(await startReceiver((_request, count) => (count <= 3 ? 500 : 200)));
    const hook = await subscribe(t, receiver.url, { eventTypes: ['author.created'] });
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    const received = await receiver.waitFor(4, 15_000);
    const gaps = received.slice(1).map((request, index) => request.at - received[index]!.at);
    // Base 100 ms doubling with ±25 % jitter: at least 75, 150, 300 ms.
    expect(gaps[0]).toBeGreaterThanOrEqual(70);
    expect(gaps[1]).toBeGreaterThanOrEqual(140);
    expect(gaps[2]).toBeGreaterThanOrEqual(290);
    expect(new Set(received.map((request) => request.headers['webhook-id'])).size).toBe(1);
    const [delivery] = await until(async () => {
      const data = (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin'))).body.data;
      return data[0]?.status === 'delivered' ? data : undefined;
    });
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 4, lastStatus: 200, eventType: 'author.created' });
    expect(delivery.log.map((attempt: { status: number }) => attempt.status)).toEqual([500, 500, 500, 200]);
    expect(delivery.log[0].latencyMs).toEqual(expect.any(Number));
  });

  it('spaces retries exponentially with jitter over about a day by default', () => {
    const { retryBaseMs: base, maxAttempts } = loadConfig({}).webhooks;
    const low = () => 0;
    const high = () => 0.999;
    expect(retryDelayMs(1, base, low)).toBe(45_000);
    expect(retryDelayMs(2, base, high)).toBeGreaterThan(retryDelayMs(1, base, high));
    const total = Array.from({ length: maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1, base, () => 0.5)).reduce(
      (a, b) => a + b,
      0,
    );
    expect(total / 3_600_000).toBeGreaterThan(18);
    expect(total / 3_600_000).toBeLessThan(30);
  });

  it('gives up on a hanging receiver after the timeout and records it', async () => {
    const t = track(await buildTestApp(webhooks({ timeoutMs: 300, retryBaseMs: 60_000 })));
    const receiver = track(await startReceiver(() => 'hang'));
    const hook = await subscribe(t, receiver.url, { eventTypes: ['image.created'] });
    await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201);
    const [delivery] = await until(async () => {
      const data = (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin'))).body.data;
      return data[0]?.attempts === 1 ? data : undefined;
    });
    expect(delivery).toMatchObject({ status: 'pending', lastStatus: null, lastError: 'timed out after 300 ms' });
    expect(delivery.log[0].latencyMs).toBeGreaterThanOrEqual(250);
    // A hanging receiver does not hold up requests.
    await t.http.get('/healthz').expect(200);
  });

  it('disables a webhook whose target answers 410 Gone', async () => {
    const t = track(await buildTestApp());
    const receiver = track(await startReceiver(() => 410));
    const hook = await subscribe(t, receiver.url);
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    const disabled = await until(async () => {
      const body = (await t.http.get(`/v1/webhooks/${hook.id}`).set(t.auth('admin'))).body;
      return body.enabled === false ? body : undefined;
    });
    expect(disabled.disabledReason).toMatch(/410 Gone/);
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    await new Promise((wait) => setTimeout(wait, 300));
    expect(receiver.received).toHaveLength(1);
    const [delivery] = (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin'))).body.data.slice(
      -1,
    );
    expect(delivery.status).toBe('failed');
  });

  it('delivers after a restart what was pending before it', async () => {
    const database = await lastingDatabase();
    const receiver = track(await startReceiver());
    const first = await buildTestApp({ database, ...webhooks({ enabled: false }) });
    const hook = await subscribe(first, receiver.url, { eventTypes: ['article.created'] });
    await first.http.post('/v1/articles').set(first.auth()).send(factories.article()).expect(201);
    await first.close();
    expect(receiver.received).toHaveLength(0);
    const second = track(await buildTestApp({ database }));
    const [request] = await receiver.waitFor(1);
    expect(JSON.parse(request!.body).type).toBe('article.created');
    expect(verify(hook.secret, request!.headers, request!.body)).toBe(true);
    await second.http.get('/healthz').expect(200);
  });

  // Every node listens for commits to wake its worker. A worker's poll that finds nothing must
  // not announce itself: each node would wake the others, and itself, for ever.
  it.skipIf(!onEngine('postgres'))('announces a commit to the other nodes only when it wrote something', async () => {
    const t = track(await buildTestApp(webhooks({ pollMs: 20 })));
    const listener = await (t.app.ctx.engine as PostgresEngine).pool.connect();
    track({ close: async () => listener.release() });
    let notified = 0;
    listener.on('notification', () => notified++);
    await listener.query('listen newsdesk_commits');
    await new Promise((done) => setTimeout(done, 500)); // some 25 polls of the worker
    expect(notified).toBe(0);
    await t.http.post('/v1/articles').set(t.auth()).send(factories.article()).expect(201);
    await until(() => notified > 0);
    const afterWrite = notified;
    await new Promise((done) => setTimeout(done, 300));
    expect(notified).toBe(afterWrite);
  });

  // Two workers (nodes) whose claims overlap in time because the first one's lapsed: both log an
  // attempt, neither collides with the other's number, and a late result never undoes a newer one.
  it('keeps a delivery delivered when a lapsed claim reports after the claim that took it over', async () => {
    const t = track(await buildTestApp(webhooks({ enabled: false })));
    const hook = await subscribe(t, 'https://receiver.example/hook', { eventTypes: ['author.created'] });
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    const { ctx } = t.app;
    const claim = (now: string, until: string) =>
      ctx.transaction((tx) => tx.webhooks.claimDue(now, until, 8)).then((due) => due.map((item) => item.delivery.id));
    const result = (status: number | null) => ({
      status: status !== null && status < 300 ? ('delivered' as const) : ('pending' as const),
      nextAttemptAt: status !== null && status < 300 ? null : '2030-01-01T00:00:00.000Z',
      lastStatus: status,
      updatedAt: new Date().toISOString(),
    });
    const record = (id: string, under: string, status: number | null) =>
      ctx.transaction((tx) =>
        tx.webhooks.recordAttempt(
          { deliveryId: id, at: new Date().toISOString(), status, latencyMs: 1, error: null },
          under,
          result(status),
        ),
      );
    // Clock readings in seconds from a base just after the deliveries were queued.
    const base = Date.now() + 1_000;
    const at = (seconds: number) => new Date(base + seconds * 1_000).toISOString();
    const first = at(10);
    const [id] = await claim(at(0), first);
    expect(id).toBeDefined();
    // Still held: nobody else may claim it.
    expect(await claim(at(5), at(15))).toEqual([]);
    // Lapsed: a second worker takes it over, sends it, and records first.
    const second = at(100);
    expect(await claim(at(11), second)).toEqual([id]);
    expect(await record(id!, second, 204)).toEqual({ number: 1, taken: false });
    // The first worker's timed-out attempt comes back late: logged, the delivery stays delivered.
    expect(await record(id!, first, null)).toEqual({ number: 2, taken: true });
    const [delivery] = (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin'))).body.data;
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 2, lastStatus: 204 });
    expect(
      delivery.log.map((entry: { number: number; status: number | null }) => [entry.number, entry.status]),
    ).toEqual([
      [1, 204],
      [2, null],
    ]);

    // The other order: the lapsed claim's success arrives while the new claim is still sending.
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    const [next] = await claim(at(0), first);
    expect(await claim(at(11), second)).toEqual([next]);
    expect(await record(next!, first, 204)).toEqual({ number: 1, taken: true });
    // The newer claim's failure does not send it a third time.
    expect(await record(next!, second, 503)).toEqual({ number: 2, taken: false });
    expect(await claim(at(200), at(260))).toEqual([]);
    const [settled] = (await t.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(t.auth('admin'))).body.data;
    expect(settled).toMatchObject({ id: next, status: 'delivered', attempts: 2 });
  });

  it('redelivers on request and pings', async () => {
    const t = track(await buildTestApp());
    const receiver = track(await startReceiver());
    const hook = await subscribe(t, receiver.url);
    const pinged = await t.http.post(`/v1/webhooks/${hook.id}/ping`).set(t.auth('admin')).expect(202);
    expect(pinged.body).toMatchObject({ eventType: 'webhook.ping', status: 'pending' });
    await receiver.waitFor(1);
    const again = await t.http
      .post(`/v1/webhooks/${hook.id}/deliveries/${pinged.body.id}/redeliver`)
      .set(t.auth('admin'))
      .expect(202);
    expect(again.body.id).toBe(pinged.body.id);
    const received = await receiver.waitFor(2);
    expect(received[1]!.headers['webhook-id']).toBe(received[0]!.headers['webhook-id']);
    await t.http
      .post(`/v1/webhooks/${hook.id}/deliveries/01939d5e-0000-7000-8000-000000000000/redeliver`)
      .set(t.auth('admin'))
      .expect(404);
  });
});

describe('no request forgery', () => {
  it('refuses internal targets however they are written', async () => {
    const t = track(await buildTestApp(webhooks({ allowPrivate: false })));
    for (const url of [
      'http://127.0.0.1/hook',
      'http://127.1/hook',
      'http://0x7f.0.0.1/hook',
      'http://2130706433/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[::ffff:a9fe:a9fe]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.1.2.3/',
      'http://192.168.0.1/',
      'http://localhost:3000/',
      'http://0.0.0.0/',
      'ftp://example.org/',
      'http://user:pass@example.org/',
    ]) {
      const response = await t.http.post('/v1/webhooks').set(t.auth('admin')).send({ url });
      expect({ url, status: response.status }).toEqual({ url, status: 400 });
      expect(response.body.errors[0].path).toBe('url');
    }
    await t.http.post('/v1/webhooks').set(t.auth('admin')).send({ url: 'https://hooks.example.org/x' }).expect(201);
  });

  it('checks the address actually connected to, after DNS', async () => {
    const receiver = track(await startReceiver());
    const refused = await post(
      `http://localhost:${receiver.port}/hook`,
      '{}',
      {},
      { timeoutMs: 1000, allowPrivate: false },
    );
    expect(refused.error).toMatch(/^refused: localhost resolves only to internal addresses/);
    expect(receiver.received).toHaveLength(0);
    const allowed = await post(
      `http://localhost:${receiver.port}/hook`,
      '{}',
      {},
      { timeoutMs: 1000, allowPrivate: true },
    );
    expect(allowed.status).toBe(204);
  });

  it('classifies addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.1.1',
      '100.64.0.1',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0.0.0.0',
      '224.0.0.1',
    ]) {
      expect({ address, internal: isInternalAddress(address) }).toEqual({ address, internal: true });
    }
    for (const address of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111'])
      expect({ address, internal: isInternalAddress(address) }).toEqual({ address, internal: false });
  });
});

describe('the change feed', () => {
  it('lets an offline client catch up across create, update, unpublish and delete, also after a restart; what is withdrawn leaves the public history', async () => {
    const database = await lastingDatabase();
    const first = await buildTestApp({ database });
    const start = (await first.http.get('/v1/changes').expect(200)).body.meta.nextCursor;
    const article = (
      await first.http
        .post('/v1/articles')
        .set(first.auth())
        .send(factories.article({ title: 'Feed story', status: 'published' }))
        .expect(201)
    ).body;
    await first.http.patch(`/v1/articles/${article.id}`).set(first.auth()).send({ subtitle: 'Updated' }).expect(200);
    const draft = (
      await first.http
        .post('/v1/articles')
        .set(first.auth())
        .send(factories.article({ title: 'Secret draft' }))
        .expect(201)
    ).body;
    await first.http.post('/v1/articles').set(first.auth()).send({ title: '' }).expect(400);
    const early = (await first.http.get(`/v1/changes?since=${start}`).expect(200)).body;
    expect(early.data.map((change: { type: string; id: string }) => [change.type, change.id])).toEqual([
      ['article.published', article.id],
      ['article.updated', article.id],
    ]);
    expect(early.data[1].data).toMatchObject({ subtitle: 'Updated' });
    await first.close();

    const second = track(await buildTestApp({ database }));
    await second.http.patch(`/v1/articles/${article.id}`).set(second.auth()).send({ status: 'draft' }).expect(200);
    await second.http.patch(`/v1/articles/${article.id}`).set(second.auth()).send({ status: 'published' }).expect(200);
    await second.http.delete(`/v1/articles/${article.id}`).set(second.auth()).expect(204);

    // The article is gone: a client catching up (from the start, or from where it had read to)
    // learns that, and reads none of what it said any more; only its tombstones stay.
    const publicFeed = (await second.http.get(`/v1/changes?since=${start}`).expect(200)).body;
    const tombstones = [
      ['article.unpublished', 'delete', article.id],
      ['article.deleted', 'delete', article.id],
    ];
    const shape = (feed: { data: { type: string; operation: string; id: string }[] }) =>
      feed.data.map((change) => [change.type, change.operation, change.id]);
    expect(shape(publicFeed)).toEqual(tombstones);
    expect(shape((await second.http.get(`/v1/changes?since=${early.meta.nextCursor}`).expect(200)).body)).toEqual(
      tombstones,
    );
    expect(publicFeed.data[0].data).toEqual({ id: article.id, slug: 'feed-story' });
    expect(JSON.stringify(publicFeed)).not.toContain('Secret draft');
    expect(JSON.stringify(publicFeed)).not.toContain('Updated');

    // Editors read the whole history, private changes included.
    const editorFeed = (await second.http.get(`/v1/changes?since=${start}`).set(second.auth()).expect(200)).body;
    expect(editorFeed.data.some((change: { id: string }) => change.id === draft.id)).toBe(true);
    expect(
      editorFeed.data
        .filter((change: { id: string }) => change.id === article.id)
        .map((change: { type: string }) => change.type),
    ).toEqual([
      'article.created',
      'article.published',
      'article.updated',
      'article.updated',
      'article.unpublished',
      'article.updated',
      'article.published',
      'article.deleted',
    ]);

    // Paging with the cursor gives the same sequence, and an up-to-date client gets nothing new.
    const paged: string[] = [];
    let cursor = start;
    for (;;) {
      const page = (await second.http.get(`/v1/changes?since=${cursor}&limit=2`).expect(200)).body;
      if (page.data.length === 0) break;
      paged.push(...page.data.map((change: { eventId: string }) => change.eventId));
      cursor = page.meta.nextCursor;
    }
    expect(paged).toEqual(publicFeed.data.map((change: { eventId: string }) => change.eventId));
    expect((await second.http.get(`/v1/changes?since=${cursor}`).expect(200)).body).toEqual({
      data: [],
      meta: { limit: 100, nextCursor: cursor },
    });
    await second.http.get('/v1/changes?since=garbage').expect(400);
  });

  it('records authors, images and related links: upserts, then tombstones, private until public', async () => {
    const t = track(await buildTestApp());
    const start = (await t.http.get('/v1/changes').expect(200)).body.meta.nextCursor;
    const author = (
      await t.http
        .post('/v1/authors')
        .set(t.auth())
        .send(factories.author({ email: 'private@example.org' }))
        .expect(201)
    ).body;
    const image = (await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201)).body;
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ status: 'published', authorIds: [author.id], featuredImageId: image.id }))
        .expect(201)
    ).body;
    const link = (
      await t.http
        .post(`/v1/articles/${article.id}/related`)
        .set(t.auth())
        .send({ url: 'https://example.org/x' })
        .expect(201)
    ).body;
    await t.http.patch(`/v1/authors/${author.id}`).set(t.auth()).send({ bio: 'Now public' }).expect(200);
    await t.http.delete(`/v1/articles/${article.id}/related/${link.id}`).set(t.auth()).expect(204);
    const changes = (body: { data: { type: string; operation: string; data: Record<string, unknown> }[] }) =>
      body.data
        .filter((change) => !change.type.startsWith('article.'))
        .map((change) => [change.type, change.operation]);
    const editor = (await t.http.get(`/v1/changes?since=${start}`).set(t.auth()).expect(200)).body;
    expect(changes(editor)).toEqual([
      ['author.created', 'upsert'],
      ['image.created', 'upsert'],
      ['relatedLink.created', 'upsert'],
      ['author.updated', 'upsert'],
      ['relatedLink.deleted', 'delete'],
    ]);
    expect(editor.data.find((change: { type: string }) => change.type === 'author.created').data.email).toBe(
      'private@example.org',
    );
    // Before the article was published the author and image were private; afterwards they are
    // public, without the email. The link is deleted: its tombstone stays, its upsert left.
    const publicFeed = (await t.http.get(`/v1/changes?since=${start}`).expect(200)).body;
    expect(changes(publicFeed)).toEqual([
      ['author.updated', 'upsert'],
      ['relatedLink.deleted', 'delete'],
    ]);
    expect(JSON.stringify(publicFeed)).not.toContain('private@example.org');
    expect(publicFeed.data.at(-1).data).toEqual({ id: link.id, articleId: article.id });
  });

  it('announces a scheduled article when its time comes', async () => {
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const t = track(await buildTestApp({}, { now: () => new Date(clock).toISOString() }));
    const receiver = track(await startReceiver());
    await subscribe(t, receiver.url, { eventTypes: ['article.published'] });
    const scheduled = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ status: 'published', publishedAt: '2026-01-02T00:00:00Z' }))
        .expect(201)
    ).body;
    await new Promise((wait) => setTimeout(wait, 200));
    expect(receiver.received).toHaveLength(0);
    clock = Date.parse('2026-01-02T00:00:01Z');
    const [request] = await receiver.waitFor(1);
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'article.published', data: { id: scheduled.id } });
    const feed = (await t.http.get('/v1/changes').expect(200)).body.data;
    expect(feed.map((change: { type: string }) => change.type)).toEqual(['article.published']);
  });
});
