// Tags and sections (issue 18, item 4): derived from the articles, one per slug, counted over
// what each viewer may see; the article filters by slug or name in any case, any-of and all-of
// tags, date-only bounds; the same through search, whose counts come from the index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
const now = '2026-12-01T12:00:00.000Z';
const ids: Record<string, string> = {};

type Viewer = 'public' | 'contributor' | 'editor';
const as = (viewer: Viewer) => (viewer === 'public' ? {} : t.auth(viewer));
const get = (path: string, viewer: Viewer = 'public', status = 200) => t.http.get(path).set(as(viewer)).expect(status);

const statements: string[] = [];

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => now, onStatement: (text) => statements.push(text) });
  const article = async (name: string, body: object, viewer: Viewer = 'editor') => {
    const created = await t.http
      .post('/v1/articles')
      .set(as(viewer))
      .send(
        factories.article({
          title: `Story ${name}`,
          body: [{ type: 'paragraph', text: `Ceasefire talks, part ${name}.` }],
          ...body,
        }),
      )
      .expect(201);
    ids[created.body.id] = name;
  };
  const published = (publishedAt: string) => ({ status: 'published', publishedAt });
  await article('A', { ...published('2026-11-30T00:00:00.000Z'), section: 'World', tags: ['Ukraine', 'NATO'] });
  await article('B', { ...published('2026-11-29T23:59:59.999Z'), section: 'world', tags: ['ukraine', 'Kyiv'] });
  // Two spellings of one tag on one article: counted once.
  await article('C', {
    ...published('2026-12-01T00:00:00.000Z'),
    section: 'News Feed',
    tags: ['NATO', 'Ukraine', 'ukraine'],
  });
  await article('D', {
    ...published('2027-01-01T00:00:00.000Z'),
    section: 'Secret Desk',
    tags: ['Embargoed', 'Ukraine'],
  });
  await article('E', { section: 'World', tags: ['Drafty'] });
  await article('F', { section: 'Pitches', tags: ['pitch', 'Ukraine'] }, 'contributor');
});
afterAll(async () => t.close());

type Term = { slug: string; name: string; count: { articles: number } };
const term = (slug: string, name: string, articles: number): Term => ({ slug, name, count: { articles } });
const articlesOf = async (query: string, viewer: Viewer = 'public') => {
  const body = (await get(`/v1/articles?${query}&limit=100&count=true`, viewer)).body as {
    data: { id: string }[];
    meta: { total: number };
  };
  expect(body.meta.total, query).toBe(body.data.length);
  return body.data.map((row) => ids[row.id]).sort();
};

