import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { errorCatalogue } from '../src/lib/errors.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ bodyLimitBytes: 4096 });
});
afterAll(async () => t.close());

const expectProblem = (
  response: { headers: Record<string, string>; body: Record<string, unknown> },
  status: number,
  code: string,
) => {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['x-request-id']).toEqual(expect.any(String));
  expect(response.body).toEqual({
    type: `urn:newsdesk:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: errorCatalogue[code as keyof typeof errorCatalogue].title,
    status,
    detail: expect.any(String),
    code,
    instance: expect.any(String),
    requestId: response.headers['x-request-id'],
    ...(response.body.errors ? { errors: expect.any(Array) } : {}),
  });
};

describe('problem+json for every error', () => {
  it('malformed JSON is a 400 MALFORMED_JSON', async () => {
    const response = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .set('content-type', 'application/json')
      .send('{"title": "x",')
      .expect(400);
    expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('an empty JSON body is a 400 MALFORMED_JSON', async () => {
    const response = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .set('content-type', 'application/json')
      .send('')
      .expect(400);
    expectProblem(response, 400, 'MALFORMED_JSON');
  });

  it('a body that is not JSON is a 415', async () => {
    const response = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .set('content-type', 'text/plain')
      .send('title=x')
      .expect(415);
    expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body over the limit is a 413', async () => {
    const response = await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ subtitle: 'x'.repeat(5000) }))
      .expect(413);
    expectProblem(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('a JSON body of the wrong shape is a 400 naming the body', async () => {
    const response = await t.http.post('/v1/articles').set(t.auth()).send([1, 2]).expect(400);
    expectProblem(response, 400, 'VALIDATION_FAILED');
  });

  it('an unknown route is a 404 ROUTE_NOT_FOUND', async () => {
    const response = await t.http.get('/v1/nothing-here').expect(404);
    expectProblem(response, 404, 'ROUTE_NOT_FOUND');
    const wrongMethod = await t.http.post('/healthz').expect(404);
    expectProblem(wrongMethod, 404, 'ROUTE_NOT_FOUND');
  });

  it('a missing or bad token is a 401, a low role a 403', async () => {
    expectProblem(await t.http.post('/v1/authors').send(factories.author()).expect(401), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.http.get('/v1/articles').set('Authorization', 'Bearer nd_wrong').expect(401),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(
      await t.http.get('/v1/articles').set('Authorization', 'Basic abc').expect(401),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(
      await t.http.post('/v1/authors').set(t.auth('contributor')).send(factories.author()).expect(403),
      403,
      'FORBIDDEN',
    );
  });

  it('a cursor holding text no database holds (U+0000) is a 400 INVALID_CURSOR, not a 5xx', async () => {
    const cursor = Buffer.from(JSON.stringify(['name', '0000-00-00T00:00:00Z\u0000', ''])).toString('base64url');
    expectProblem(await t.http.get(`/v1/authors?cursor=${cursor}`).expect(400), 400, 'INVALID_CURSOR');
  });

  it('never crashes: the server still answers after all of the above', async () => {
    await t.http.get('/healthz').expect(200, { status: 'ok' });
  });
});

describe('5xx', () => {
  it('hides internals from the body and logs the error', async () => {
    const logged: string[] = [];
    const app = await buildApp(testConfig({ logLevel: 'error' }));
    app.log.error = ((...args: unknown[]) => void logged.push(JSON.stringify(args))) as typeof app.log.error;
    app.get('/boom', { config: { access: 'public' } }, async () => {
      throw new Error('SQLITE_CORRUPT at /secret/path.db');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).not.toContain('SQLITE');
    expect(response.body).not.toContain('/secret');
    expect(response.json()).toMatchObject({ status: 500, code: 'INTERNAL' });
  });

  it('a route without an access rule stops the app from starting', async () => {
    const app = await buildApp(testConfig());
    app.get('/undeclared', async () => 'open');
    await expect(app.ready()).rejects.toThrow(/without an access rule.*GET \/undeclared/);
    await app.close().catch(() => undefined);
  });
});
