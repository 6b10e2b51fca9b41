// Crash safety of the real server process: a write acknowledged with 2xx survives `kill -9`
// intact, nothing half-written is ever visible, and SIGTERM under load lets in-flight requests
// finish before the process exits cleanly.
import { Agent, get as httpGet, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseProblems, prepareDatabase, runPool, withConnection } from './helpers/database-files.js';
import { until } from './helpers/receiver.js';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';

const started: ServerProcess[] = [];
afterEach(() => {
  for (const server of started.splice(0))
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
});

async function start(env: Record<string, string>): Promise<ServerProcess> {
  // In-process (node --import tsx): SIGKILL must hit the server itself, not a CLI wrapping it.
  const server = await startServer(env, { inProcess: true });
  started.push(server);
  return server;
}

function serverEnv(dir: string): Record<string, string> {
  return {
    DATABASE_URL: join(dir, 'newsdesk.db'),
    MEDIA_DIR: join(dir, 'media'),
    SEED_ON_START: 'false',
    WRITE_RATE_LIMIT_PER_MINUTE: '100000',
  };
}

/** A word of letters only, unique per index, that full-text search finds exactly. */
const word = (index: number) => `crash${[...String(index)].map((digit) => 'abcdefghij'[Number(digit)]).join('')}`;

type Ack = { id: string; version: number; title: string };

describe('kill -9 in the middle of a burst of writes', () => {
  it('keeps every acknowledged write intact, shows nothing half-written, and replays unacknowledged creates once', async () => {
    const dir = tempDir('newsdesk-crash-');
    const env = serverEnv(dir);
    const { tokens, authorId } = await prepareDatabase(env.DATABASE_URL!);
    const headers = { authorization: `Bearer ${tokens.editor}`, 'content-type': 'application/json' };
    const first = await start(env);

    const TOTAL = 200;
    const KILL_AFTER = 60;
    const acks: Ack[] = [];
    const known: Ack[] = []; // articles whose creation was acknowledged, for PATCHes to aim at
    const unacknowledgedCreates: { key: string; body: string }[] = [];
    const createBody = (index: number) =>
      JSON.stringify({
        title: `Crash ${word(index)}`,
        body: [{ type: 'paragraph', text: `Body of ${word(index)}.` }],
        authorIds: [authorId],
        tags: ['crash', `t${index % 5}`],
      });
    let createCount = 0;
    let killed = false;

    await runPool(TOTAL, 20, async (index) => {
      const target = index >= 20 && index % 2 === 1 ? known[index % known.length] : undefined;
      const [url, init] = target
        ? [
            `${first.baseUrl}/v1/articles/${target.id}`,
            {
              method: 'PATCH',
              headers,
              body: JSON.stringify({ title: `Patched ${word(index)}`, tags: ['crash', 'patched'] }),
            },
          ]
        : [
            `${first.baseUrl}/v1/articles`,
            { method: 'POST', headers: { ...headers, 'idempotency-key': `crash-${index}` }, body: createBody(index) },
          ];
      if (!target) createCount++;
      const answer = await fetch(url, init).then(
        async (response) => ({ status: response.status, body: await response.json() }),
        (error: unknown) => {
          // The connection died with the server: the write may or may not have committed.
          if (!killed) throw error;
          return undefined;
        },
      );
      if (answer) {
        expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
        const ack = { id: answer.body.id, version: answer.body.version, title: answer.body.title };
        acks.push(ack);
        if (!target) known.push(ack);
      } else if (!target) unacknowledgedCreates.push({ key: `crash-${index}`, body: createBody(index) });
      if (!killed && acks.length >= KILL_AFTER) {
        killed = true;
        first.child.kill('SIGKILL');
      }
    });
    expect(await first.exited).toBeNull();
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acks.length).toBeLessThan(TOTAL);

    // Restarted on the same file: every acknowledged version is there, as it was acknowledged.
    const second = await start(env);
    const get = async (path: string) => {
      const response = await fetch(`${second.baseUrl}${path}`, { headers });
      return { status: response.status, body: await response.json() };
    };
    for (const ack of acks) {
      const revision = await get(`/v1/articles/${ack.id}/revisions/${ack.version}`);
      expect(revision.status, `${ack.id} v${ack.version}`).toBe(200);
      expect(revision.body.article).toMatchObject({ id: ack.id, version: ack.version, title: ack.title });
      const current = await get(`/v1/articles/${ack.id}`);
      expect(current.body.version).toBeGreaterThanOrEqual(ack.version);
      // Findable through the search index, written in the same transaction.
      const found = await get(`/v1/articles?q=${current.body.title.split(' ')[1]}&fields=id`);
      expect(found.body.data.map((article: { id: string }) => article.id)).toContain(ack.id);
    }

    // A client retrying what it never heard back about gets the committed answer or a new
    // article — never both: each create exists exactly once.
    for (const create of unacknowledgedCreates) {
      const response = await fetch(`${second.baseUrl}/v1/articles`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': create.key },
        body: create.body,
      });
      expect(response.status).toBe(201);
    }
    const total = await get('/v1/articles?count=true&limit=1');
    expect(total.body.meta.total).toBe(createCount);

    // Nothing half-written anywhere in the file, and each acknowledged version has its outbox event.
    expect(databaseProblems(env.DATABASE_URL!)).toEqual([]);
    const eventFor = (ack: Ack) =>
      withConnection(env.DATABASE_URL!, (db) =>
        db
          .prepare("select count(*) from events where resource_id = ? and json_extract(data, '$.version') = ?")
          .pluck()
          .get(ack.id, ack.version),
      );
    for (const ack of acks) expect(eventFor(ack), `${ack.id} v${ack.version}`).toBeGreaterThanOrEqual(1);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});

