// Property-based fuzzing over real HTTP: every write endpoint gets arbitrary, hostile and
// near-miss bodies (and wrong content types, invalid UTF-8, malformed JSON); every query parameter
// of the list endpoints gets the same. Whatever arrives, the answer is a 2xx or a problem+json
// 4xx, never a 5xx; a 4xx leaves every table exactly as it was; the server stays up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { type Role, roles } from '../src/modules/access/index.js';
import { articleCreateSchema, articleSorts, fieldValues, includeValues } from '../src/modules/articles/schema.js';
import { authorCreateSchema } from '../src/modules/authors/schema.js';
import { imageCreateSchema } from '../src/modules/images/schema.js';
import { relatedLinkCreateSchema } from '../src/modules/related/schema.js';
import { addRelatedLink } from '../src/modules/related/service.js';
import { eventTypes, webhookPatchSchema } from '../src/modules/webhooks/schema.js';
import {
  blockish,
  deeplyNested,
  hugeArray,
  hugeString,
  isoish,
  markdownish,
  nastyString,
  nastyValue,
  nested,
  rawQueryPiece,
  specialStrings,
  urlish,
  uuidish,
} from './helpers/arbitraries.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { tableSnapshot } from './helpers/tables.js';

let t: TestApp;
// Records the fuzzer must be able to aim at (ids, slugs), created once.
const fixture = {
  articleId: '',
  articleSlug: '',
  otherArticleId: '',
  authorId: '',
  authorSlug: '',
  imageId: '',
  imageSlug: '',
  webhookId: '',
  linkId: '',
  cursors: [] as string[],
};

beforeAll(async () => {
  // No webhook worker: nothing writes in the background, so a snapshot before and after a
  // request sees only what the request did (and no delivery goes to a fuzzed URL).
  t = await buildTestApp({ webhooks: { ...testConfig().webhooks, enabled: false } });
  const post = async (path: string, body: object) =>
    (await t.http.post(path).set(t.auth('admin')).send(body).expect(201)).body;
  const image = await post('/v1/images', factories.image());
  const author = await post('/v1/authors', factories.author({ avatarImageId: image.id }));
  const article = await post(
    '/v1/articles',
    factories.article({ status: 'published', authorIds: [author.id], featuredImageId: image.id, tags: ['fuzz'] }),
  );
  const other = await post('/v1/articles', factories.article());
  await post(`/v1/articles/${article.id}/related`, { kind: 'related', targetArticleId: other.id, title: 'Other' });
  const webhook = await post('/v1/webhooks', { url: 'http://127.0.0.1:9/hook' });
  Object.assign(fixture, {
    articleId: article.id,
    articleSlug: article.slug,
    otherArticleId: other.id,
    authorId: author.id,
    authorSlug: author.slug,
    imageId: image.id,
    imageSlug: image.slug,
    webhookId: webhook.id,
  });
  for (const sort of articleSorts.filter((sort) => sort !== 'relevance')) {
    const page = await t.http
      .get(`/v1/articles?limit=1&sort=${encodeURIComponent(sort)}`)
      .set(t.auth())
      .expect(200);
    if (page.body.meta.nextCursor) fixture.cursors.push(page.body.meta.nextCursor);
  }
  await keepLink();
});
afterAll(async () => t?.close());

// ---- The oracle ----

/** Every table's rows, hashed: equal snapshots mean nothing changed. */
const snapshot = () => tableSnapshot(t.app);

/** The database as the last 4xx left it: nothing writes between requests but requests (and currentLinkId). */
let lastSnapshot: Record<string, string> | undefined;

type Request = {
  method: string;
  path: string;
  role?: Role | undefined;
  contentType?: string | undefined;
  body?: string | Buffer | undefined;
  headers?: Record<string, string>;
};
type Answer = { status: number; contentType: string; text: string };

