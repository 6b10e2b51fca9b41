// Request ids (issue 18): every response carries X-Request-Id — the caller's when it is 1–128
// visible ASCII characters, else a new one — every problem body carries the same id, and it is the
// `reqId` of the request's log lines. A real server process, so the log is the one `npm start`
// writes; raw sockets for what Node refuses before there is a request.
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';

let server: ServerProcess;
beforeAll(async () => {
  const dir = tempDir('newsdesk-request-id-');
  server = await startServer({
    DATABASE_URL: join(dir, 'newsdesk.db'),
    MEDIA_DIR: join(dir, 'media'),
    SEED_ON_START: 'false',
    LOG_LEVEL: 'info',
  });
}, 60_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
});

type LogLine = {
  reqId?: string;
  msg?: string;
  level?: number;
  code?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
};
/** The log lines that name `reqId`, once the server has written them. */
async function logLinesOf(reqId: string, atLeast = 1): Promise<LogLine[]> {
  for (let tries = 0; ; tries++) {
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.reqId === reqId);
    if (lines.length >= atLeast || tries > 50) return lines;
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** One raw request on a fresh connection; the response's head and body as the server closed it. */
function raw(bytes: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(server.baseUrl).port), '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
    socket.end(bytes);
  });
}

describe('X-Request-Id', () => {
  it("keeps a caller's valid id: on the response and in the log", async () => {
    const sent = 'trace-4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await fetch(`${server.baseUrl}/healthz`, { headers: { 'X-Request-Id': sent } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(sent);
    // One access line per request, when it ends, with the method, URL and status.
    const [line, ...others] = await logLinesOf(sent);
    expect(others).toEqual([]);
    expect(line).toMatchObject({
      msg: 'request completed',
      req: { method: 'GET', url: '/healthz' },
      res: { statusCode: 200 },
    });
  });

  it('generates one when none is sent, and replaces one that is not 1–128 visible ASCII characters', async () => {
    const none = await fetch(`${server.baseUrl}/healthz`);
    expect(none.headers.get('x-request-id')).toMatch(uuid);
    for (const invalid of ['two words', 'x'.repeat(129), 'caf\u00e9']) {
      // fetch would refuse some of these values itself: each goes on a raw socket.
      const response = await raw(
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: ${invalid}\r\nConnection: close\r\n\r\n`,
      );
      expect(response.status).toBe(200);
      expect(response.headers['x-request-id']).toMatch(uuid);
    }
    const longest = 'y'.repeat(128);
    expect(
      (await fetch(`${server.baseUrl}/healthz`, { headers: { 'X-Request-Id': longest } })).headers.get('x-request-id'),
    ).toBe(longest);
  });

  it('logs no credentials: neither a token nor a cookie reaches a line', async () => {
    const id = 'r-credentials';
    for (const path of ['/v1/articles', '/v1/tokens'])
      await fetch(server.baseUrl + path, {
        headers: {
          'x-request-id': id,
          authorization: 'Bearer nd_not-a-real-token-secret',
          cookie: 'session=cookie-secret',
        },
      });
    const lines = await logLinesOf(id, 4);
    // Each request's refusal is logged, then its access line.
    expect(lines.flatMap((line) => (line.res ? [line.res.statusCode] : []))).toEqual([401, 401]);
    expect(JSON.stringify(lines)).not.toMatch(/secret|authorization|cookie/i);
  });

  it('is in every problem body, the same as the header and the log line', async () => {
    const missing = await fetch(`${server.baseUrl}/v1/articles/no-such-story`, {
      headers: { 'X-Request-Id': 'r-404' },
    });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-request-id')).toBe('r-404');
    expect(await missing.json()).toMatchObject({ code: 'ARTICLE_NOT_FOUND', requestId: 'r-404' });
    expect(await logLinesOf('r-404', 3)).toEqual(
      expect.arrayContaining([expect.objectContaining({ msg: 'request rejected', code: 'ARTICLE_NOT_FOUND' })]),
    );

    // Refused by a hook (no token for a write), by the router (an escape that does not decode), or
    // because no route matches: each before any handler runs.
    for (const [method, path, status] of [
      ['POST', '/v1/articles', 401],
      ['GET', '/v1/articles/%E0%A4%A', 400],
      ['GET', '/nothing-here', 404],
    ] as const) {
      const response = await fetch(`${server.baseUrl}${path}`, { method });
      expect(response.status).toBe(status);
      const id = response.headers.get('x-request-id')!;
      expect(id).toMatch(uuid);
      expect(await response.json()).toMatchObject({ status, requestId: id });
      expect((await logLinesOf(id)).length).toBeGreaterThan(0);
    }
  });

  it('is in the answers Node gives before there is a request, and in their log lines', async () => {
    const malformed = await raw('GARBAGE\r\n\r\n');
    expect(malformed.status).toBe(400);
    const id = malformed.headers['x-request-id']!;
    expect(id).toMatch(uuid);
    expect(JSON.parse(malformed.body)).toMatchObject({ code: 'VALIDATION_FAILED', requestId: id });
    expect(await logLinesOf(id)).toEqual([
      expect.objectContaining({ msg: 'request rejected before routing', code: 'VALIDATION_FAILED' }),
    ]);

    // Node's Expect check has parsed the request: the caller's id is kept there too.
    const expectation = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: r-417\r\nExpect: teapot\r\n\r\n');
    expect(expectation.status).toBe(417);
    expect(expectation.headers['x-request-id']).toBe('r-417');
    expect(JSON.parse(expectation.body)).toMatchObject({ code: 'EXPECTATION_FAILED', requestId: 'r-417' });
    expect(await logLinesOf('r-417')).toEqual([
      expect.objectContaining({ msg: 'request rejected before routing', code: 'EXPECTATION_FAILED' }),
    ]);
  });
});
