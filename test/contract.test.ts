// The contract against the server (issue 18): every operation in the OpenAPI document is driven
// over real HTTP, on its happy path and its error paths, and every answer is held to what the
// document declares for that operation and status: the status is declared; each protocol header
// sent (ETag, Location, Cache-Control, Retry-After, X-Request-Id, Idempotent-Replayed) is declared
// for it, and each one declared required is sent; the media type is one it names; a JSON body
// matches its schema. The error paths every operation shares are probed from its happy request
// (a bad token, an undecodable query, the rate limit, a lower role, a body of the wrong type or
// size, a missing resource, a stale If-Match, a revalidation, a replayed Idempotency-Key); the
// rest come with the operation's scenario. At the end every declared status must have been seen,
// but for the few listed in `unobservable` with the reason.

import { Ajv2020 } from 'ajv/dist/2020.js';
import sharp from 'sharp';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../scripts/openapi-doc.js';
import { testConfig } from '../src/config.js';
import type { Role } from '../src/modules/access/index.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { startReceiver } from './helpers/receiver.js';
import { tempDir } from './helpers/server-process.js';

type Json = Record<string, unknown>;
type HeaderObject = { $ref?: string; required?: boolean };
type Response = { headers?: Record<string, HeaderObject>; content?: Record<string, { schema: Json }> };
type Parameter = { $ref?: string; name: string; in: string; schema?: Json };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, Response>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { headers: Record<string, HeaderObject>; parameters: Record<string, Parameter> };
};

/** One request, as a scenario writes it; the probes derive theirs from it. */
type Request = {
  path: string;
  query?: Record<string, string>;
  /** Appended to the query as it is, not encoded. */
  rawQuery?: string;
  role?: Role;
  token?: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: () => FormData;
  text?: { body: string; type: string };
  /** `fields=` narrowed the answer: a part of its schema, not all of it. */
  narrowed?: boolean;
};
type Scenario = {
  happy: Request;
  /** The happy path's status when it is not the method's usual one. */
  status?: number;
  /** Another valid body for an Idempotency-Key's reuse (422). */
  otherBody?: unknown;
  /** The path with a resource that does not exist, when not derived from the parameters. */
  missing?: string;
  /** Whether a contributor token is refused (403) where the happy path needs a higher role; default yes. */
  forbiddenToContributor?: boolean;
  /** Whether a repeated read can be a 304: not when every read changes what it reports. Default yes. */
  revalidates?: boolean;
  /** More requests and their statuses: the errors and answers only this operation gives. */
  also?: [Request, number][];
};

const PROTOCOL_HEADERS = ['etag', 'location', 'cache-control', 'retry-after', 'x-request-id', 'idempotent-replayed'];
const BODY_LIMIT = 64 * 1024;
const STALE = '"v999999-stale"';
const usualStatus: Record<string, number> = { get: 200, post: 201, put: 200, patch: 200, delete: 204 };

/** Declared statuses this suite cannot provoke, each with where it is proven instead. */
const unobservable: Record<string, string> = {
  '* 507': 'a full disk: test/storage.test.ts fills a real tmpfs under the server',
  'getMetrics 304': 'every request changes the counters it reports, so its ETag never matches the next',
};

let doc: Document;
let t: TestApp;
/** The same API with tight limits: one failed authentication a minute, a disk never free enough, one image job at a time. */
let limited: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const operations = new Map<string, { method: string; template: string; operation: Operation }>();
const seen = new Map<string, Set<number>>();
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();

beforeAll(async () => {
  doc = (await generateOpenApiDocument()) as unknown as Document;
  for (const [template, item] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(item))
      operations.set(operation.operationId, { method, template, operation });
  ajv.addSchema(doc as unknown as Json, 'openapi');
  t = await buildTestApp({ bodyLimitBytes: BODY_LIMIT, mediaDir: tempDir('newsdesk-contract-') });
  limited = await buildTestApp({
    authFailuresPerMinute: 1,
    mediaDir: tempDir('newsdesk-contract-limited-'),
    media: { ...testConfig().media, concurrency: 1, queue: 0 },
    operations: { ...testConfig().operations, diskMinFreeBytes: Number.MAX_SAFE_INTEGER },
  });
  receiver = await startReceiver();
});
afterAll(async () => {
  await t?.close();
  await limited?.close();
  await receiver?.close();
});

