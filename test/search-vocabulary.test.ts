// The vocabulary's expansions are kept between searches while nothing is committed, and read
// again after any commit: a new spelling, a synonym group and its deletion are found at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
const statements: string[] = [];

beforeAll(async () => {
  t = await buildTestApp({}, { onStatement: (text) => statements.push(text) });
});
afterAll(async () => t.close());

const post = (title: string) =>
  t.http
    .post('/v1/articles')
    .set(t.auth())
    .send(factories.article({ title, status: 'published', publishedAt: '2026-01-01T00:00:00Z' }))
    .expect(201);

/** The titles a public search finds, and how many vocabulary reads it ran. */
async function search(q: string): Promise<{ titles: string[]; vocabularyReads: number }> {
  statements.length = 0;
  const page = await t.http.get(`/v1/articles?q=${encodeURIComponent(q)}`).expect(200);
  return {
    titles: (page.body.data as { title: string }[]).map((hit) => hit.title).sort(),
    vocabularyReads: statements.filter((text) => /search_(terms|key_forms|synonym_keys)/.test(text)).length,
  };
}

describe('expansions kept between commits', () => {
  it('reads the vocabulary once for repeated searches, and again after a commit adds a spelling', async () => {
    await post('Quorvath visits the harbour');
    const first = await search('quorvath');
    expect(first.titles).toEqual(['Quorvath visits the harbour']);
    expect(first.vocabularyReads).toBeGreaterThan(0);

    const again = await search('quorvath');
    expect(again.titles).toEqual(first.titles);
    expect(again.vocabularyReads).toBe(0);

    // One edit away: found through the vocabulary, so only if it is read again.
    await post('Quorvat speaks to the council');
    const after = await search('quorvath');
    expect(after.vocabularyReads).toBeGreaterThan(0);
    expect(after.titles).toEqual(['Quorvat speaks to the council', 'Quorvath visits the harbour']);
  });

  it('finds a synonym at once after the group is created, and no longer once it is deleted', async () => {
    await post('Blentmoor flooding');
    expect((await search('skarrow')).titles).toEqual([]);
    expect((await search('skarrow')).vocabularyReads).toBe(0);
    const group = await t.http
      .post('/v1/search/synonyms')
      .set(t.auth())
      .send({ terms: ['Skarrow', 'Blentmoor'] })
      .expect(201);
    expect((await search('skarrow')).titles).toEqual(['Blentmoor flooding']);
    await t.http
      .delete(`/v1/search/synonyms/${group.body.id}`)
      .set(t.auth())
      .set('If-Match', group.headers.etag!)
      .expect(204);
    expect((await search('skarrow')).titles).toEqual([]);
  });

  it('keeps prefix completions apart from the whole word', async () => {
    await post('Vantreline agreement signed');
    expect((await search('vantrel')).titles).toEqual(['Vantreline agreement signed']);
    expect((await search('"vantrel"')).titles).toEqual([]);
    expect((await search('vantrel')).vocabularyReads).toBe(0);
  });
});