async function send(request: Request): Promise<Answer> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.role) headers.authorization = `Bearer ${t.tokens[request.role]}`;
  if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  const response = await fetch(`${t.baseUrl}${request.path}`, {
    method: request.method,
    headers,
    body:
      typeof request.body === 'string' || request.body === undefined
        ? (request.body ?? null)
        : new Uint8Array(request.body),
    redirect: 'manual',
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

const describeRequest = (request: Request) => {
  const body = request.body === undefined ? '' : String(request.body);
  return `${request.method} ${request.path.slice(0, 300)} (${request.role ?? 'no token'}, ${request.contentType ?? 'no content type'}) ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body}`;
};

/** Sends the request and checks the property; the snapshot is taken around it. */
async function sendAndCheck(request: Request): Promise<Answer> {
  const before = lastSnapshot ?? (await snapshot());
  lastSnapshot = undefined;
  const answer = await send(request);
  const what = `${describeRequest(request)} → ${answer.status} ${answer.text.slice(0, 500)}`;
  expect(answer.status, what).toBeGreaterThanOrEqual(200);
  expect(answer.status, what).toBeLessThan(500);
  if (answer.status >= 300) {
    expect(answer.status, what).toBeGreaterThanOrEqual(400);
    expect(answer.contentType, what).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(answer.text);
    expect(problem, what).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: answer.status,
      detail: expect.any(String),
      code: expect.any(String),
    });
    const after = await snapshot();
    expect(after, `${what}: the database changed`).toEqual(before);
    lastSnapshot = after;
  }
  await keepLink();
  return answer;
}

/** fast-check's parameters, with a short report: the failing request (hostile inputs are up to 100 KB) and how to replay it. */
function runs(numRuns: number): fc.Parameters<unknown[]> {
  return {
    numRuns,
    reporter: (details) => {
      if (!details.failed) return;
      const cause =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `Property failed after ${details.numRuns} runs (replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" }):\n${cause.slice(0, 4_000)}`,
      );
    },
  };
}

async function expectHealthy(): Promise<void> {
  const health = await fetch(`${t.baseUrl}/healthz`);
  expect(health.status).toBe(200);
}

// ---- Bodies ----

/** A string's UTF-8 bytes percent-encoded (lone surrogates become U+FFFD, as any client sends them). */
const encode = (text: string): string =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

const roleArb = fc.oneof(
  { arbitrary: fc.constant<Role>('admin'), weight: 4 },
  { arbitrary: fc.constantFrom<Role>(...roles), weight: 2 },
);

/** Short text that is valid for most text fields but odd: any code point, lone surrogates, RTL, zero-width, NUL. */
const oddText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  fc.constantFrom(...specialStrings.filter((text) => text.length > 0 && text.length <= 100)),
);

/** Date-times that pass validation, at the edges of the range and with any offset. */
const validDateTime = fc
  .tuple(
    fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
    fc.constantFrom('Z', '+00:00', '-23:59', '+14:00', '+05:30'),
  )
  .map(([date, zone]) => date.toISOString().replace('Z', zone));

/** A body block that passes validation, with odd but legal contents. */
const plausibleBlock = () =>
  fc.oneof(
    fc.record({
      type: fc.constant('paragraph'),
      text: fc.oneof(markdownish, oddText).filter((text) => text.length > 0),
    }),
    fc.record({ type: fc.constant('heading'), level: fc.constantFrom(2, 3, 4), text: oddText }),
    fc.record(
      { type: fc.constant('quote'), text: oddText, attribution: fc.option(markdownish, { nil: undefined }) },
      { requiredKeys: ['type', 'text'] },
    ),
    fc.record({
      type: fc.constant('list'),
      style: fc.constantFrom('ordered', 'unordered'),
      items: fc.array(oddText, { minLength: 1, maxLength: 4 }),
    }),
    fc.record(
      {
        type: fc.constant('image'),
        imageId: uuidish([fixture.imageId]),
        caption: fc.option(markdownish, { nil: undefined }),
      },
      { requiredKeys: ['type', 'imageId'] },
    ),
    fc.record(
      {
        type: fc.constant('embed'),
        url: urlish.map((url) => url.replace(/^http:/, 'https:')),
        title: fc.option(oddText, { nil: undefined }),
      },
      { requiredKeys: ['type', 'url'] },
    ),
  );

