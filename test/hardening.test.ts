// Issue 16, "Nothing takes it down": the edges. Ill-formed text, inlined JSON-LD, animated images,
// slow clients, webhook targets that are internal however they are spelt, and every answer Node or
// Fastify gives before a route runs. Real HTTP servers on 127.0.0.1, raw sockets where the bytes
// matter.
import { connect } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../src/config.js';
import { errorCatalogue } from '../src/lib/errors.js';
import { isInternalAddress } from '../src/modules/webhooks/egress.js';
import { buildTestApp, factories, pathOf, type TestApp } from './helpers/build-test-app.js';
import { startReceiver, until } from './helpers/receiver.js';
import { tempDir } from './helpers/server-process.js';
import { lastingDatabase } from './helpers/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ bodyLimitBytes: 4096, mediaDir: tempDir('newsdesk-hardening-') });
});
afterAll(async () => t.close());

const total = async (resource: string) =>
  (await t.http.get(`/v1/${resource}?count=true`).set(t.auth()).expect(200)).body.meta.total as number;

describe('JSON-LD safe to inline', () => {
  it('escapes what could end the script element, and still parses to the same value', async () => {
    const title = '</script><script>alert(1)</script> & <b>more</b>\u2028\u2029 end';
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title, excerpt: 'One <i>&</i> two' }))
        .expect(201)
    ).body;
    const response = await t.http.get(`/v1/articles/${article.id}/jsonld`).set(t.auth()).expect(200);
    expect(response.text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(response.text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(response.text).toContain('\\u0026');
    expect(response.text).toContain('\\u2028\\u2029');
    const document = JSON.parse(response.text);
    expect(document).toMatchObject({ headline: title, description: 'One <i>&</i> two' });
    // Inlined in a page, the only end of the script element is its own.
    const page = `<script type="application/ld+json">${response.text}</script>`;
    expect(page.match(/<\/script/gi)).toHaveLength(1);
  });

  it('takes the headline from the SEO title, within 110 characters cut at a word, and the description from the SEO description', async () => {
    const words =
      'Ceasefire talks resume in Geneva as negotiators from both sides meet for a third round of discussions';
    const seoTitle = `${words} about the front lines, prisoner exchanges and grain`;
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(
          factories.article({
            title: 'Short title',
            excerpt: 'The excerpt',
            seo: { title: seoTitle, description: 'SEO' },
          }),
        )
        .expect(201)
    ).body;
    const document = JSON.parse((await t.http.get(`/v1/articles/${article.id}/jsonld`).set(t.auth())).text);
    expect(document.description).toBe('SEO');
    expect(document.headline).toMatch(/…$/);
    expect([...document.headline].length).toBeLessThanOrEqual(110);
    const kept = document.headline.slice(0, -1);
    expect(seoTitle.startsWith(kept)).toBe(true);
    expect(seoTitle[kept.length]).toBe(' ');

    const plain = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title: 'Plain title', excerpt: 'Plain excerpt' }))
        .expect(201)
    ).body;
    expect(JSON.parse((await t.http.get(`/v1/articles/${plain.id}/jsonld`).set(t.auth())).text)).toMatchObject({
      headline: 'Plain title',
      description: 'Plain excerpt',
    });
  });
});

