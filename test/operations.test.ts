// Health, readiness and metrics over HTTP: liveness always answers; readiness says which check
// fails (here: a webhook delivery that waits too long); /metrics has requests by route and
// status, delivery outcomes, the database's size and the webhook backlog, in Prometheus's format.
import { statSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { openEngine } from '../src/db/open.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { startReceiver, until } from './helpers/receiver.js';
import { sqliteClient } from './helpers/tables.js';
import { lastingDatabase, onEngine } from './helpers/test-database.js';

let t: TestApp;
let clock = Date.now();
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  // The receiver answers the first delivery and holds every later one: a claimed delivery then
  // waits, and the webhook's lag grows with the test's clock.
  receiver = await startReceiver((_request, count) => (count === 1 ? 204 : 'hang'));
  t = await buildTestApp(
    {
      webhooks: { ...testConfig().webhooks, timeoutMs: 60_000 },
      operations: { ...testConfig().operations, workerMaxLagMs: 60_000 },
    },
    { now: () => new Date(clock).toISOString() },
  );
  await t.http
    .post('/v1/webhooks')
    .set(t.auth('admin'))
    .send({ url: receiver.url, eventTypes: ['author.created'] })
    .expect(201);
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

describe('operations', () => {
  it('answers liveness and readiness, and readiness names a webhook backlog that waits too long', async () => {
    expect((await t.http.get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
    expect((await t.http.get('/readyz').expect(200)).body).toEqual({ status: 'ready' });
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    await receiver.waitFor(1);
    await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201);
    await receiver.waitFor(2);
    clock += 10 * 60_000;
    const response = await t.http.get('/readyz').expect(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'UNAVAILABLE', errors: [{ path: 'worker' }] });
    expect((await t.http.get('/healthz').expect(200)).body).toEqual({ status: 'ok' });
  });

  it('serves Prometheus metrics: requests by route and status, deliveries, database and backlog', async () => {
    await t.http.get('/v1/articles').expect(200);
    await t.http.get('/v1/articles/no-such-article').expect(404);
    await until(async () =>
      (await t.http.get('/metrics')).text.includes('newsdesk_webhook_deliveries_total{outcome="delivered"} 1'),
    );
    const metrics = await t.http.get('/metrics').expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toMatch(
      /newsdesk_http_request_duration_seconds_count\{method="GET",route="\/v1\/articles",status="200"\} \d+/,
    );
    expect(metrics.text).toMatch(
      /newsdesk_http_request_duration_seconds_count\{method="GET",route="\/v1\/articles\/:idOrSlug",status="404"\} 1/,
    );
    expect(metrics.text).toMatch(/newsdesk_database_bytes \d+/);
    expect(metrics.text).toMatch(/newsdesk_webhook_backlog 1/);
    expect(metrics.text).toMatch(/newsdesk_webhook_lag_seconds \d+/);
    expect(metrics.text).toMatch(/newsdesk_process_resident_memory_bytes \d+/);
  });
});

describe.skipIf(!onEngine('sqlite'))('the change stamp on one connection', () => {
  it("moves with the connection's own commits on a bulk-loaded file, where data_version does not", async () => {
    const engine = await openEngine(await lastingDatabase(), { bulkLoad: true });
    try {
      const before = await engine.changeStamp();
      expect(await engine.read.changeStamp?.()).toBe(before);
      await engine.transaction((tx) =>
        tx.execute(sql`insert into search_terms (term, key) values ('quorvath', 'quorvath')`),
      );
      expect(await engine.changeStamp()).not.toBe(before);
    } finally {
      await engine.close();
    }
  });
});

describe.skipIf(!onEngine('sqlite'))('the WAL', () => {
  it('is bounded: cut back to 64 MiB after a checkpoint, emptied by the periodic truncating one', async () => {
    const app = await buildTestApp({ database: await lastingDatabase() });
    try {
      const client = sqliteClient(app.app);
      expect(client.pragma('journal_size_limit', { simple: true })).toBe(64 * 1024 * 1024);
      for (let i = 0; i < 20; i++)
        await app.http.post('/v1/articles').set(app.auth()).send(factories.article()).expect(201);
      const wal = `${client.name}-wal`;
      expect(statSync(wal).size).toBeGreaterThan(0);
      await app.app.ctx.engine.maintain();
      expect(statSync(wal).size).toBe(0);
      // Nothing written since: the next rounds commit nothing and checkpoint nothing, so the
      // change stamp that 304s are answered by stays as it was; a write re-arms them.
      const stamp = await app.app.ctx.engine.changeStamp();
      await app.app.ctx.engine.maintain();
      await app.app.ctx.engine.maintain();
      expect(await app.app.ctx.engine.changeStamp()).toBe(stamp);
      await app.http.post('/v1/articles').set(app.auth()).send(factories.article()).expect(201);
      expect(statSync(wal).size).toBeGreaterThan(0);
      await app.app.ctx.engine.maintain();
      expect(statSync(wal).size).toBe(0);
    } finally {
      await app.close();
    }
  });
});