/** A value for a field that is likely to pass validation (so the services run), yet odd. */
function plausibleFor(field: string): fc.Arbitrary<unknown> {
  const ids = () => [fixture.articleId, fixture.otherArticleId, fixture.authorId, fixture.imageId];
  const orNull = (value: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
  const specific: Record<string, () => fc.Arbitrary<unknown>> = {
    slug: () =>
      fc.oneof(
        fc.constantFrom(
          fixture.articleSlug,
          fixture.authorSlug,
          fixture.imageSlug,
          'a',
          'a-b',
          '-a',
          'A',
          'a--b',
          'x'.repeat(201),
        ),
        fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
      ),
    body: () =>
      fc.oneof(
        { arbitrary: fc.array(plausibleBlock(), { maxLength: 5 }), weight: 3 },
        { arbitrary: fc.array(blockish([fixture.imageId]), { maxLength: 3 }), weight: 1 },
      ),
    bodyMarkdown: () => markdownish,
    tags: () =>
      fc.uniqueArray(
        fc.oneof(
          oddText,
          fc.constantFrom('fuzz', ' fuzz ', 'Fuzz', 'a,b', '\uD800', '\uDFFF', '\uFFFD', 'e\u0301', '\u00E9'),
        ),
        { maxLength: 6 },
      ),
    status: () => fc.constantFrom('draft', 'published', 'archived', 'PUBLISHED', 'scheduled'),
    publishedAt: () => orNull(fc.oneof(validDateTime, isoish)),
    rightsExpiresAt: () => orNull(fc.oneof(validDateTime, isoish)),
    authorIds: () => fc.uniqueArray(uuidish([fixture.authorId]), { maxLength: 4 }),
    featuredImageId: () => orNull(uuidish([fixture.imageId])),
    avatarImageId: () => orNull(uuidish([fixture.imageId])),
    imageId: () => orNull(uuidish([fixture.imageId])),
    targetArticleId: () => orNull(uuidish(ids())),
    seo: () => fc.record({ title: orNull(oddText), description: orNull(oddText) }, { requiredKeys: [] }),
    links: () =>
      fc.dictionary(
        fc.oneof(fc.constantFrom('website', 'x', 'Website', ''), fc.stringMatching(/^[a-z][a-z0-9_-]{0,31}$/)),
        urlish,
        { maxKeys: 4 },
      ),
    email: () =>
      orNull(fc.oneof(fc.emailAddress(), fc.constantFrom('a@b', '@', 'a@b.c\u0000', `${'a'.repeat(320)}@x.org`))),
    url: () =>
      orNull(
        fc.oneof(urlish, fc.constantFrom(...specialStrings.filter((text) => text.includes(':') || text.includes('%')))),
      ),
    sourceUrl: () => orNull(urlish),
    width: () => orNull(fc.oneof(fc.integer({ min: -1, max: 200_000 }), fc.constantFrom(2 ** 53, 1.5))),
    height: () => orNull(fc.oneof(fc.integer({ min: -1, max: 200_000 }), fc.constantFrom(2 ** 53, 1.5))),
    bytes: () =>
      orNull(fc.oneof(fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 53, 2 ** 64))),
    mimeType: () => orNull(fc.constantFrom('image/png', 'image/svg+xml', 'text/html', 'image/')),
    position: () =>
      fc.oneof(fc.integer({ min: -1, max: 10 }), fc.constantFrom(2 ** 31, Number.MAX_SAFE_INTEGER, 2 ** 53, 0.5)),
    kind: () => fc.constantFrom('related', 'read-more', 'Related', ''),
    role: () => fc.constantFrom(...roles, 'owner', ''),
    eventTypes: () => fc.uniqueArray(fc.constantFrom(...eventTypes, 'article.*', ''), { maxLength: 5 }),
    enabled: () => fc.boolean(),
    section: () => orNull(oddText),
  };
  return specific[field]?.() ?? orNull(oddText);
}

/** A value for a field: plausible, anything at all, or undefined (JSON.stringify drops the key, so a valid body loses it). */
const valueFor = (field: string): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: plausibleFor(field), weight: 3 },
    { arbitrary: nastyValue, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );

/** An object with some of the known fields (and perhaps an unknown one), each plausible, hostile or left out. */
function fieldsRecord(fields: readonly string[], value = valueFor): fc.Arbitrary<Record<string, unknown>> {
  const record = fc.record(Object.fromEntries(fields.map((field) => [field, value(field)])), { requiredKeys: [] });
  return fc
    .tuple(record, fc.option(fc.tuple(nastyString, nastyValue), { freq: 10 }))
    .map(([fields, extra]) => (extra ? { ...fields, [extra[0]]: extra[1] } : fields));
}