const resolve = <T extends { $ref?: string }>(section: 'headers' | 'parameters', value: T): T =>
  value.$ref ? (doc.components[section][value.$ref.split('/').pop()!] as unknown as T) : value;

const mediaTypeOf = (header: string | null) => header?.split(';')[0]?.trim().toLowerCase();

/** What is wrong with one answer, measured against the document. */
function conformity(operationId: string, status: number, headers: Headers, body: Buffer, narrowed: boolean): string[] {
  const { operation } = operations.get(operationId)!;
  const declared = operation.responses[String(status)];
  if (!declared) return [`answered ${status}, which it does not declare`];
  const problems: string[] = [];
  const declaredHeaders = Object.fromEntries(
    Object.entries(declared.headers ?? {}).map(([name, header]) => [name.toLowerCase(), resolve('headers', header)]),
  );
  for (const name of PROTOCOL_HEADERS) {
    if (headers.has(name) && !declaredHeaders[name]) problems.push(`sends ${name} on ${status}, undeclared`);
    if (!headers.has(name) && declaredHeaders[name]?.required) problems.push(`declares ${name} on ${status}, not sent`);
  }
  const type = mediaTypeOf(headers.get('content-type'));
  if (body.length === 0) {
    if (declared.content) problems.push(`declares a body on ${status}, sent none`);
    return problems;
  }
  if (!declared.content) return [...problems, `sends a body (${type}) on ${status}, declares none`];
  if (!type || !declared.content[type])
    return [...problems, `sends ${type} on ${status}, declares ${Object.keys(declared.content)}`];
  if (narrowed || !/[/+]json$/.test(type)) return problems;
  const key = `${operationId} ${status} ${type}`;
  let validate = validators.get(key);
  if (!validate) {
    const { method, template } = operations.get(operationId)!;
    const pointer = ['paths', template, method, 'responses', String(status), 'content', type, 'schema']
      .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'))
      .join('/');
    validate = ajv.compile({ $ref: `openapi#/${pointer}` });
    validators.set(key, validate);
  }
  if (!validate(JSON.parse(body.toString('utf8'))))
    problems.push(`body does not match its schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
  return problems;
}

type Answer = { status: number; headers: Headers; json: () => Json; text: string; problems: string[]; label: string };

/** Sends one request for an operation, records the status seen, and measures the answer against the document. */
async function exchange(app: TestApp, operationId: string, request: Request): Promise<Answer> {
  const entry = operations.get(operationId);
  if (!entry) throw new Error(`no operation ${operationId} in the document`);
  const url = new URL(request.path, app.baseUrl);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  const href = request.rawQuery ? `${url.href}${url.search ? '&' : '?'}${request.rawQuery}` : url.href;
  const headers: Record<string, string> = { ...request.headers };
  const token = request.token ?? (request.role ? app.tokens[request.role] : undefined);
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | FormData | undefined;
  if (request.text) {
    body = request.text.body;
    headers['Content-Type'] = request.text.type;
  } else if (request.form) body = request.form();
  else if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(href, { method: entry.method.toUpperCase(), headers, body, redirect: 'manual' });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  seen.set(operationId, (seen.get(operationId) ?? new Set()).add(response.status));
  return {
    status: response.status,
    headers: response.headers,
    json: () => JSON.parse(text) as Json,
    text,
    problems: conformity(operationId, response.status, response.headers, bytes, request.narrowed === true),
    label: `${operationId}: ${entry.method.toUpperCase()} ${href} → ${response.status} ${text.slice(0, 300)}`,
  };
}

/** One exchange that must give `expected` and conform. */
async function call(app: TestApp, operationId: string, request: Request, expected: number): Promise<Answer> {
  const answer = await exchange(app, operationId, request);
  expect({ status: answer.status, problems: answer.problems }, answer.label).toEqual({
    status: expected,
    problems: [],
  });
  return answer;
}

const headerNames = (operation: Operation) =>
  new Set(
    (operation.parameters ?? [])
      .map((parameter) => resolve('parameters', parameter))
      .filter((p) => p.in === 'header')
      .map((p) => p.name),
  );

/** The happy path's URL with every path parameter naming nothing. */
function missingPath(template: string, operation: Operation, path: string): string {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const pattern = new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '([^/]+?)')}$`);
  const values = pattern.exec(path)?.slice(1);
  if (!values) throw new Error(`${path} does not match ${template}`);
  const schemaOf = (name: string) =>
    (operation.parameters ?? []).map((p) => resolve('parameters', p)).find((p) => p.in === 'path' && p.name === name)
      ?.schema ?? {};
  let missing = template;
  names.forEach((name, index) => {
    const schema = schemaOf(name);
    const value =
      schema.format === 'uuid'
        ? uuidv7()
        : schema.type === 'integer' || schema.type === 'number'
          ? '999999'
          : schema.enum
            ? values[index]!
            : 'no-such-thing-404';
    missing = missing.replace(`{${name}}`, value);
  });
  return missing;
}

