// Many stateless nodes over one database (a PostgreSQL database, or one SQLite file shared by
// processes on one machine): three real server processes, a mixed burst
// of writes and reads spread across them, one node killed with SIGKILL mid-burst. Nothing
// acknowledged is lost, a retried create (same Idempotency-Key, another node) creates once, each
// scheduled article is announced once, every event reaches the webhook (and at most the
// deliveries the dead node had claimed twice), and the survivors keep serving. A change made
// through one node holds on the others at once: a revoked token, a new webhook, a new version.
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../src/db/open.js';
import { openEngine } from '../src/db/open.js';
import { prepareDatabase, runPool } from './helpers/database-files.js';
import { startReceiver, until } from './helpers/receiver.js';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';
import { lastingDatabase } from './helpers/test-database.js';

const servers: ServerProcess[] = [];
afterAll(() => {
  for (const server of servers.splice(0))
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
});

async function query<T>(database: DatabaseTarget, text: ReturnType<typeof sql>): Promise<T[]> {
  const engine = await openEngine(database);
  try {
    return await engine.read.rows<T>(text);
  } finally {
    await engine.close();
  }
}

describe('three server processes over one database', () => {
  it('survive a node killed mid-burst: no acknowledged write lost, each announcement and delivery once', async () => {
    const database = await lastingDatabase();
    const { tokens, authorId } = await prepareDatabase(database);
    const dir = tempDir('newsdesk-nodes-');
    const env = {
      DATABASE_URL: database.kind === 'postgres' ? database.url : database.path,
      MEDIA_DIR: `${dir}/media`,
      SEED_ON_START: 'false',
      WRITE_RATE_LIMIT_PER_MINUTE: '100000',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_TIMEOUT_MS: '3000',
    };
    const nodes = await Promise.all([0, 1, 2].map(() => startServer(env, { inProcess: true })));
    servers.push(...nodes);
    const [a, b, c] = nodes as [ServerProcess, ServerProcess, ServerProcess];
    const receiver = await startReceiver();
    const editor = { authorization: `Bearer ${tokens.editor}`, 'content-type': 'application/json' };
    const admin = { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/json' };

    // A webhook made through one node is delivered to by all of them (subscriptions are read per event).
    const hook = await (
      await fetch(`${a.baseUrl}/v1/webhooks`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ url: receiver.url }),
      })
    ).json();
    expect(hook.id).toBeDefined();
    // Scheduled to come due during the burst: every node's scheduler sees it.
    const dueAt = new Date(Date.now() + 1_500).toISOString();
    const scheduled = await (
      await fetch(`${b.baseUrl}/v1/articles`, {
        method: 'POST',
        headers: editor,
        body: JSON.stringify({
          title: 'Scheduled across nodes',
          status: 'published',
          publishedAt: dueAt,
          authorIds: [authorId],
        }),
      })
    ).json();

    const acknowledged = new Map<string, number>();
    let killed = false;
    const alive = () => (killed ? [a, b] : nodes);
    const TOTAL = 240;
    await runPool(TOTAL, 12, async (index) => {
      if (index === TOTAL / 2 && !killed) {
        killed = true;
        c.child.kill('SIGKILL');
      }
      const node = alive()[index % alive().length]!;
      const key = `burst-${index}`;
      const body = JSON.stringify({
        title: `Burst ${index}`,
        status: index % 3 === 0 ? 'published' : 'draft',
        authorIds: [authorId],
      });
      const create = async (target: ServerProcess) =>
        fetch(`${target.baseUrl}/v1/articles`, {
          method: 'POST',
          headers: { ...editor, 'idempotency-key': key },
          body,
        });
      let response = await create(node).catch(() => undefined);
      // A node that died took the request with it: the same key on a survivor creates it once.
      if (!response || response.status >= 500) response = await create(a);
      expect(response.status).toBe(201);
      const created = await response.json();
      acknowledged.set(created.id, created.version);
      if (index % 4 === 0) {
        const patched = await fetch(`${alive()[(index + 1) % alive().length]!.baseUrl}/v1/articles/${created.id}`, {
          method: 'PATCH',
          headers: { ...editor, 'if-match': response.headers.get('etag')! },
          body: JSON.stringify({ subtitle: `Changed on another node ${index}` }),
        }).catch(() => undefined);
        if (patched?.status === 200) acknowledged.set(created.id, (await patched.json()).version);
      }
      const read = await fetch(`${alive()[(index + 2) % alive().length]!.baseUrl}/v1/articles?limit=5`).catch(
        () => undefined,
      );
      if (read) expect(read.status).toBe(200);
    });
    expect(await c.exited).toBeNull();

    // Every acknowledged write is there, at the version acknowledged (or later).
    const stored = new Map(
      (await query<{ id: string; version: number }>(database, sql`select id, version from articles`)).map((row) => [
        row.id,
        row.version,
      ]),
    );
    for (const [id, version] of acknowledged) expect(stored.get(id), id).toBeGreaterThanOrEqual(version);
    // One article per idempotency key, whichever nodes the retries went to.
    expect(
      (await query<{ n: number }>(database, sql`select count(*) as n from articles where title like 'Burst %'`))[0]!.n,
    ).toBe(TOTAL);

    // Announced exactly once, by whichever scheduler claimed it.
    await until(async () => {
      const rows = await query<{ n: number }>(
        database,
        sql`select count(*) as n from events where type = 'article.published' and resource_id = ${scheduled.id}`,
      );
      return rows[0]!.n > 0;
    }, 20_000);
    await new Promise((wait) => setTimeout(wait, 500));
    expect(
      (
        await query<{ n: number }>(
          database,
          sql`select count(*) as n from events where type = 'article.published' and resource_id = ${scheduled.id}`,
        )
      )[0]!.n,
    ).toBe(1);

    // Every event is delivered; only a delivery the dead node had claimed may arrive twice.
    const events = (
      await query<{ id: string }>(
        database,
        sql`select id from events where resource_type <> 'webhook' and occurred_at >= ${hook.createdAt as string}`,
      )
    ).map((row) => row.id);
    const queued = await query<{ n: number }>(database, sql`select count(*) as n from webhook_deliveries`);
    expect(queued[0]!.n).toBe(events.length);
    await until(
      () => events.every((id) => receiver.received.some((request) => request.headers['webhook-id'] === id)),
      30_000,
    ).catch(async (error) => {
      const states = await query(
        database,
        sql`select status, attempts, last_error, claimed_until, count(*) as n from webhook_deliveries group by 1, 2, 3, 4`,
      );
      throw new Error(
        `${error}: ${events.length} events, ${receiver.received.length} received; ${JSON.stringify(states)}`,
      );
    });
    // Each result is recorded just after the receiver answers; what the dead node had sent
    // without recording is sent again once its claims lapse (the timeout and a margin).
    await until(async () => {
      const pending = await query<{ n: number }>(
        database,
        sql`select count(*) as n from webhook_deliveries where status <> 'delivered'`,
      );
      return pending[0]!.n === 0;
    }, 30_000);
    // Every delivery sent twice has a cause. A worker claims at most WEBHOOK concurrency (8)
    // deliveries at a time: the dead node may have sent those before it could record them, and a
    // survivor sends them again. An attempt that got no answer in time (a busy machine) is retried,
    // though the receiver may have had it: it is recorded without a status. And a claim that lapsed
    // before its result was recorded (a write queue longer than the claim's margin) is logged by
    // the worker that recorded late.
    const received = receiver.received.map((request) => request.headers['webhook-id'] as string);
    const duplicates = received.length - new Set(received).size;
    const unanswered = Number(
      (await query<{ n: number }>(database, sql`select count(*) as n from webhook_attempts where status is null`))[0]!
        .n,
    );
    const lapsed = nodes
      .map((node) => node.output().split('webhook claim lapsed before its result was recorded').length - 1)
      .reduce((sum, count) => sum + count, 0);
    expect(duplicates, `${unanswered} unanswered, ${lapsed} lapsed claims`).toBeLessThanOrEqual(
      8 + unanswered + lapsed,
    );

    // The survivors keep serving, and a change through one is seen by the other at once.
    const article = [...acknowledged.keys()][0]!;
    const before = await fetch(`${a.baseUrl}/v1/articles/${article}`, { headers: editor });
    expect(before.status).toBe(200);
    const etag = before.headers.get('etag')!;
    const changed = await fetch(`${b.baseUrl}/v1/articles/${article}`, {
      method: 'PATCH',
      headers: editor,
      body: JSON.stringify({ subtitle: 'Newest' }),
    });
    expect(changed.status).toBe(200);
    const stale = await fetch(`${a.baseUrl}/v1/articles/${article}`, {
      method: 'PATCH',
      headers: { ...editor, 'if-match': etag },
      body: JSON.stringify({ subtitle: 'Lost update' }),
    });
    expect(stale.status).toBe(412);
    const post = async (node: ServerProcess, path: string, body: object) =>
      (await fetch(`${node.baseUrl}${path}`, { method: 'POST', headers: admin, body: JSON.stringify(body) })).json();
    const user = await post(b, '/v1/users', { name: 'Night editor', role: 'editor' });
    const revoked = await post(b, '/v1/tokens', { userId: user.id, name: 'short-lived' });
    const deactivated = await post(b, '/v1/tokens', { userId: user.id, name: 'until deactivated' });
    expect(
      (await fetch(`${a.baseUrl}/v1/articles?status=draft`, { headers: { authorization: `Bearer ${revoked.token}` } }))
        .status,
    ).toBe(200);
    expect(
      (
        await fetch(`${b.baseUrl}/v1/tokens/${revoked.id}`, {
          method: 'DELETE',
          headers: { authorization: admin.authorization },
        })
      ).status,
    ).toBe(200);
    expect(
      (await fetch(`${a.baseUrl}/v1/articles?status=draft`, { headers: { authorization: `Bearer ${revoked.token}` } }))
        .status,
    ).toBe(401);
    // A user deactivated on one node: their tokens stop at once on another.
    const asUser = { authorization: `Bearer ${deactivated.token}` };
    expect((await fetch(`${a.baseUrl}/v1/articles?status=draft`, { headers: asUser })).status).toBe(200);
    const patched = await fetch(`${b.baseUrl}/v1/users/${user.id}`, {
      method: 'PATCH',
      headers: admin,
      body: JSON.stringify({ active: false }),
    });
    expect(patched.status).toBe(200);
    expect((await fetch(`${a.baseUrl}/v1/articles?status=draft`, { headers: asUser })).status).toBe(401);
    await receiver.close();
  }, 120_000);
});