/**
 * A valid body with one field changed, and sometimes others left out (so defaults and fallbacks
 * run): the most direct way to reach each rule behind validation.
 */
function oneFieldChanged(
  fields: readonly string[],
  valid: () => Record<string, unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const base = valid();
  return fc
    .tuple(fc.constantFrom(...fields), fc.subarray(Object.keys(base)), fc.boolean())
    .chain(([field, leftOut, leaveOut]) =>
      valueFor(field).map((value) => {
        const body = valid();
        if (leaveOut) for (const key of leftOut) delete body[key];
        return { ...body, [field]: value };
      }),
    );
}

/** Anything fast-check can build, as JSON (Maps, Sets, Dates, boxed values… become what JSON.stringify makes of them). */
const anythingAsJson = fc
  .anything({
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withSparseArray: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
  })
  .map((value) => JSON.stringify(value) ?? '');

/**
 * A JSON body for an endpoint: anything at all; the endpoint's fields all gone wrong; a valid body
 * with one field changed; or a valid body with plausible (odd but legal) values, to reach the services.
 */
function bodyFor(fields: readonly string[], valid: () => Record<string, unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
    { arbitrary: anythingAsJson, weight: 1 },
    { arbitrary: fc.oneof(hugeArray, deeplyNested, hugeString).map((value) => JSON.stringify(value)), weight: 1 },
    { arbitrary: fieldsRecord(fields).map((value) => JSON.stringify(value)), weight: 2 },
    { arbitrary: oneFieldChanged(fields, valid).map((value) => JSON.stringify(value)), weight: 4 },
    {
      arbitrary: fieldsRecord(fields, plausibleFor).map((value) => JSON.stringify({ ...valid(), ...value })),
      weight: 4,
    },
  );
}

/** A list body (PUT of related links): arrays of link-like objects, or anything. */
function listBodyFor(fields: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    {
      arbitrary: fc.array(fieldsRecord(fields, plausibleFor), { maxLength: 6 }).map((value) => JSON.stringify(value)),
      weight: 3,
    },
    { arbitrary: fc.array(fieldsRecord(fields), { maxLength: 6 }).map((value) => JSON.stringify(value)), weight: 2 },
    { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
    { arbitrary: fc.oneof(hugeArray, deeplyNested).map((value) => JSON.stringify(value)), weight: 1 },
  );
}

/** A path id: mostly the fixture (so bodies reach the service), sometimes another or a hostile one. */
const idArb = (current: () => string): fc.Arbitrary<() => string> =>
  fc
    .oneof(
      { arbitrary: fc.constant(null), weight: 6 },
      { arbitrary: uuidish(), weight: 1 },
      { arbitrary: nastyString, weight: 1 },
    )
    .map((id) => (id === null ? current : () => encode(id)));

/** The fixture article's first related link, recreated when a fuzzed PUT emptied the list. */
async function keepLink(): Promise<void> {
  const links = await t.app.ctx.repos.related.listFor(fixture.articleId);
  if (links[0]) {
    fixture.linkId = links[0].id;
    return;
  }
  lastSnapshot = undefined;
  fixture.linkId = (await addRelatedLink(t.app.ctx, fixture.articleId, { kind: 'related', title: 'Again' })).id!;
}
const currentLinkId = () => fixture.linkId;

/**
 * A write endpoint: the path of its fixture, paths and bodies to fuzz it with, and bodies that
 * once made it answer 5xx (replayed first on every run, as fast-check examples).
 */
type WriteEndpoint = {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT';
  target: () => string;
  path: fc.Arbitrary<() => string>;
  body: fc.Arbitrary<string>;
  regressions?: unknown[];
};

const shape = (schema: unknown): string[] => Object.keys((schema as { shape: Record<string, unknown> }).shape);