describe('GET /v1/tags and /v1/sections', () => {
  it('lists one tag per slug, named by its most used spelling, counted over what each viewer may see', async () => {
    expect((await get('/v1/tags')).body).toEqual({
      data: [term('kyiv', 'Kyiv', 1), term('nato', 'NATO', 2), term('ukraine', 'Ukraine', 3)],
      meta: { limit: 20, nextCursor: null },
    });
    expect((await get('/v1/tags', 'contributor')).body.data).toEqual([
      term('kyiv', 'Kyiv', 1),
      term('nato', 'NATO', 2),
      term('pitch', 'pitch', 1),
      term('ukraine', 'Ukraine', 4),
    ]);
    expect((await get('/v1/tags', 'editor')).body.data).toEqual([
      term('drafty', 'Drafty', 1),
      term('embargoed', 'Embargoed', 1),
      term('kyiv', 'Kyiv', 1),
      term('nato', 'NATO', 2),
      term('pitch', 'pitch', 1),
      term('ukraine', 'Ukraine', 5),
    ]);
  });

  it('lists sections the same way', async () => {
    expect((await get('/v1/sections?count=true')).body).toEqual({
      data: [term('news-feed', 'News Feed', 1), term('world', 'World', 2)],
      meta: { limit: 20, nextCursor: null, total: 2 },
    });
    expect((await get('/v1/sections', 'editor')).body.data).toEqual([
      term('news-feed', 'News Feed', 1),
      term('pitches', 'Pitches', 1),
      term('secret-desk', 'Secret Desk', 1),
      term('world', 'World', 3),
    ]);
  });

  it('reads one by slug; a tag only hidden articles carry is a 404 to those who may not see them', async () => {
    expect((await get('/v1/tags/ukraine')).body).toEqual(term('ukraine', 'Ukraine', 3));
    expect((await get('/v1/sections/world', 'editor')).body).toEqual(term('world', 'World', 3));
    expect((await get('/v1/tags/embargoed', 'public', 404)).body).toMatchObject({ code: 'TAG_NOT_FOUND' });
    expect((await get('/v1/tags/pitch', 'public', 404)).body).toMatchObject({ code: 'TAG_NOT_FOUND' });
    expect((await get('/v1/tags/pitch', 'contributor')).body).toEqual(term('pitch', 'pitch', 1));
    expect((await get('/v1/sections/secret-desk', 'public', 404)).body).toMatchObject({ code: 'SECTION_NOT_FOUND' });
    expect((await get('/v1/tags/embargoed', 'editor')).body).toEqual(term('embargoed', 'Embargoed', 1));
  });

  it('pages with a keyset cursor by slug or by count, and counts the whole list', async () => {
    const follow = async (query: string) => {
      const slugs: string[] = [];
      let cursor: string | null = null;
      let total: number | undefined;
      do {
        const body = (await get(`/v1/tags?limit=2&count=true${query}${cursor ? `&cursor=${cursor}` : ''}`, 'editor'))
          .body as { data: Term[]; meta: { nextCursor: string | null; total: number } };
        slugs.push(...body.data.map((item) => item.slug));
        total ??= body.meta.total;
        cursor = body.meta.nextCursor;
      } while (cursor);
      expect(total).toBe(slugs.length);
      return slugs;
    };
    expect(await follow('')).toEqual(['drafty', 'embargoed', 'kyiv', 'nato', 'pitch', 'ukraine']);
    expect(await follow('&sort=-count')).toEqual(['ukraine', 'nato', 'drafty', 'embargoed', 'kyiv', 'pitch']);
    const bySlug = (await get('/v1/tags?limit=1')).body.meta.nextCursor;
    expect((await get(`/v1/tags?sort=-count&cursor=${bySlug}`, 'public', 400)).body).toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });

  it('revalidates with an ETag, and refuses a slug that is not one, naming it', async () => {
    const first = await get('/v1/tags');
    await t.http.get('/v1/tags').set('If-None-Match', first.headers.etag!).expect(304);
    const bad = await get('/v1/tags/Not%20A%20Slug', 'public', 400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(['slug']);
    const unknown = await get('/v1/sections?sort=name', 'public', 400);
    expect(unknown.body.errors.map((error: { path: string }) => error.path)).toEqual(['sort']);
  });
});

describe('the statements of a list', () => {
  it('are as many however many tags and spellings there are (no statement per tag)', async () => {
    const countFor = async (path: string) => {
      await get(path, 'editor'); // warms the caching plugin's view of the last change
      statements.length = 0;
      await get(path, 'editor');
      // Those of the route: not the token's look-up, nor what timers run meanwhile (the worker).
      return statements.filter((text) => /^select ("article_tags"\."tag"|"section")/.test(text)).length;
    };
    const before = { tags: await countFor('/v1/tags'), sections: await countFor('/v1/sections') };
    for (const [index, tags] of [['Mariupol', 'mariupol'], ['Odesa', 'ODESA', 'odesa'], ['Lviv']].entries())
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title: `Count ${index}`, section: `Desk ${index}`, tags }))
        .expect(201);
    expect({ tags: await countFor('/v1/tags'), sections: await countFor('/v1/sections') }).toEqual(before);
    expect(before).toEqual({ tags: 2, sections: 1 });
    const terms = (await get('/v1/tags?limit=100', 'editor')).body.data as Term[];
    expect(terms.filter((item) => ['lviv', 'mariupol', 'odesa'].includes(item.slug))).toEqual([
      term('lviv', 'Lviv', 1),
      term('mariupol', 'Mariupol', 1),
      term('odesa', 'ODESA', 1),
    ]);
  });
});