/** The probes every operation gets, then its happy path and its own cases. */
async function drive(operationId: string, scenario: Scenario): Promise<Answer> {
  const { method, template, operation } = operations.get(operationId)!;
  const declares = (status: number) => String(status) in operation.responses;
  const honours = headerNames(operation);
  const { happy } = scenario;

  // Refused before any handler runs, so nothing changes.
  await call(t, operationId, { ...happy, rawQuery: 'probe=%zz' }, 400);
  await call(t, operationId, { ...happy, token: 'nd_not-a-token' }, 401);
  await call(limited, operationId, { ...happy, token: 'nd_not-a-token' }, 429);
  if (declares(403) && happy.role && happy.role !== 'contributor' && scenario.forbiddenToContributor !== false)
    await call(t, operationId, { ...happy, role: 'contributor' }, 403);
  if (operation.requestBody) {
    const withoutBody = { ...happy, json: undefined, form: undefined };
    await call(t, operationId, { ...withoutBody, text: { body: 'title=x', type: 'text/plain' } }, 415);
    const oversized = JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT) });
    await call(t, operationId, { ...withoutBody, text: { body: oversized, type: 'application/json' } }, 413);
  }
  if (declares(404) && template.includes('{'))
    await call(
      t,
      operationId,
      { ...happy, path: scenario.missing ?? missingPath(template, operation, happy.path) },
      404,
    );
  if (honours.has('If-Match'))
    await call(t, operationId, { ...happy, headers: { ...happy.headers, 'If-Match': STALE } }, 412);

  const status = scenario.status ?? usualStatus[method]!;
  const key = honours.has('Idempotency-Key') ? `contract-${operationId}-${uuidv7()}` : undefined;
  const keyed = key ? { ...happy, headers: { ...happy.headers, 'Idempotency-Key': key } } : happy;
  const answer = await call(t, operationId, keyed, status);
  if (key) {
    const replay = await call(t, operationId, keyed, status);
    expect(replay.headers.get('idempotent-replayed'), operationId).toBe('true');
    expect(replay.json()).toEqual(answer.json());
    if (scenario.otherBody === undefined) throw new Error(`${operationId} honours Idempotency-Key: give otherBody`);
    await call(t, operationId, { ...keyed, json: scenario.otherBody }, 422);
  }
  if (method === 'get' && answer.headers.get('etag') && scenario.revalidates !== false) {
    const revalidation = { ...happy, headers: { ...happy.headers, 'If-None-Match': answer.headers.get('etag')! } };
    await call(t, operationId, revalidation, 304);
  }
  for (const [request, expected] of scenario.also ?? []) await call(t, operationId, request, expected);
  return answer;
}

/** A picture of one colour, `width` × `height`, as PNG bytes (noisy, so each one is different and slow to re-encode). */
const picture = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .png()
    .toBuffer();
const uploadForm =
  (bytes: Buffer, fields: Record<string, string> = {}) =>
  () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'picture.png');
    return form;
  };

