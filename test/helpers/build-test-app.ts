// Every test file gets its own app on a fresh SQLite database migrated from migrations/,
// served over real HTTP on 127.0.0.1, with one token per role.
import type { FastifyInstance } from 'fastify';
import supertest, { type Response } from 'supertest';
import { expect } from 'vitest';
import { type BuildOptions, buildApp } from '../../src/app.js';
import { type Config, testConfig } from '../../src/config.js';
import type { Role } from '../../src/modules/access/index.js';
import { createTokenForUserNamed } from '../../src/modules/tokens/index.js';
import { freshDatabase } from './test-database.js';

export type TestApp = {
  app: FastifyInstance;
  baseUrl: string;
  http: ReturnType<typeof supertest>;
  tokens: Record<Role, string>;
  /** An Authorization header value for a role. */
  auth: (role?: Role) => { Authorization: string };
  /** POSTs `body` to `path` as `role` (an editor by default), expects 201, and gives the body. */
  created: (path: string, body: object, role?: Role) => Promise<Response['body']>;
  close: () => Promise<void>;
};

export async function buildTestApp(overrides: Partial<Config> = {}, options: BuildOptions = {}): Promise<TestApp> {
  const app = await buildApp(testConfig({ database: await freshDatabase(), ...overrides }), options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const tokens = {
    admin: (await createTokenForUserNamed(app.ctx, { name: 'admin-test', role: 'admin' })).token,
    editor: (await createTokenForUserNamed(app.ctx, { name: 'editor-test', role: 'editor' })).token,
    contributor: (await createTokenForUserNamed(app.ctx, { name: 'contributor-test', role: 'contributor' })).token,
  };
  const http = supertest(baseUrl);
  const auth = (role: Role = 'editor') => ({ Authorization: `Bearer ${tokens[role]}` });
  return {
    app,
    baseUrl,
    http,
    tokens,
    auth,
    created: async (path, body, role = 'editor') => (await http.post(path).set(auth(role)).send(body).expect(201)).body,
    close: () => app.close(),
  };
}

/** The path (and query) of a URL the API answered with (absolute, or a path already), to request
 *  it from the test server. */
export const pathOf = (url: string): string => {
  const parsed = new URL(url, 'http://path.invalid');
  return `${parsed.pathname}${parsed.search}`;
};

/** Matchers for values that differ per run. */
export const anyId = expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
export const anyTimestamp = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

/** Small body factories: only what the test is about has to be written out. */
let counter = 0;
export const factories = {
  author: (overrides: Record<string, unknown> = {}) => ({
    name: `Author ${++counter}`,
    role: 'Reporter',
    ...overrides,
  }),
  image: (overrides: Record<string, unknown> = {}) => ({
    url: `https://img.example.org/photo-${++counter}.jpg`,
    alt: `Photo ${counter}`,
    ...overrides,
  }),
  article: (overrides: Record<string, unknown> = {}) => ({
    title: `Article ${++counter}`,
    body: [{ type: 'paragraph', text: `Paragraph of article ${counter}.` }],
    ...overrides,
  }),
};