/** Built inside each test: the arbitraries aim at the fixture's ids, which exist only once beforeAll has run. */
function writeEndpoints(): WriteEndpoint[] {
  const article = { fields: shape(articleCreateSchema), valid: () => factories.article() };
  const author = { fields: shape(authorCreateSchema), valid: () => factories.author() };
  const image = { fields: shape(imageCreateSchema), valid: () => factories.image() };
  const link = { fields: shape(relatedLinkCreateSchema), valid: () => ({ kind: 'related', title: 'A link' }) };
  const webhook = { fields: shape(webhookPatchSchema), valid: () => ({ url: 'https://hooks.example.org/x' }) };
  const collection = (path: string) => ({ target: () => path, path: fc.constant(() => path) });
  const one = (plural: string, id: () => string) => ({
    target: () => `/v1/${plural}/${id()}`,
    path: idArb(id).map((segment) => () => `/v1/${plural}/${segment()}`),
  });
  const related = {
    target: () => `/v1/articles/${fixture.articleId}/related`,
    path: idArb(() => fixture.articleId).map((id) => () => `/v1/articles/${id()}/related`),
  };
  // Stored values the response schema did not describe (an empty heading from `#`, an embed URL
  // that is no RFC 3986 uri) failed serialisation after the write had committed.
  const unserialisable = [
    { title: 'x', bodyMarkdown: '#' },
    { title: 'x', bodyMarkdown: `# x\n\n${'a'.repeat(20_001)}` },
    { title: 'x', bodyMarkdown: Array.from({ length: 201 }, (_, i) => `- ${i}`).join('\n') },
    { title: 'x', body: [{ type: 'embed', url: 'https://x.org/%' }] },
  ];
  return [
    {
      name: 'POST /v1/articles',
      method: 'POST',
      ...collection('/v1/articles'),
      body: bodyFor(article.fields, article.valid),
      regressions: unserialisable,
    },
    {
      name: 'PATCH /v1/articles/{id}',
      method: 'PATCH',
      ...one('articles', () => fixture.articleId),
      body: bodyFor(article.fields, () => ({})),
      regressions: unserialisable,
    },
    {
      name: 'PUT /v1/articles/{id}',
      method: 'PUT',
      ...one('articles', () => fixture.articleId),
      body: bodyFor(article.fields, article.valid),
      regressions: unserialisable,
    },
    {
      name: 'POST /v1/authors',
      method: 'POST',
      ...collection('/v1/authors'),
      body: bodyFor(author.fields, author.valid),
    },
    {
      name: 'PATCH /v1/authors/{id}',
      method: 'PATCH',
      ...one('authors', () => fixture.authorId),
      body: bodyFor(author.fields, () => ({})),
    },
    {
      name: 'PUT /v1/authors/{id}',
      method: 'PUT',
      ...one('authors', () => fixture.authorId),
      body: bodyFor(author.fields, author.valid),
    },
    // An image without alt text took its slug from the URL's file name, percent-decoded (URIError on `%FF`).
    {
      name: 'POST /v1/images',
      method: 'POST',
      ...collection('/v1/images'),
      body: bodyFor(image.fields, image.valid),
      regressions: [{ url: 'https://x.org/%FF.jpg' }, { url: 'https://x.org/%E0%A4%A.png', alt: '' }],
    },
    {
      name: 'PATCH /v1/images/{id}',
      method: 'PATCH',
      ...one('images', () => fixture.imageId),
      body: bodyFor(image.fields, () => ({})),
    },
    {
      name: 'PUT /v1/images/{id}',
      method: 'PUT',
      ...one('images', () => fixture.imageId),
      body: bodyFor(image.fields, image.valid),
      regressions: [{ url: 'https://x.org/%FF.jpg' }],
    },
    { name: 'POST /v1/articles/{id}/related', method: 'POST', ...related, body: bodyFor(link.fields, link.valid) },
    { name: 'PUT /v1/articles/{id}/related', method: 'PUT', ...related, body: listBodyFor(link.fields) },
    {
      name: 'PATCH /v1/articles/{id}/related/{linkId}',
      method: 'PATCH',
      target: () => `/v1/articles/${fixture.articleId}/related/${currentLinkId()}`,
      path: fc
        .tuple(
          idArb(() => fixture.articleId),
          idArb(currentLinkId),
        )
        .map(
          ([id, linkId]) =>
            () =>
              `/v1/articles/${id()}/related/${linkId()}`,
        ),
      body: bodyFor(link.fields, () => ({})),
    },
    {
      name: 'POST /v1/tokens',
      method: 'POST',
      ...collection('/v1/tokens'),
      body: bodyFor(['name', 'role'], () => ({ name: 'fuzzed', role: 'contributor' })),
    },
    {
      name: 'POST /v1/webhooks',
      method: 'POST',
      ...collection('/v1/webhooks'),
      body: bodyFor(webhook.fields, webhook.valid),
    },
    {
      name: 'PATCH /v1/webhooks/{id}',
      method: 'PATCH',
      ...one('webhooks', () => fixture.webhookId),
      body: bodyFor(webhook.fields, () => ({})),
    },
  ];
}