describe('every operation, against what the document declares', () => {
  it('answers as declared on every path driven', async () => {
    const as = (role: Role) => t.auth(role);
    const created = async (path: string, body: unknown, role: Role = 'editor') =>
      (
        await t.http
          .post(path)
          .set(as(role))
          .send(body as object)
          .expect(201)
      ).body;

    // The world the scenarios act on.
    const bytes = await picture(400, 300);
    const uploaded = (
      await t.http
        .post('/v1/images')
        .set(as('editor'))
        .field('alt', 'A picture')
        .attach('file', bytes, 'p.png')
        .expect(201)
    ).body;
    const mediaPath = new URL(uploaded.url, t.baseUrl).pathname;
    const author = await created('/v1/authors', { name: 'Contract Author', slug: 'contract-author' });
    const story = await created(
      '/v1/articles',
      factories.article({
        slug: 'contract-story-first',
        section: 'Contract Desk',
        tags: ['Contracts', 'Law'],
        status: 'published',
        publishedAt: '2025-01-15T00:00:00.000Z',
        authorIds: [author.id],
        featuredImageId: uploaded.id,
      }),
    );
    await t.http.patch(`/v1/articles/${story.id}`).set(as('editor')).send({ slug: 'contract-story' }).expect(200);
    const draft = await created('/v1/articles', factories.article({ slug: 'contract-draft' }));
    const other = await created('/v1/articles', factories.article({ status: 'published' }));
    const link = await created(`/v1/articles/${story.id}/related`, { url: 'https://example.org/a', title: 'A' });
    const translated = await created(
      `/v1/articles/${other.id}/translations`,
      factories.article({ locale: 'uk', status: 'published' }),
    );
    const spare = {
      article: await created('/v1/articles', factories.article()),
      author: await created('/v1/authors', factories.author()),
      image: await created('/v1/images', factories.image()),
      link: await created(`/v1/articles/${story.id}/related`, { url: 'https://example.org/b', title: 'B' }),
      webhook: await created('/v1/webhooks', { url: receiver.url }, 'admin'),
      user: await created('/v1/users', { name: 'Spare user', email: 'spare@example.org', role: 'editor' }, 'admin'),
    };
    const tokenOwner = await created('/v1/users', { name: 'Token owner', role: 'editor' }, 'admin');
    const spareToken = await created('/v1/tokens', { userId: tokenOwner.id, name: 'spare' }, 'admin');
    const admins = (await t.http.get('/v1/users?limit=100').set(as('admin')).expect(200)).body.data;
    const onlyAdmin = admins.find((user: { name: string }) => user.name === 'admin-test');
    const webhook = await created('/v1/webhooks', { url: receiver.url }, 'admin');
    const synonym = await created('/v1/search/synonyms', { terms: ['Contract', 'Kontrakt'] });
    const spareSynonym = await created('/v1/search/synonyms', { terms: ['Treaty', 'Pact'] });
    const delivery = (await t.http.post(`/v1/webhooks/${webhook.id}/ping`).set(as('admin')).expect(202)).body;

    // The limited app refuses every failed authentication after its first.
    await call(limited, 'getHealth', { path: '/healthz', token: 'nd_not-a-token' }, 401);

    const articleBody = (overrides: Json = {}) =>
      factories.article({ status: 'published', publishedAt: '2025-01-16T00:00:00.000Z', ...overrides });
    const scenarios: Record<string, Scenario> = {
      listArticles: {
        happy: { path: '/v1/articles', query: { include: 'authors,featuredImage,related' } },
        also: [
          [{ path: '/v1/articles', query: { fields: 'id,slug,title' }, narrowed: true }, 200],
          [{ path: '/v1/articles', query: { q: 'paragraph', sort: 'relevance', count: 'true' }, role: 'editor' }, 200],
          [
            {
              path: '/v1/articles',
              query: { section: 'CONTRACT DESK', tag: 'contracts,none', allTags: 'law', publishedAfter: '2025-01-15' },
            },
            200,
          ],
          [{ path: '/v1/articles', query: { q: 'paragraph', tag: 'contracts', count: 'true' } }, 200],
        ],
      },
      createArticle: {
        happy: { path: '/v1/articles', role: 'editor', json: articleBody() },
        otherBody: articleBody({ title: 'Another story' }),
        also: [[{ path: '/v1/articles', role: 'editor', json: articleBody({ slug: 'contract-story' }) }, 409]],
      },
      getArticle: {
        happy: { path: '/v1/articles/contract-story', query: { include: 'authors,featuredImage,related' } },
        also: [
          [{ path: '/v1/articles/contract-story-first' }, 301],
          [{ path: `/v1/articles/${draft.id}`, role: 'editor' }, 200],
          [{ path: '/v1/articles/contract-story', query: { fields: 'title' }, narrowed: true }, 200],
        ],
      },
      updateArticle: {
        happy: { path: `/v1/articles/${story.id}`, role: 'editor', json: { subtitle: 'A subtitle' } },
        also: [[{ path: `/v1/articles/${story.id}`, role: 'editor', json: { slug: 'contract-draft' } }, 409]],
      },
      replaceArticle: {
        happy: { path: `/v1/articles/${other.id}`, role: 'editor', json: articleBody({ title: 'Replaced' }) },
        also: [
          [{ path: `/v1/articles/${other.id}`, role: 'editor', json: articleBody({ slug: 'contract-draft' }) }, 409],
        ],
      },
      deleteArticle: { happy: { path: `/v1/articles/${spare.article.id}`, role: 'editor' } },
      listArticleRevisions: { happy: { path: `/v1/articles/${story.id}/revisions`, role: 'editor' } },
      getArticleRevision: { happy: { path: `/v1/articles/${story.id}/revisions/1`, role: 'editor' } },
      restoreArticleRevision: {
        happy: { path: `/v1/articles/${story.id}/revisions/2/restore`, role: 'editor' },
        status: 200,
      },
      createArticleTranslation: {
        happy: { path: `/v1/articles/${story.id}/translations`, role: 'editor', json: articleBody({ locale: 'uk' }) },
        otherBody: articleBody({ locale: 'uk', title: 'Another translation' }),
        also: [
          [{ path: `/v1/articles/${story.id}/translations`, role: 'editor', json: articleBody({ locale: 'uk' }) }, 409],
        ],
      },
      listArticleTranslations: { happy: { path: `/v1/articles/${story.id}/translations` } },
      markArticleTranslationCurrent: {
        happy: { path: `/v1/articles/${translated.id}/translation/current`, role: 'editor' },
        status: 200,
        also: [[{ path: `/v1/articles/${story.id}/translation/current`, role: 'editor' }, 409]],
      },
      listOutdatedTranslations: { happy: { path: '/v1/translations/outdated', role: 'editor' } },
      listRelatedLinks: { happy: { path: `/v1/articles/${story.id}/related` } },
      addRelatedLink: {
        happy: { path: `/v1/articles/${story.id}/related`, role: 'editor', json: { url: 'https://example.org/c' } },
        otherBody: { url: 'https://example.org/d' },
      },
      replaceRelatedLinks: {
        happy: { path: `/v1/articles/${other.id}/related`, role: 'editor', json: [{ title: 'Teaser' }] },
      },
      updateRelatedLink: {
        happy: { path: `/v1/articles/${story.id}/related/${link.id}`, role: 'editor', json: { title: 'A again' } },
      },
      deleteRelatedLink: { happy: { path: `/v1/articles/${story.id}/related/${spare.link.id}`, role: 'editor' } },

      listAuthors: { happy: { path: '/v1/authors' } },
      listTags: {
        happy: { path: '/v1/tags', query: { count: 'true' } },
        also: [
          [{ path: '/v1/tags', query: { sort: '-count' }, role: 'editor' }, 200],
          [{ path: '/v1/tags', query: { cursor: 'not-a-cursor' } }, 400],
        ],
      },
      getTag: { happy: { path: '/v1/tags/contracts' }, also: [[{ path: '/v1/tags/Contracts' }, 400]] },
      listSections: { happy: { path: '/v1/sections', query: { count: 'true' } } },
      getSection: { happy: { path: '/v1/sections/contract-desk' } },
      createAuthor: {
        happy: { path: '/v1/authors', role: 'editor', json: factories.author() },
        otherBody: factories.author(),
        also: [[{ path: '/v1/authors', role: 'editor', json: factories.author({ slug: 'contract-author' }) }, 409]],
      },
      getAuthor: { happy: { path: '/v1/authors/contract-author' } },
      updateAuthor: {
        happy: { path: `/v1/authors/${author.id}`, role: 'editor', json: { bio: 'Writes contracts.' } },
        also: [[{ path: `/v1/authors/${spare.author.id}`, role: 'editor', json: { slug: 'contract-author' } }, 409]],
      },
      replaceAuthor: {
        happy: { path: `/v1/authors/${author.id}`, role: 'editor', json: { name: 'Contract Author' } },
        also: [
          [
            { path: `/v1/authors/${spare.author.id}`, role: 'editor', json: { name: 'X', slug: 'contract-author' } },
            409,
          ],
        ],
      },
      deleteAuthor: {
        happy: { path: `/v1/authors/${spare.author.id}`, role: 'editor' },
        also: [[{ path: `/v1/authors/${author.id}`, role: 'editor' }, 409]],
      },

      listImages: { happy: { path: '/v1/images' } },
      createImage: {
        happy: { path: '/v1/images', role: 'editor', json: factories.image() },
        otherBody: factories.image(),
        forbiddenToContributor: false,
        also: [
          [{ path: '/v1/images', role: 'editor', form: uploadForm(await picture(64, 48), { alt: 'Uploaded' }) }, 201],
          [{ path: '/v1/images', role: 'editor', json: factories.image({ slug: uploaded.slug }) }, 409],
          [{ path: '/v1/images', role: 'editor', form: uploadForm(bytes.subarray(0, 200)) }, 422],
        ],
      },
      getImage: { happy: { path: `/v1/images/${uploaded.id}` } },
      updateImage: {
        happy: { path: `/v1/images/${uploaded.id}`, role: 'editor', json: { caption: 'A caption' } },
        also: [[{ path: `/v1/images/${spare.image.id}`, role: 'editor', json: { slug: uploaded.slug } }, 409]],
      },
      replaceImage: {
        happy: { path: `/v1/images/${spare.image.id}`, role: 'editor', json: factories.image() },
        also: [
          [
            { path: `/v1/images/${spare.image.id}`, role: 'editor', json: factories.image({ slug: uploaded.slug }) },
            409,
          ],
        ],
      },
      deleteImage: {
        happy: { path: `/v1/images/${spare.image.id}`, role: 'editor' },
        also: [[{ path: `/v1/images/${uploaded.id}`, role: 'editor' }, 409]],
      },
      getMedia: {
        happy: { path: mediaPath },
        missing: mediaPath.replace(/[0-9a-f]{64}/, '0'.repeat(64)),
        also: [
          [{ path: mediaPath, headers: { Range: 'bytes=0-9' } }, 206],
          [{ path: mediaPath, headers: { Range: 'bytes=99999999-' } }, 416],
          [{ path: mediaPath, query: { w: '320', format: 'webp' } }, 200],
        ],
      },

      listUsers: { happy: { path: '/v1/users', role: 'admin' } },
      createUser: {
        happy: { path: '/v1/users', role: 'admin', json: { name: 'Contract user', role: 'contributor' } },
        also: [
          [{ path: '/v1/users', role: 'admin', json: { name: 'x', email: 'SPARE@example.org', role: 'editor' } }, 409],
        ],
      },
      getUser: { happy: { path: `/v1/users/${spare.user.id}`, role: 'admin' } },
      updateUser: {
        happy: { path: `/v1/users/${spare.user.id}`, role: 'admin', json: { role: 'contributor' } },
        also: [[{ path: `/v1/users/${onlyAdmin.id}`, role: 'admin', json: { active: false } }, 409]],
      },
      listTokens: { happy: { path: '/v1/tokens', role: 'admin' } },
      createToken: {
        happy: {
          path: '/v1/tokens',
          role: 'admin',
          json: { userId: tokenOwner.id, name: 'contract', kind: 'preview' },
        },
        also: [[{ path: '/v1/tokens', role: 'admin', json: { userId: uuidv7(), name: 'nobody' } }, 404]],
      },
      revokeToken: { happy: { path: `/v1/tokens/${spareToken.id}`, role: 'admin' }, status: 200 },

      listWebhooks: { happy: { path: '/v1/webhooks', role: 'admin' } },
      createWebhook: { happy: { path: '/v1/webhooks', role: 'admin', json: { url: receiver.url } } },
      getWebhook: { happy: { path: `/v1/webhooks/${webhook.id}`, role: 'admin' } },
      updateWebhook: { happy: { path: `/v1/webhooks/${webhook.id}`, role: 'admin', json: { enabled: true } } },
      deleteWebhook: { happy: { path: `/v1/webhooks/${spare.webhook.id}`, role: 'admin' } },
      listWebhookDeliveries: { happy: { path: `/v1/webhooks/${webhook.id}/deliveries`, role: 'admin' } },
      redeliverWebhookDelivery: {
        happy: { path: `/v1/webhooks/${webhook.id}/deliveries/${delivery.id}/redeliver`, role: 'admin' },
        status: 202,
      },
      pingWebhook: { happy: { path: `/v1/webhooks/${webhook.id}/ping`, role: 'admin' }, status: 202 },

      listSynonyms: { happy: { path: '/v1/search/synonyms', role: 'editor' } },
      createSynonym: {
        happy: { path: '/v1/search/synonyms', role: 'editor', json: { terms: ['Accord', 'Agreement'] } },
        otherBody: { terms: ['Covenant', 'Compact'] },
      },
      getSynonym: { happy: { path: `/v1/search/synonyms/${synonym.id}`, role: 'editor' } },
      replaceSynonym: {
        happy: {
          path: `/v1/search/synonyms/${synonym.id}`,
          role: 'editor',
          json: { terms: ['Contract', 'Kontrakt', 'Контракт'] },
        },
      },
      deleteSynonym: { happy: { path: `/v1/search/synonyms/${spareSynonym.id}`, role: 'editor' } },

      listChanges: { happy: { path: '/v1/changes' }, also: [[{ path: '/v1/changes', role: 'editor' }, 200]] },
      getRssFeed: { happy: { path: '/v1/feeds/rss.xml' } },
      getJsonFeed: { happy: { path: '/v1/feeds/feed.json' } },
      getNewsSitemap: { happy: { path: '/v1/sitemaps/news.xml' } },
      getSitemapIndex: { happy: { path: '/v1/sitemaps/index.xml' } },
      getArticleSitemap: { happy: { path: '/v1/sitemaps/articles-1.xml' }, missing: '/v1/sitemaps/articles-999.xml' },
      getArticleJsonLd: {
        happy: { path: '/v1/articles/contract-story/jsonld' },
        also: [[{ path: '/v1/articles/contract-story-first/jsonld' }, 301]],
      },
      getHealth: { happy: { path: '/healthz' } },
      getReadiness: { happy: { path: '/readyz' } },
      getMetrics: { happy: { path: '/metrics' }, revalidates: false },
    };

    const undriven = [...operations.keys()].filter((id) => !scenarios[id]);
    expect(undriven, 'operations in the document without a scenario here').toEqual([]);
    for (const [operationId, scenario] of Object.entries(scenarios)) await drive(operationId, scenario);

    // What only tight limits give: readiness fails on a disk never free enough, and image work
    // past one job at a time is refused at once.
    await call(limited, 'getReadiness', { path: '/readyz' }, 503);
    const large = await picture(1600, 1200);
    const image = (
      await limited.http
        .post('/v1/images')
        .set(limited.auth())
        .field('alt', 'x')
        .attach('file', large, 'l.png')
        .expect(201)
    ).body;
    const busy = async (operationId: string, requests: Request[], success: number) => {
      const answers = await Promise.all(requests.map((request) => exchange(limited, operationId, request)));
      for (const answer of answers) expect(answer.problems, answer.label).toEqual([]);
      const statuses = answers.map((answer) => answer.status);
      expect(statuses, operationId).toContain(503);
      expect(
        statuses.every((status) => status === 503 || status === success),
        String(statuses),
      ).toBe(true);
    };
    const variantPath = new URL(image.url, limited.baseUrl).pathname;
    await busy(
      'getMedia',
      (['webp', 'avif', 'jpeg'] as const).map((format) => ({ path: variantPath, query: { w: '1280', format } })),
      200,
    );
    await busy(
      'createImage',
      [1, 2, 3].map(() => ({ path: '/v1/images', role: 'editor' as const, form: uploadForm(large) })),
      201,
    );
  }, 120_000);

  it('has seen every status each operation declares', () => {
    const unseen = [...operations].flatMap(([operationId, { operation }]) =>
      Object.keys(operation.responses)
        .filter((status) => !seen.get(operationId)?.has(Number(status)))
        .filter((status) => !unobservable[`* ${status}`] && !unobservable[`${operationId} ${status}`])
        .map((status) => `${operationId} ${status}`),
    );
    expect(unseen).toEqual([]);
  });
});