/** A POST whose body is sent in two halves: the request is in flight between them. */
function slowPost(baseUrl: string, path: string, token: string, body: string) {
  const url = new URL(path, baseUrl);
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let finish!: () => void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': bytes.length,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    request.on('error', reject);
    request.write(bytes.subarray(0, half));
    finish = () => request.end(bytes.subarray(half));
  });
  return { answer, finish: () => finish() };
}

/** A GET over a kept-alive connection (node:http, so the socket is reused). */
function keptAliveGet(agent: Agent, url: string): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((done, fail) => {
    httpGet(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => done({ status: response.statusCode ?? 0, connection: response.headers.connection }));
    }).on('error', fail);
  });
}

describe('SIGTERM under load', () => {
  it('drains: readiness fails at once, requests are served through the drain, in-flight ones finish, then it exits 0', async () => {
    const dir = tempDir('newsdesk-sigterm-');
    const env: Record<string, string> = { ...serverEnv(dir), SHUTDOWN_DRAIN_MS: '1500' };
    const { tokens } = await prepareDatabase(env.DATABASE_URL!);
    const server = await start(env);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await keptAliveGet(agent, `${server.baseUrl}/v1/articles`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);

    const inFlight = Array.from({ length: 10 }, (_, index) =>
      slowPost(
        server.baseUrl,
        '/v1/articles',
        tokens.editor,
        JSON.stringify({ title: `In flight ${index}`, body: [{ type: 'paragraph', text: 'x'.repeat(2_000) }] }),
      ),
    );
    // The server has read every request's headers once a later request on another connection is answered.
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);

    server.child.kill('SIGTERM');
    // Readiness fails first, so a load balancer stops sending traffic…
    await until(async () => (await fetch(`${server.baseUrl}/readyz`)).status === 503, 1_000);
    // …while what still arrives is served, the kept-alive connection told to close (no reset).
    const drained = await keptAliveGet(agent, `${server.baseUrl}/v1/articles`);
    expect(drained).toEqual({ status: 200, connection: 'close' });

    // After the drain the listening socket closes: a new connection is refused…
    const deadline = Date.now() + 5_000;
    let refused = false;
    while (!refused && Date.now() < deadline) {
      refused = await fetch(`${server.baseUrl}/healthz`).then(
        () => false,
        (error: { cause?: { code?: string } }) => error.cause?.code === 'ECONNREFUSED',
      );
      if (!refused) await new Promise((wait) => setTimeout(wait, 20));
    }
    expect(refused).toBe(true);
    expect(server.child.exitCode).toBeNull();

    // …and the requests already in flight complete normally.
    for (const request of inFlight) request.finish();
    const answers = await Promise.all(inFlight.map((request) => request.answer));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(await server.exited).toBe(0);
    agent.destroy();

    const titles = withConnection(env.DATABASE_URL!, (db) =>
      db.prepare("select title from articles where title like 'In flight %' order by title").pluck().all(),
    );
    expect(titles).toEqual(Array.from({ length: 10 }, (_, index) => `In flight ${index}`));
    expect(databaseProblems(env.DATABASE_URL!)).toEqual([]);
  });
});