/** One of the endpoints, with a path for it. */
const anyEndpoint = (endpoints: WriteEndpoint[]) =>
  fc.constantFrom(...endpoints).chain((endpoint) => fc.tuple(fc.constant(endpoint), endpoint.path));

/** Precondition and idempotency headers, sometimes, with odd values. */
const writeHeaders = fc.option(
  fc.record(
    {
      'if-match': fc.oneof(
        fc.constantFrom('*', '"v1-x"', '"v2-x", "v3-y"', 'W/"v1-x"', '"', 'v1'),
        fc.string({ unit: 'binary-ascii' }).map((text) => text.replace(/[^\x20-\x7e]/g, '')),
      ),
      'idempotency-key': fc.oneof(
        fc.constantFrom('key-1', 'key-2', 'x'.repeat(256), ' '),
        fc.string({ minLength: 1, maxLength: 20 }).map((text) => text.replace(/[^\x20-\x7e]/g, '') || 'k'),
      ),
    },
    { requiredKeys: [] },
  ),
  { freq: 4, nil: {} },
);

describe('fuzzing every write endpoint', () => {
  const RUNS = 80;
  for (const name of writeEndpoints().map((endpoint) => endpoint.name)) {
    it(`${name}: any JSON body is a 2xx or a problem+json 4xx, and a 4xx changes nothing`, async () => {
      const endpoint = writeEndpoints().find((candidate) => candidate.name === name)!;
      const examples = (endpoint.regressions ?? []).map(
        (body): [() => string, string, Role, Record<string, string>] => [
          endpoint.target,
          JSON.stringify(body),
          'admin',
          {},
        ],
      );
      await fc.assert(
        fc.asyncProperty(endpoint.path, endpoint.body, roleArb, writeHeaders, async (path, body, role, headers) => {
          await sendAndCheck({
            method: endpoint.method,
            path: path(),
            role,
            contentType: 'application/json',
            body,
            headers: headers as Record<string, string>,
          });
        }),
        { ...runs(RUNS), examples },
      );
      await expectHealthy();
    });
  }

  it('wrong and odd content types: a 2xx or a problem+json 4xx, never a 5xx', async () => {
    const endpoints = writeEndpoints();
    const contentTypes = fc.oneof(
      fc.constantFrom(
        undefined,
        '',
        'text/plain',
        'text/html',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
        'image/png',
        '*/*',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/JSON',
        'application/json;',
        'application/jsonx',
        'application/merge-patch+json',
        'application/problem+json',
        'application/json, text/plain',
        'json',
        '/',
        'application/json; boundary=%FF',
      ),
      fc
        .tuple(fc.stringMatching(/^[a-z]{1,10}$/), fc.stringMatching(/^[a-z0-9.+-]{1,12}$/))
        .map(([type, subtype]) => `${type}/${subtype}`),
    );
    const bodies = fc.oneof(
      fc.constant(JSON.stringify(factories.article())),
      fc.constant('title=x&name=y'),
      fc.constant('--x\r\nContent-Disposition: form-data; name="alt"\r\n\r\nhello\r\n--x--\r\n'),
      fc.constant(
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n--x--\r\n',
      ),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(
        anyEndpoint(endpoints),
        contentTypes,
        bodies,
        roleArb,
        async ([endpoint, path], contentType, body, role) => {
          await sendAndCheck({ method: endpoint.method, path: path(), role, contentType, body });
        },
      ),
      runs(120),
    );
    await expectHealthy();
  });

  it('malformed JSON, invalid UTF-8 and absurd nesting: a 2xx or a problem+json 4xx, never a 5xx', async () => {
    const endpoints = writeEndpoints();
    const valid = JSON.stringify(factories.article({ subtitle: 'SPLIT' }));
    const invalidUtf8 = fc.constantFrom(
      [0xff],
      [0xfe, 0xff],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    );
    const bodies = fc.oneof(
      // Bytes that are not UTF-8, inside a string of an otherwise valid body.
      invalidUtf8.map((bytes) =>
        Buffer.concat([
          Buffer.from(valid.split('SPLIT')[0]!),
          Buffer.from(bytes),
          Buffer.from(valid.split('SPLIT')[1]!),
        ]),
      ),
      // A BOM, truncations, trailing garbage, control characters, duplicate keys, huge numbers.
      fc.constant(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(valid)])),
      fc.nat({ max: valid.length - 1 }).map((length) => Buffer.from(valid.slice(0, length))),
      fc.constantFrom(
        `${valid}}`,
        `${valid} x`,
        valid.replace('SPLIT', 'a\u0000b\nc'),
        '{"title":"a","title":"b"}',
        '{"width":1e400}',
        '{"position":-1e400}',
        '[',
        '{',
        '"',
        'nul',
        'NaN',
        "{'title':'x'}",
        '{"title":"x",}',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{"x":1}}}',
        '\u0000',
        ' ',
      ),
      // Nesting far beyond the parser's limit, closed and unclosed.
      fc.constantFrom(1_000, 100_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
      fc.constantFrom(1_000, 50_000).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
      fc.constant('['.repeat(200_000)),
      fc.constant(JSON.stringify({ title: 'deep', seo: nested(1_000, 'object') })),
      // Random bytes.
      fc.uint8Array({ maxLength: 500 }).map((bytes) => Buffer.from(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(anyEndpoint(endpoints), bodies, async ([endpoint, path], body) => {
        await sendAndCheck({
          method: endpoint.method,
          path: path(),
          role: 'admin',
          contentType: 'application/json',
          body,
        });
      }),
      runs(120),
    );
    await expectHealthy();
  });
});