describe('webhook egress', () => {
  it('refuses internal targets however their host is spelt', async () => {
    const strict = await buildTestApp({ webhooks: { ...testConfig().webhooks, allowPrivate: false } });
    try {
      for (const url of [
        'http://localhost.:3000/',
        'http://a.localhost./hook',
        'http://LOCALHOST../hook',
        'http://127.0.0.1./hook',
        'http://[::ffff:0:127.0.0.1]/hook',
        'http://[::127.0.0.1]/hook',
        'http://[fec0::1]/hook',
        'http://[3fff::1]/hook',
        'http://[5f00::1]/hook',
        'http://[100:0:0:1::1]/hook',
      ]) {
        const response = await strict.http.post('/v1/webhooks').set(strict.auth('admin')).send({ url });
        expect({ url, status: response.status, path: response.body.errors?.[0]?.path }).toEqual({
          url,
          status: 400,
          path: 'url',
        });
      }
    } finally {
      await strict.close();
    }
  });

  it('classifies the special-purpose IPv6 ranges, and mapped addresses by the IPv4 they carry', () => {
    for (const address of ['::ffff:0:7f00:1', 'fec0::1', '::7f00:1', '3fff::1', '5f00::1', '100:0:0:1::1', '::'])
      expect({ address, internal: isInternalAddress(address) }).toEqual({ address, internal: true });
    for (const address of ['::ffff:8.8.8.8', '::ffff:808:808', '2001:4860:4860::8888'])
      expect({ address, internal: isInternalAddress(address) }).toEqual({ address, internal: false });
  });

  it('fails a delivery refused as internal at connect time at once, with the refusal in its log', async () => {
    const database = await lastingDatabase();
    const receiver = await startReceiver();
    const webhooks = testConfig().webhooks;
    // Subscribed where private targets are allowed (and nothing is delivered)...
    const lax = await buildTestApp({ database, webhooks: { ...webhooks, enabled: false, allowPrivate: true } });
    const hook = (
      await lax.http
        .post('/v1/webhooks')
        .set(lax.auth('admin'))
        .send({ url: `http://localhost:${receiver.port}/hook`, eventTypes: ['author.created'] })
        .expect(201)
    ).body;
    await lax.http.post('/v1/authors').set(lax.auth()).send(factories.author()).expect(201);
    await lax.close();
    // ...then delivered by a server that refuses them: localhost resolves to 127.0.0.1.
    const strict = await buildTestApp({ database, webhooks: { ...webhooks, allowPrivate: false } });
    try {
      const [delivery] = await until(async () => {
        const data = (await strict.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(strict.auth('admin'))).body.data;
        return data[0]?.attempts >= 1 ? data : undefined;
      });
      expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastStatus: null });
      expect(delivery.lastError).toMatch(/^refused: localhost resolves only to internal addresses/);
      expect(delivery.log).toEqual([expect.objectContaining({ error: delivery.lastError })]);
      await new Promise((wait) => setTimeout(wait, 300));
      const again = (await strict.http.get(`/v1/webhooks/${hook.id}/deliveries`).set(strict.auth('admin'))).body.data;
      expect(again[0]).toMatchObject({ status: 'failed', attempts: 1 });
      expect(receiver.received).toHaveLength(0);
    } finally {
      await strict.close();
      await receiver.close();
    }
  });
});

/** A GIF of `frames` 1×1 frames, alternately black and white, written byte by byte (23 bytes a frame). */
/** An animated GIF of `frames` one-pixel frames on a `side`×`side` screen (each frame is decoded
 *  to the whole screen: a larger one makes every frame dearer to process). */
