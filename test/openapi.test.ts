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
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

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
    const gaps: string[] = [];
    for (const { key, operation } of operations) {
      const statuses = Object.keys(operation.responses ?? {});
      const problems = statuses.filter(
        (status) => /^4\d\d$/.test(status) && operation.responses![status]!.content?.['application/problem+json'],
      );
      if (!operation.operationId) gaps.push(`${key}: no operationId`);
      if (!operation.tags?.length) gaps.push(`${key}: no tag`);
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

describe('GET /openapi.json', () => {
  it('serves the same document', async () => {
    const response = await t.http.get('/openapi.json').expect(200);
    expect(response.body).toEqual(doc);
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