// ---- Query parameters ----

/** A query string from parameters (a list value repeats the parameter), with raw escapes spliced in sometimes. */
function queryString(params: Record<string, unknown>, raw: string[]): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) parts.push(`${encode(key)}=${encode(String(item))}`);
  }
  parts.push(...raw);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A hostile value for any parameter: odd text, numbers as text, or the parameter repeated. */
const hostileParam = fc.oneof(
  { arbitrary: nastyString, weight: 4 },
  {
    arbitrary: fc.constantFrom(
      '0',
      '-1',
      '101',
      '1.5',
      '0x10',
      '',
      '-0',
      'Infinity',
      'NaN',
      '9'.repeat(400),
      'TRUE',
      '1',
      'yes',
      'null',
      '[]',
      '{}',
      'nope',
      '__proto__',
      'authors,nope',
    ),
    weight: 2,
  },
  { arbitrary: fc.array(nastyString, { minLength: 2, maxLength: 3 }), weight: 1 },
);

/**
 * Query parameters for a list: plausible values for some of them (so the repository runs with
 * odd but legal filters); the same with one parameter hostile; or every parameter hostile.
 */
function queryParams(plausible: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(plausible);
  const legal = fc.record(plausible, { requiredKeys: [] });
  return fc.oneof(
    { arbitrary: legal, weight: 4 },
    {
      arbitrary: fc
        .tuple(legal, fc.constantFrom(...names), hostileParam)
        .map(([params, name, value]) => ({ ...params, [name]: value })),
      weight: 2,
    },
    {
      arbitrary: fc.record(Object.fromEntries(names.map((name) => [name, fc.oneof(plausible[name]!, hostileParam)])), {
        requiredKeys: [],
      }),
      weight: 1,
    },
  );
}

const limitArb = fc.oneof(fc.integer({ min: 1, max: 100 }).map(String), fc.constantFrom('1', '100', '1e2', ' 5', '05'));
const booleanArb = fc.constantFrom('true', 'false');
/** Valid items, repeated, padded or empty as a sloppy client sends them. */
const commaListOf = (values: readonly string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...values),
        fc.constantFrom(...values).map((value) => ` ${value} `),
        fc.constant(''),
      ),
      { maxLength: 5 },
    )
    .map((items) => items.join(','));