function tinyFramesGif(frames: number, side = 1): Buffer {
  const header = Buffer.from([
    ...Buffer.from('GIF89a'),
    ...[side, 0, side, 0, 0x80, 0, 0], // the screen, with a two-colour table
    ...[0, 0, 0, 255, 255, 255],
    ...[0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0'), 3, 1, 0, 0, 0], // loop forever
  ]);
  const frame = (pixel: 0 | 1) =>
    Buffer.from([
      ...[0x21, 0xf9, 4, 0, 10, 0, 0, 0], // 0.1 s
      ...[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0], // a 1×1 image at 0,0
      ...[2, 2, pixel ? 0x4c : 0x44, 0x01, 0], // LZW: clear, the pixel, end
    ]);
  const [black, white] = [frame(0), frame(1)];
  return Buffer.concat([
    header,
    ...Array.from({ length: frames }, (_, index) => (index % 2 ? white : black)),
    Buffer.from([0x3b]),
  ]);
}

const getBytes = (app: TestApp, url: string) =>
  app.http
    .get(pathOf(url))
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

const uploadFile = (app: TestApp, data: Buffer, filename: string, contentType: string) =>
  app.http.post('/v1/images').set(app.auth()).field('alt', 'Animated').attach('file', data, { filename, contentType });

describe('animated images', () => {
  it('refuses at upload a GIF of 50,000 tiny frames, naming the file and keeping nothing', async () => {
    const gif = tinyFramesGif(50_000);
    expect(gif.length).toBe(1_150_039);
    const before = await total('images');
    const started = performance.now();
    const response = await uploadFile(t, gif, 'frames.gif', 'image/gif').expect(413);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(response.body).toMatchObject({
      code: 'IMAGE_TOO_LARGE',
      errors: [{ path: 'file', message: 'has 50000 frames; the limit is 1000' }],
    });
    expect(await total('images')).toBe(before);
    // An animation within the budget is kept whole.
    const within = await uploadFile(t, tinyFramesGif(1_000), 'ok.gif', 'image/gif').expect(201);
    const stored = (await getBytes(t, within.body.url).expect(200)).body as Buffer;
    expect((await sharp(stored).metadata()).pages).toBe(1_000);
  });

  describe('with a time budget and one image at a time', () => {
    let small: TestApp;
    let url: string;
    beforeAll(async () => {
      small = await buildTestApp({
        mediaDir: tempDir('newsdesk-budget-'),
        media: { maxFrames: 100_000, timeoutSeconds: 1, concurrency: 1, queue: 0 },
      });
      // 20,000 frames: stored well within the budget, but several times the budget for one WebP
      // variant even on a fast machine (10,000 frames' variant once finished within 1 s in CI).
      url = pathOf((await uploadFile(small, tinyFramesGif(20_000), 'slow.gif', 'image/gif').expect(201)).body.url);
    });
    afterAll(async () => small.close());

    it('stops a variant at its time budget, refuses work past the cap at once, and keeps serving', async () => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const slow = small.http.get(`${url}?w=320&format=webp`).then((response) => ({
        response,
        ms: performance.now() - started,
      }));
      await new Promise((wait) => setTimeout(wait, 300));
      const busyStarted = performance.now();
      const busy = await small.http.get(`${url}?w=640&format=webp`).expect(503);
      expect(performance.now() - busyStarted).toBeLessThan(500);
      expect(busy.headers['retry-after']).toBe('2');
      expect(busy.body).toMatchObject({ code: 'UNAVAILABLE' });
      await small.http.get('/healthz').expect(200);

      const { response, ms } = await slow;
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('30');
      expect(response.body).toMatchObject({ code: 'UNAVAILABLE', detail: expect.stringContaining('within 1 s') });
      expect(ms).toBeLessThan(3_000);
      const { user, system } = process.cpuUsage(cpu);
      console.info(
        `variant of 20,000 frames stopped after ${Math.round(ms)} ms, ${Math.round((user + system) / 1e3)} ms CPU`,
      );
      // The original itself is still served.
      await getBytes(small, url).expect(200);
    });

    it('bounds the time an upload may take too', async () => {
      // On a 16×16 screen: about 3.7 s to decode and re-encode on a fast machine (on a 1×1 screen,
      // under 1 s there).
      const response = await uploadFile(small, tinyFramesGif(99_000, 16), 'slower.gif', 'image/gif').expect(413);
      expect(response.body).toMatchObject({
        code: 'IMAGE_TOO_LARGE',
        errors: [{ path: 'file', message: 'takes longer than 1 s to process' }],
      });
    });
  });
});

