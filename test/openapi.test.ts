// The OpenAPI contract (DESIGN.md, "OpenAPI"): the committed openapi.yaml is what the routes
// produce, every operation is fully described, Redocly's recommended rules pass, and a client
// generated from it runs the editor and frontend flows. test/contract.test.ts holds the server's
// answers to the document.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateOpenApiYaml, openApiPath } from '../scripts/openapi-doc.js';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { editorFlow, frontendFlow } from './client/flows.js';
import { anyId, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { root } from './helpers/server-process.js';

type Schema = {
  $ref?: string;
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
};
type MediaTypes = Record<string, { schema?: Schema }>;
type Operation = {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  requestBody?: { content?: MediaTypes };
  responses?: Record<string, { content?: MediaTypes }>;
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
  servers?: unknown;
  tags?: { name: string }[];
};

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/** Runs a local tool without a shell; never throws, so a failure can print its output. */
function run(command: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      command,
      args,
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let generated: string;
let doc: Document;
let operations: { key: string; operation: Operation }[];
let t: TestApp;

beforeAll(async () => {
  generated = await generateOpenApiYaml();
  doc = parse(generated) as Document;
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
  );
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('openapi.yaml', () => {
  it('is what the routes produce now', async () => {
    const committed = await readFile(openApiPath, 'utf8').catch(() => '');
    expect(committed, 'openapi.yaml is out of date: run `npm run openapi` and commit the result').toBe(generated);
  });

  it('describes every operation fully: id, tag, summary, security, a 2xx and problem+json 4xx', () => {
    expect(operations.length).toBeGreaterThan(20);
    // Swagger UI groups operations by tag; an undeclared one shows without its description.
    const declaredTags = new Set((doc.tags ?? []).map((tag) => tag.name));
    const gaps: string[] = [];
    for (const { key, operation } of operations) {
      const statuses = Object.keys(operation.responses ?? {});
      const problems = statuses.filter(
        (status) => /^4\d\d$/.test(status) && operation.responses![status]!.content?.['application/problem+json'],
      );
      if (!operation.operationId) gaps.push(`${key}: no operationId`);
      if (!operation.tags?.length) gaps.push(`${key}: no tag`);
      for (const tag of operation.tags ?? [])
        if (!declaredTags.has(tag)) gaps.push(`${key}: tag '${tag}' is not among the document's tags`);
      if (!operation.summary) gaps.push(`${key}: no summary`);
      if (!operation.security?.length) gaps.push(`${key}: no security`);
      if (!statuses.some((status) => /^2\d\d$/.test(status))) gaps.push(`${key}: no 2xx response`);
      if (problems.length === 0) gaps.push(`${key}: no 4xx application/problem+json response`);
    }
    expect(gaps).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('states the access rule as security: public reads take an optional token, writes need one', () => {
    const security = Object.fromEntries(operations.map(({ operation }) => [operation.operationId, operation.security]));
    expect(security.listArticles).toEqual([{}, { bearer: [] }]);
    expect(security.createArticle).toEqual([{ bearer: [] }]);
    expect(security.createToken).toEqual([{ bearer: [] }]);
  });

  it('gives every operation an example, and the article is the source article', () => {
    const resolve = (schema: Schema | undefined): Schema | undefined =>
      schema?.$ref ? doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] : schema;
    // The schema itself, a list envelope's items or a wrapper's `article`.
    const hasExample = (schema: Schema | undefined): boolean => {
      const resolved = resolve(schema);
      if (!resolved) return false;
      if (resolved.example !== undefined || resolved.examples?.length) return true;
      const inner = resolved.properties?.data?.items ?? resolved.properties?.article;
      return inner ? hasExample(inner) : false;
    };
    const media = (operation: Operation) => [
      ...Object.values(operation.requestBody?.content ?? {}),
      ...Object.values(operation.responses ?? {}).flatMap((response) => Object.values(response.content ?? {})),
    ];
    const without = operations
      .filter(({ operation }) => !media(operation).some((type) => hasExample(type.schema)))
      .map(({ key }) => key);
    expect(without).toEqual([]);
    expect(doc.components.schemas.Article!.example).toMatchObject({
      title: 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports',
      readingTimeMinutes: 2,
    });
  });

  it("lints clean with Redocly's recommended rules", async () => {
    const lint = await run(bin('redocly'), ['lint', 'openapi.yaml', '--format=json', '--extends=recommended'], {
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    });
    const report = JSON.parse(lint.stdout || '{}') as {
      totals?: { errors: number; warnings: number };
      problems?: { severity: string; ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const listed = (report.problems ?? []).map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`,
    );
    if (listed.length > 0) console.warn(`Redocly:\n${listed.join('\n')}`);
    expect(report.totals, lint.stderr).toBeDefined();
    expect(report.totals!.errors, listed.join('\n')).toBe(0);
  });
});

describe('the HTTP protocol in the document', () => {
  type Responses = Record<string, { headers?: Record<string, { $ref: string }> }>;
  const refs = (operation: Operation) =>
    ((operation as { parameters?: { $ref?: string }[] }).parameters ?? []).flatMap((p) => (p.$ref ? [p.$ref] : []));
  const headersOf = (operation: Operation, status: string) =>
    Object.keys((operation.responses as Responses | undefined)?.[status]?.headers ?? {});

  it('states revalidation on every GET, preconditions and keys where they are honoured, and the headers they bring', () => {
    const gaps: string[] = [];
    for (const { key, operation } of operations) {
      const statuses = Object.keys(operation.responses ?? {});
      const parameters = refs(operation);
      const has = (name: string) => parameters.includes(`#/components/parameters/${name}`);
      if (!has('XRequestId')) gaps.push(`${key}: no X-Request-Id parameter`);
      for (const status of statuses)
        if (!headersOf(operation, status).includes('X-Request-Id')) gaps.push(`${key} ${status}: no X-Request-Id`);
      if (key.startsWith('GET ')) {
        if (!has('IfNoneMatch') || !statuses.includes('304')) gaps.push(`${key}: no If-None-Match → 304`);
        if (!headersOf(operation, '200').includes('ETag')) gaps.push(`${key}: no ETag on 200`);
      }
      if (has('IfMatch') !== statuses.includes('412')) gaps.push(`${key}: If-Match without 412, or 412 without it`);
      if (has('IdempotencyKey') && !statuses.includes('422')) gaps.push(`${key}: Idempotency-Key without 422`);
      if (statuses.includes('201') && !headersOf(operation, '201').includes('Location'))
        gaps.push(`${key}: 201 without Location`);
      for (const status of ['429', '507'])
        if (statuses.includes(status) && !headersOf(operation, status).includes('Retry-After'))
          gaps.push(`${key} ${status}: no Retry-After`);
    }
    expect(gaps).toEqual([]);
    const honouring = (name: string) =>
      operations
        .filter(({ operation }) => refs(operation).includes(`#/components/parameters/${name}`))
        .map(({ operation }) => operation.operationId);
    expect(honouring('IfMatch').sort()).toEqual(
      [
        'updateArticle',
        'replaceArticle',
        'deleteArticle',
        'restoreArticleRevision',
        'markArticleTranslationCurrent',
        'updateRelatedLink',
        'deleteRelatedLink',
        'updateUser',
        'replaceSynonym',
        'deleteSynonym',
        ...['Author', 'Image'].flatMap((name) => [`update${name}`, `replace${name}`, `delete${name}`]),
      ].sort(),
    );
    expect(honouring('IdempotencyKey').sort()).toEqual([
      'addRelatedLink',
      'createArticle',
      'createArticleTranslation',
      'createAuthor',
      'createImage',
      'createSynonym',
    ]);
  });

  it('gives Block a discriminator with a mapping, each kind a component that keeps its own fields', () => {
    const block = doc.components.schemas.Block as Schema & { discriminator?: unknown };
    expect(block.discriminator).toEqual({
      propertyName: 'type',
      mapping: Object.fromEntries(
        ['paragraph', 'heading', 'quote', 'list', 'image', 'embed'].map((kind) => [
          kind,
          `#/components/schemas/${kind[0]!.toUpperCase()}${kind.slice(1)}Block`,
        ]),
      ),
    });
    expect(doc.components.schemas.HeadingBlock!.properties).toMatchObject({
      type: { type: 'string', const: 'heading', enum: ['heading'] },
      level: { type: 'integer', enum: [2, 3, 4] },
    });
  });

  it('requires what an article always has', () => {
    const article = doc.components.schemas.Article as Schema & { required?: string[] };
    expect(article.required).toEqual(expect.arrayContaining(['id', 'slug', 'title', 'status', 'version', 'seo']));
    expect(article.required).not.toContain('body');
  });
});

describe('GET /openapi.json', () => {
  it('serves the same document', async () => {
    const response = await t.http.get('/openapi.json').expect(200);
    expect(response.body).toEqual(doc);
  });

  it('names the configured public API URL as its server', async () => {
    const app = await buildApp(testConfig({ site: { ...testConfig().site, apiUrl: 'https://api.example.org' } }));
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    await app.close();
    expect(response.json().servers).toEqual([{ url: 'https://api.example.org', description: expect.any(String) }]);
    expect(doc.servers).toEqual([{ url: 'http://127.0.0.1:3000', description: expect.any(String) }]);
  });
});

describe('a client generated from openapi.yaml', () => {
  // The types are the client package's, generated from openapi.yaml (test/client.test.ts holds
  // them to it) and compiled with the flows by the type check.
  it('runs the editor and frontend flows', async () => {
    const editor = await editorFlow({ baseUrl: t.baseUrl, token: t.tokens.editor });
    const linkIds = editor.linkIds as string[];
    expect(editor.created).toMatchObject({
      id: anyId,
      status: 'published',
      authorIds: [editor.authorId],
      featuredImageId: editor.imageId,
      version: 1,
    });
    expect(linkIds).toEqual([anyId, anyId]);
    expect(editor.listed).toMatchObject({
      id: (editor.created as { id: string }).id,
      authors: [{ id: editor.authorId, name: 'Kateryna Hodunova' }],
      featuredImage: { id: editor.imageId, credit: 'Contributor/Getty Images' },
      related: [
        { id: linkIds[0], position: 0, kind: 'related' },
        { id: linkIds[1], position: 1, kind: 'read-more' },
      ],
    });
    expect(editor.bySlug).toMatchObject({
      id: (editor.created as { id: string }).id,
      slug: (editor.created as { slug: string }).slug,
    });
    expect(editor.patched).toMatchObject({
      title: 'Putin to demand Ukraine never join NATO, Bloomberg reports',
      version: 2,
    });
    expect(editor.relatedAfterDelete).toEqual([linkIds[1]]);
    expect(editor.deleteStatus).toBe(204);
    expect(editor.afterDeleteStatus).toBe(404);

    const published = (
      await t.http
        .post('/v1/articles')
        .set(t.auth('editor'))
        .send(factories.article({ status: 'published' }))
        .expect(201)
    ).body;
    const draft = (await t.http.post('/v1/articles').set(t.auth('editor')).send(factories.article()).expect(201)).body;
    const frontend = await frontendFlow({ baseUrl: t.baseUrl, slug: published.slug });
    expect(frontend.listedSlugs).toContain(published.slug);
    expect(frontend.listedSlugs).not.toContain(draft.slug);
    expect(frontend.article).toMatchObject({
      id: published.id,
      status: 'published',
      authors: [],
      featuredImage: null,
      related: [],
    });
    expect(frontend.missing).toMatchObject({ status: 404, problem: { code: 'ARTICLE_NOT_FOUND', status: 404 } });
  });
});