/** Cursors this API issued, and well-formed forgeries (a sort, a key of any JSON type, an id). */
function cursorArb(sorts: readonly string[]): fc.Arbitrary<string> {
  const forged = fc
    .tuple(
      fc.constantFrom(...sorts),
      fc.oneof(fc.string(), isoish, fc.integer(), fc.double(), fc.constant(null)),
      fc.oneof(uuidish([fixture.articleId]), fc.string()),
    )
    .map((parts) => Buffer.from(JSON.stringify(parts)).toString('base64url'));
  const mangled = fc.oneof(
    fc.uint8Array({ maxLength: 60 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  );
  return fc.oneof(
    { arbitrary: fc.constantFrom(...fixture.cursors), weight: 2 },
    { arbitrary: forged, weight: 3 },
    { arbitrary: mangled, weight: 1 },
  );
}

/** The sort a cursor was issued for, if it is one. */
function sortOf(cursor: unknown): string | undefined {
  if (typeof cursor !== 'string') return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed[0] : undefined;
  } catch {
    return undefined;
  }
}

async function fuzzQuery(path: string, params: fc.Arbitrary<Record<string, unknown>>, numRuns: number): Promise<void> {
  const extras = fc.array(
    fc.oneof(
      rawQueryPiece,
      fc.tuple(nastyString, nastyString).map(([key, value]) => `${encode(key)}=${encode(value)}`),
    ),
    { maxLength: 2 },
  );
  const viewer = fc.oneof(fc.constant(undefined), fc.constantFrom<Role>(...roles));
  await fc.assert(
    fc.asyncProperty(params, fc.option(extras, { freq: 6 }), viewer, async (query, raw, role) => {
      await sendAndCheck({ method: 'GET', path: `${path}${queryString(query, raw ?? [])}`, role });
    }),
    runs(numRuns),
  );
  await expectHealthy();
}

describe('fuzzing every query parameter of the lists', () => {
  it('GET /v1/articles', async () => {
    const oddText = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.constantFrom(...specialStrings.filter((text) => text.length > 0 && text.length <= 100)),
    );
    const dateTime = fc.oneof(
      fc
        .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
        .map((date) => date.toISOString()),
      fc.constantFrom('9999-12-31T23:59:59-23:59', '0000-01-01T00:00:00+01:00', '2025-01-15T00:00:00+14:00'),
    );
    const params = queryParams({
      limit: limitArb,
      cursor: cursorArb(articleSorts),
      count: booleanArb,
      include: commaListOf(includeValues),
      fields: commaListOf(fieldValues),
      status: fc.constantFrom('draft', 'published', 'archived'),
      section: fc.oneof(fc.constantFrom('News Feed'), oddText),
      tag: fc.oneof(fc.constantFrom('fuzz'), oddText),
      author: fc.oneof(uuidish([fixture.authorId]), fc.constant(fixture.authorSlug), oddText),
      publishedAfter: dateTime,
      publishedBefore: dateTime,
      q: fc.oneof(
        fc.constantFrom(
          'article',
          'paragraph of',
          'NEAR(a b)',
          '"',
          'a* OR b',
          'title:article',
          '-x',
          '^x',
          'AND',
          '\uE000x\uE001',
          'e\u0301',
          'ﬁ ㎏',
        ),
        oddText,
      ),
      sort: fc.constantFrom(...articleSorts),
    });
    // Mostly, the sort is the one the cursor was issued for, so the keyset comparison runs.
    const aligned = fc.tuple(params, fc.boolean()).map(([query, align]) => {
      const sort = sortOf(query.cursor);
      if (!align || sort === undefined || !(articleSorts as readonly string[]).includes(sort)) return query;
      return { ...query, sort, ...(sort === 'relevance' && typeof query.q !== 'string' ? { q: 'article' } : {}) };
    });
    await fuzzQuery('/v1/articles', aligned, 150);
  });

  for (const [plural, sort] of [
    ['authors', 'name'],
    ['images', '-id'],
  ] as const) {
    it(`GET /v1/${plural}`, async () => {
      await fuzzQuery(
        `/v1/${plural}`,
        queryParams({ limit: limitArb, cursor: cursorArb([sort]), count: booleanArb }),
        60,
      );
    });
  }

  it('GET /v1/changes', async () => {
    const since = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 20n }).map((seq) => Buffer.from(`s${seq}`).toString('base64url')),
      fc.string().map((text) => Buffer.from(`s${text}`).toString('base64url')),
      fc.constantFrom('czE', 'czA', 'cy0x', 'czk5OTk5OTk5OTk5OTk5OTk'),
    );
    await fuzzQuery('/v1/changes', queryParams({ since, limit: fc.integer({ min: -1, max: 1_001 }).map(String) }), 60);
  });
});
