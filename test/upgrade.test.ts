// A database made by the main before staff users (test/fixtures/before-users) migrates on start
// and keeps working: each token became its own user, attribution by name became attribution by
// user id, and the new rules apply to the old content.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../src/db/open.js';
import { buildTestApp, type TestApp } from './helpers/build-test-app.js';
import { tempDir } from './helpers/server-process.js';
import { freshDatabase, testEngine } from './helpers/test-database.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'before-users');
type Fixture = {
  tokens: Record<'chief' | 'desk' | 'freelancerA' | 'freelancerB' | 'gone', string>;
  articles: Record<'draft' | 'scheduled' | 'published', string>;
};
const fixture: Fixture = JSON.parse(readFileSync(join(fixtures, `${testEngine}-tokens.json`), 'utf8'));

/** The old database, as a new target of the engine under test. */
async function oldDatabase(): Promise<DatabaseTarget> {
  if (testEngine === 'sqlite') {
    const path = join(tempDir('newsdesk-upgrade-'), 'newsdesk.db');
    copyFileSync(join(fixtures, 'newsdesk.sqlite'), path);
    return { kind: 'sqlite', path };
  }
  const target = await freshDatabase({ empty: true });
  if (target.kind !== 'postgres') throw new Error('expected PostgreSQL');
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(readFileSync(join(fixtures, 'postgres.sql'), 'utf8'));
  } finally {
    await client.end();
  }
  return target;
}

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ database: await oldDatabase() });
});
afterAll(async () => t.close());

const as = (name: keyof Fixture['tokens']) => ({ Authorization: `Bearer ${fixture.tokens[name]}` });
type User = { id: string; name: string; role: string; active: boolean };

describe('a database from before users', () => {
  it('has a user for each old token, and an inactive one for each other name in the attribution', async () => {
    const users: User[] = (await t.http.get('/v1/users?limit=100').set(as('chief')).expect(200)).body.data;
    const old = users.filter((user) => !user.name.endsWith('-test'));
    expect(old.map(({ name, role, active }) => ({ name, role, active }))).toEqual([
      { name: 'chief', role: 'admin', active: true },
      { name: 'desk', role: 'editor', active: true },
      { name: 'freelancer', role: 'contributor', active: true },
      { name: 'freelancer', role: 'contributor', active: true },
      { name: 'gone', role: 'editor', active: true },
      { name: 'seed', role: 'contributor', active: false },
    ]);
    const tokens = (await t.http.get('/v1/tokens').set(as('chief')).expect(200)).body.data as {
      name: string;
      kind: string;
      user: User;
      revokedAt: string | null;
    }[];
    for (const token of tokens.filter((token) => !token.user.name.endsWith('-test'))) {
      expect(token.kind).toBe('write');
      expect(token.name).toBe(token.user.name);
      expect(token.revokedAt !== null).toBe(token.name === 'gone');
    }
  });

  it('keeps every old token working as before, and the revoked one refused', async () => {
    await t.http.get('/v1/articles?status=draft').set(as('desk')).expect(200);
    await t.http.get('/v1/tokens').set(as('desk')).expect(403);
    await t.http.get('/v1/articles').set(as('gone')).expect(401);
  });

  it('names users in attribution and revisions, and confines the two freelancers to their own work', async () => {
    const users: User[] = (await t.http.get('/v1/users?limit=100').set(as('chief')).expect(200)).body.data;
    const named = (name: string) => users.filter((user) => user.name === name);
    const [first] = named('freelancer');
    await t.http.get(`/v1/articles/${fixture.articles.draft}`).set(as('freelancerA')).expect(200);
    // Attribution is for editors (a contributor sees none); the old rows said 'freelancer', which
    // both tokens were: the first-made user has it.
    const draft = (await t.http.get(`/v1/articles/${fixture.articles.draft}`).set(as('desk')).expect(200)).body;
    expect(draft.createdBy).toEqual({ id: first!.id, name: 'freelancer' });
    const revisions = (await t.http.get(`/v1/articles/${draft.id}/revisions`).set(as('desk')).expect(200)).body.data;
    expect(revisions.map((revision: { createdBy: object }) => revision.createdBy)).toEqual([
      { id: first!.id, name: 'freelancer' },
      { id: first!.id, name: 'freelancer' },
    ]);
    const own = (await t.http.get(`/v1/articles/${draft.id}/revisions`).set(as('freelancerA')).expect(200)).body.data;
    expect(own.map((revision: object) => 'createdBy' in revision)).toEqual([false, false]);
    const snapshot = (await t.http.get(`/v1/articles/${draft.id}/revisions/1`).set(as('desk')).expect(200)).body;
    expect(snapshot.article.createdBy).toEqual({ id: first!.id, name: 'freelancer' });
    await t.http.get(`/v1/articles/${draft.id}`).set(as('freelancerB')).expect(404);
    await t.http.patch(`/v1/articles/${draft.id}`).set(as('freelancerB')).send({ subtitle: 'x' }).expect(404);
    const search = (await t.http.get('/v1/articles?q=harbour').set(as('freelancerA')).expect(200)).body.data;
    expect(search.map((article: { id: string }) => article.id)).toEqual([draft.id]);
    expect((await t.http.get('/v1/articles?q=harbour').set(as('freelancerB')).expect(200)).body.data).toEqual([]);
    await t.http
      .patch(`/v1/articles/${draft.id}`)
      .set(as('freelancerA'))
      .send({ subtitle: 'Third version' })
      .expect(200);

    const published = (await t.http.get(`/v1/articles/${fixture.articles.published}`).set(as('desk')).expect(200)).body;
    expect(published).toMatchObject({
      createdBy: { id: named('desk')[0]!.id, name: 'desk' },
      updatedBy: { id: named('chief')[0]!.id, name: 'chief' },
    });
    await t.http.get(`/v1/articles/${fixture.articles.scheduled}`).set(as('freelancerA')).expect(404);
    const source = (await t.http.get('/v1/articles?limit=100').set(as('desk')).expect(200)).body.data.find(
      (article: { title: string }) => article.title.startsWith('Putin'),
    );
    expect(source.createdBy).toEqual({ id: named('seed')[0]!.id, name: 'seed' });
  });

  it('cuts snippets from the old articles once their search entries are written again', async () => {
    const found = (await t.http.get('/v1/articles?q=putin').expect(200)).body.data;
    const source = found.find((article: { title: string }) => article.title.startsWith('Putin'));
    expect(source.snippet).toMatch(/<mark>Putin<\/mark>/);
  });

  it('hides the link to the embargoed story from the public, as the new rule says', async () => {
    const related = (await t.http.get(`/v1/articles/${fixture.articles.published}/related`).expect(200)).body.data;
    expect(related).toEqual([]);
    const editors = (await t.http.get(`/v1/articles/${fixture.articles.published}/related`).set(as('desk')).expect(200))
      .body.data;
    expect(editors).toMatchObject([{ targetArticleId: fixture.articles.scheduled, title: 'Coming soon' }]);
  });
});