describe('well-formed Unicode on the way in', () => {
  const postRaw = (body: string | Buffer) =>
    fetch(`${t.baseUrl}/v1/articles`, {
      method: 'POST',
      headers: { ...t.auth(), 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  it('refuses a lone surrogate in a JSON string value or key, naming where it is, and stores nothing', async () => {
    const before = await total('articles');
    for (const [json, path] of [
      ['{"title":"Lone \\ud800 surrogate","body":[{"type":"paragraph","text":"x"}]}', 'title'],
      ['{"title":"Fine","body":[{"type":"paragraph","text":"a \\udc00 b"}]}', 'body.0.text'],
      ['{"title":"Fine","seo":{"\\udbff":"x"}}', 'seo.\uFFFD'],
      ['"\\ud83d"', '(body)'],
    ] as const) {
      const response = await postRaw(json);
      expect({ json, status: response.status }).toEqual({ json, status: 400 });
      const problem = await response.json();
      expect(problem).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path, message: expect.any(String) }] });
    }
    // A surrogate pair is one well-formed character.
    const pair = await postRaw('{"title":"Pair \\ud83d\\ude00 ok","body":[{"type":"paragraph","text":"x"}]}');
    expect(pair.status).toBe(201);
    expect((await pair.json()).title).toBe('Pair 😀 ok');
    expect(await total('articles')).toBe(before + 1);
  });

  it('refuses a body whose bytes are not UTF-8 instead of repairing it to U+FFFD', async () => {
    const before = await total('articles');
    const latin1 = Buffer.concat([Buffer.from('{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const response = await postRaw(latin1);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '(body)' }] });
    // CESU-8, the UTF-8 spelling of a surrogate, is not UTF-8 either.
    const cesu = Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    expect((await postRaw(cesu)).status).toBe(400);
    expect(await total('articles')).toBe(before);
  });

  it('refuses multipart text fields that are not UTF-8, or hold a lone surrogate', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0af' } })
      .png()
      .toBuffer();
    const boundary = 'newsdesk-boundary';
    const form = (field: Buffer, fieldHeaders = '') =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="alt"\r\n${fieldHeaders}\r\n`),
        field,
        Buffer.from(
          `\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
        ),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    const upload = (body: Buffer) =>
      fetch(`${t.baseUrl}/v1/images`, {
        method: 'POST',
        headers: { ...t.auth(), 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: new Uint8Array(body),
      });
    const before = await total('images');
    for (const body of [
      form(Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xff])),
      form(Buffer.from('"Lone \\ud800"'), 'Content-Type: application/json\r\n'),
    ]) {
      const response = await upload(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'alt' }] });
    }
    expect(await total('images')).toBe(before);
    expect((await upload(form(Buffer.from('Київ уночі')))).status).toBe(201);
  });

  it('refuses query parameters whose percent-escapes do not decode to UTF-8 text', async () => {
    // Fastify's parser keeps such an escape as its literal text: q would be "%ED%A0%80".
    for (const [query, path] of [
      ['q=%ED%A0%80', 'q'],
      ['q=%F0%9F', 'q'],
      ['q=%zz', 'q'],
      ['limit=5&section=%C0%AF', 'section'],
      ['%ED%A0%80=x', '(query)'],
    ] as const) {
      const response = await t.http.get(`/v1/articles?${query}`).expect(400);
      expect({ query, errors: response.body.errors }).toEqual({
        query,
        errors: [{ path, message: expect.any(String) }],
      });
    }
    await t.http.get('/v1/articles?q=%E2%82%AC+caf%C3%A9').expect(200);
  });
});

const portOf = (app: TestApp) => Number(new URL(app.baseUrl).port);

type RawResponse = { status: number; headers: Record<string, string>; body: string; closed: boolean; ms: number };

/**
 * Writes `chunks` to a fresh connection (one every `gapMs`, when given) and reads one response: done
 * when its Content-Length has arrived (or, `untilClosed`, not before) or the server closes the connection.
 */