describe('the article filters', () => {
  it('find a section by slug or name in any case', async () => {
    for (const section of ['world', 'World', 'WORLD', 'wOrLd'])
      expect(await articlesOf(`section=${section}`), section).toEqual(['A', 'B']);
    expect(await articlesOf('section=news-feed')).toEqual(['C']);
    expect(await articlesOf('section=News%20Feed')).toEqual(['C']);
    expect(await articlesOf('section=world', 'editor')).toEqual(['A', 'B', 'E']);
    expect(await articlesOf('section=nowhere')).toEqual([]);
  });

  it('find tags by slug or name, any of them (tag=a,b) or all of them (allTags=a,b)', async () => {
    expect(await articlesOf('tag=ukraine')).toEqual(['A', 'B', 'C']);
    expect(await articlesOf('tag=UKRAINE', 'contributor')).toEqual(['A', 'B', 'C', 'F']);
    expect(await articlesOf('tag=kyiv,Nato')).toEqual(['A', 'B', 'C']);
    expect(await articlesOf('allTags=ukraine,nato')).toEqual(['A', 'C']);
    expect(await articlesOf('allTags=Ukraine,kyiv')).toEqual(['B']);
    expect(await articlesOf('tag=kyiv,pitch&allTags=ukraine', 'editor')).toEqual(['B', 'F']);
    expect(await articlesOf('allTags=ukraine,nowhere')).toEqual([]);
    expect(await articlesOf('tag=nowhere,kyiv')).toEqual(['B']);
    expect(await articlesOf('tag=nowhere')).toEqual([]);
  });

  it('take a date alone as a UTC day: publishedAfter from its start (inclusive), publishedBefore until its start (exclusive)', async () => {
    expect(await articlesOf('publishedAfter=2026-11-30')).toEqual(['A', 'C']);
    expect(await articlesOf('publishedBefore=2026-12-01')).toEqual(['A', 'B']);
    expect(await articlesOf('publishedAfter=2026-11-30&publishedBefore=2026-12-01')).toEqual(['A']);
    // Date-times keep their exclusive bounds.
    expect(await articlesOf('publishedAfter=2026-11-30T00:00:00Z')).toEqual(['C']);
  });

  it('apply the same through search, with counts that match the pages', async () => {
    const queries = [
      'section=world',
      'section=WORLD&tag=kyiv',
      'tag=ukraine',
      'tag=kyiv,nato',
      'allTags=ukraine,nato',
      'allTags=ukraine,nowhere',
      'publishedAfter=2026-11-30&publishedBefore=2026-12-01',
      'section=pitches',
    ];
    for (const viewer of ['public', 'contributor', 'editor'] as const)
      for (const query of queries)
        for (const sort of ['relevance', '-publishedAt', 'publishedAt', 'title'])
          expect(await articlesOf(`q=ceasefire&sort=${sort}&${query}`, viewer), `${viewer} ${query} ${sort}`).toEqual(
            await articlesOf(query, viewer),
          );
  });

  it('apply to the feeds', async () => {
    const feed = JSON.parse((await get('/v1/feeds/feed.json?section=WORLD&tag=kyiv,nato')).text);
    expect(feed.items.map((item: { title: string }) => item.title)).toEqual(['Story A', 'Story B']);
    expect(feed.feed_url).toMatch(/\?section=WORLD&tag=kyiv%2Cnato$/);
    const both = JSON.parse((await get('/v1/feeds/feed.json?allTags=ukraine,nato')).text);
    expect(both.items.map((item: { title: string }) => item.title)).toEqual(['Story C', 'Story A']);
  });

  it('answer a 400 naming the field for bad input', async () => {
    const fields = async (query: string) =>
      ((await get(`/v1/articles?${query}`, 'public', 400)).body.errors as { path: string; message: string }[]).map(
        (error) => `${error.path}: ${error.message}`,
      );
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`).join(',');
    expect(await fields(`tag=${eleven}`)).toEqual(['tag: names 11 tags; at most 10']);
    expect(await fields(`allTags=${eleven}`)).toEqual(['allTags: names 11 tags; at most 10']);
    expect(await fields('tag=a&tag=b')).toEqual(['tag: give several tags in one parameter, comma-separated: tag=a,b']);
    expect(await fields('tag=,')).toEqual(['tag: must name at least one tag']);
    expect(await fields(`tag=${'x'.repeat(101)}`)).toEqual(['tag: a tag has at most 100 characters']);
    expect(await fields('section=')).toEqual([expect.stringMatching(/^section: /)]);
    for (const date of ['2026-13-01', '2026-11-31x', '30.11.2026', '2026-11'])
      expect(await fields(`publishedAfter=${date}`), date).toEqual([
        'publishedAfter: must be an ISO 8601 date (2026-11-30) or date-time',
      ]);
    expect(await fields('publishedBefore=tomorrow')).toEqual([
      'publishedBefore: must be an ISO 8601 date (2026-11-30) or date-time',
    ]);
  });
});