function rawRequest(
  port: number,
  chunks: (string | Buffer)[],
  { gapMs = 0, waitMs = 5_000, untilClosed = false } = {},
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let settled = false;
    const parse = (closed: boolean): RawResponse | undefined => {
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return undefined;
      const [statusLine, ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const body = received.subarray(end + 4);
      const length = Number(headers['content-length'] ?? Number.NaN);
      if (!closed && (untilClosed || !(body.length >= length))) return undefined;
      return {
        status: Number(statusLine!.split(' ')[1]),
        headers,
        body: body.toString('utf8'),
        closed,
        ms: performance.now() - started,
      };
    };
    const finish = (closed: boolean) => {
      if (settled) return;
      const response = parse(closed);
      if (!response) {
        if (closed) reject(new Error(`connection closed without a response: ${received.toString('latin1')}`));
        return;
      }
      settled = true;
      clearTimeout(timer);
      clearInterval(writer);
      socket.destroy();
      resolve(response);
    };
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no response within ${waitMs} ms: ${received.toString('latin1')}`));
    }, waitMs);
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    const queue = [...chunks];
    const writeNext = () => {
      const chunk = queue.shift();
      if (chunk !== undefined && socket.writable) socket.write(chunk);
    };
    writeNext();
    const writer = setInterval(writeNext, gapMs || 1);
  });
}

/** A problem+json answer with the security headers, not cached, naming `path` when given. */
function expectProblem(response: RawResponse, status: number, code: string, path?: string) {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  expect(response.headers).toMatchObject({
    'strict-transport-security': expect.stringContaining('max-age='),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  });
  const body = JSON.parse(response.body);
  expect(body).toMatchObject({ status, code, title: errorCatalogue[code as keyof typeof errorCatalogue].title });
  // Even an answer given before there was a request to route names its request id, twice.
  expect(response.headers['x-request-id']).toMatch(/^[\x21-\x7e]{1,128}$/);
  expect(body.requestId).toBe(response.headers['x-request-id']);
  if (path) expect(body.errors).toEqual([{ path, message: expect.any(String) }]);
  return body;
}

describe('timeouts without a proxy', () => {
  let slow: TestApp;
  beforeAll(async () => {
    slow = await buildTestApp({
      // The idle timeout is well past the trickle's 1 s gaps: with both at 1 s, a late byte on a busy
      // machine let the idle timeout close the socket before the request timeout answered.
      timeouts: { headersMs: 500, requestMs: 1_000, connectionMs: 5_000, keepAliveMs: 500 },
    });
  });
  afterAll(async () => slow.close());

  it('answers a body trickled at 1 byte/s with a 408 problem and closes the connection, in the configured time', async () => {
    const head = `POST /v1/articles HTTP/1.1\r\nHost: x\r\nAuthorization: ${slow.auth().Authorization}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n`;
    const trickle = Array.from({ length: 30 }, () => ' ');
    const response = await rawRequest(portOf(slow), [head, ...trickle], { gapMs: 1_000, untilClosed: true });
    expectProblem(response, 408, 'REQUEST_TIMEOUT');
    expect(response.headers.connection).toBe('close');
    expect(response.closed).toBe(true);
    expect(response.ms).toBeGreaterThanOrEqual(1_000);
    // Answered by the request timeout, not the idle one (no finer bound: machines are noisy).
    expect(response.ms).toBeLessThan(5_000);
    console.info(`trickled body: 408 after ${Math.round(response.ms)} ms (REQUEST_TIMEOUT_MS=1000)`);
  });

  it('answers headers trickled in too slowly with a 408 problem', async () => {
    const lines = [
      'GET /healthz HTTP/1.1\r\n',
      'Host: x\r\n',
      'X-One: 1\r\n',
      'X-Two: 2\r\n',
      'X-Three: 3\r\n',
      '\r\n',
    ];
    const response = await rawRequest(portOf(slow), lines, { gapMs: 300 });
    expectProblem(response, 408, 'REQUEST_TIMEOUT');
    expect(response.ms).toBeLessThan(1_000);
  });

  it('takes the timeouts from the environment, refusing combinations Node cannot honour', () => {
    expect(
      loadConfig({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '3000', CONNECTION_TIMEOUT_MS: '4000' }).timeouts,
    ).toEqual({ headersMs: 2_000, requestMs: 3_000, connectionMs: 4_000, keepAliveMs: 5_000 });
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '3000' })).toThrow(
      /^Invalid configuration: HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ CONNECTION_TIMEOUT_MS: '1000' })).toThrow(
      /^Invalid configuration: CONNECTION_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ KEEP_ALIVE_TIMEOUT_MS: 'soon' })).toThrow(
      /^Invalid configuration: KEEP_ALIVE_TIMEOUT_MS/,
    );
  });
});

describe('every answer before a route runs is problem+json', () => {
  const send = (...chunks: (string | Buffer)[]) => rawRequest(portOf(t), chunks);
  const withToken = () => `Authorization: ${t.auth().Authorization}\r\n`;

  const cases: [name: string, chunks: (string | Buffer)[], status: number, code: string, path?: string][] = [
    ['a request without Host', ['GET /healthz HTTP/1.1\r\n\r\n'], 400, 'VALIDATION_FAILED', 'host'],
    [
      'an Expect it cannot meet',
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n'],
      417,
      'EXPECTATION_FAILED',
      'expect',
    ],
    ['a request line that is not HTTP', ['GARBAGE\r\n\r\n'], 400, 'VALIDATION_FAILED'],
    ['an unknown method token', ['BREW /healthz HTTP/1.1\r\nHost: x\r\n\r\n'], 400, 'VALIDATION_FAILED'],
    [
      'headers over 16 KiB',
      [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
      431,
      'HEADERS_TOO_LARGE',
    ],
    [
      'a control character in a header',
      ['GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x01b\r\n\r\n'],
      400,
      'VALIDATION_FAILED',
    ],
    [
      'raw bytes in the URL',
      [Buffer.from('GET /v1/articles?q=\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
      400,
      'VALIDATION_FAILED',
    ],
    [
      'a path escape that does not decode',
      ['GET /v1/articles/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n'],
      400,
      'VALIDATION_FAILED',
      '(url)',
    ],
    ['an unknown route', ['GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n'], 404, 'ROUTE_NOT_FOUND'],
    ['a method the route does not have', ['DELETE /healthz HTTP/1.1\r\nHost: x\r\n\r\n'], 404, 'ROUTE_NOT_FOUND'],
    [
      'Content-Length and Transfer-Encoding together',
      ['POST /v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
      400,
      'VALIDATION_FAILED',
    ],
  ];
  it.each(cases)('%s', async (_name, chunks, status, code, path) => {
    expectProblem(await send(...chunks), status, code, path);
  });

  it('a body of the wrong type, too large, malformed, or shorter than its Content-Length', async () => {
    const post = (headers: string, body: string) =>
      `POST /v1/articles HTTP/1.1\r\nHost: x\r\n${withToken()}${headers}\r\n${body}`;
    expectProblem(
      await send(post('Content-Type: text/plain\r\nContent-Length: 2\r\n', 'hi')),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(
      await send(post('Content-Type: application/json\r\nContent-Length: 5000\r\n', 'x'.repeat(5000))),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(
      await send(post('Content-Type: application/json\r\nContent-Length: 2\r\n', '{x')),
      400,
      'MALFORMED_JSON',
    );
    // The body ends (the client half-closes) before the Content-Length it announced.
    const short = await new Promise<RawResponse>((resolve, reject) => {
      const socket = connect(portOf(t), '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => {
        const [head, body] = received.split('\r\n\r\n');
        const [statusLine, ...lines] = head!.split('\r\n');
        const headers = Object.fromEntries(
          lines.map((line) => [
            line.slice(0, line.indexOf(':')).toLowerCase(),
            line.slice(line.indexOf(':') + 1).trim(),
          ]),
        );
        resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: body ?? '', closed: true, ms: 0 });
      });
      socket.on('error', reject);
      socket.end(post('Content-Type: application/json\r\nContent-Length: 10\r\n', '{}'));
    });
    expectProblem(short, 400, 'VALIDATION_FAILED');
  });

  it('still answers after all of the above', async () => {
    await t.http.get('/healthz').expect(200, { status: 'ok' });
  });
});
