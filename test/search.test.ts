// Full-text search (issue 6): ranking, snippets, prefixes, diacritics and Cyrillic, hostile input,
// visibility, pagination, and an index that follows every write.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteEngine } from '../src/db/sqlite/engine.js';
import { mergeIndexes } from '../src/db/sqlite/search.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { onEngine } from './helpers/test-database.js';

let t: TestApp;
let clock = new Date('2026-03-01T12:00:00.000Z').getTime();

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date(clock).toISOString() });
});
afterAll(async () => t.close());

type Hit = { id: string; title: string; snippet?: string };
type Page = { data: Hit[]; meta: { nextCursor: string | null; limit: number; total?: number } };

const post = async (body: object) =>
  (
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published', publishedAt: '2026-02-01T00:00:00Z', ...body }))
      .expect(201)
  ).body;
const paragraph = (text: string) => [{ type: 'paragraph', text }];
const search = async (query: string, role?: 'editor'): Promise<Page> => {
  const request = t.http.get(`/v1/articles?${query}`);
  return (await (role ? request.set(t.auth(role)) : request).expect(200)).body;
};
const q = (text: string, extra = '') => search(`q=${encodeURIComponent(text)}${extra}`);
const titles = (page: Page) => page.data.map((hit) => hit.title);
/** Filler prose without any of the words searched for here. */
const filler = (words: number) =>
  Array.from(
    { length: words },
    (_, i) => ['harbour', 'weather', 'council', 'morning', 'budget', 'railway', 'market', 'village'][i % 8],
  ).join(' ');

describe('ranking', () => {
  it('puts a title match above articles that only mention the word in the body, however often', async () => {
    await post({
      title: 'Ferry timetable changes',
      section: 'Ranking',
      publishedAt: '2026-01-20T00:00:00Z',
      body: paragraph(`Quinoaville ${filler(30)} quinoaville quinoaville. ${filler(20)} quinoaville.`),
    });
    await post({ title: 'Weekend notes', section: 'Ranking', body: paragraph(`${filler(40)} quinoaville.`) });
    // A long article whose title matches, and older than both.
    await post({
      title: 'Quinoaville council votes on the harbour',
      section: 'Ranking',
      publishedAt: '2026-01-10T00:00:00Z',
      body: paragraph(filler(1500)),
    });
    const ranked = await q('quinoaville', '&section=Ranking');
    // Within a field, the newer match first: repeating a word does not make a story more about it.
    expect(titles(ranked)).toEqual([
      'Quinoaville council votes on the harbour',
      'Weekend notes',
      'Ferry timetable changes',
    ]);
    // Relevance is the default order with q, and can be asked for by name.
    expect(titles(await q('quinoaville', '&section=Ranking&sort=relevance'))).toEqual(titles(ranked));
    expect(titles(await q('quinoaville', '&section=Ranking&sort=title'))).toEqual([
      'Ferry timetable changes',
      'Quinoaville council votes on the harbour',
      'Weekend notes',
    ]);
  });

  it('weights the title above the subtitle, the subtitle above the body', async () => {
    await post({
      title: 'Grain exports',
      subtitle: 'Barley prices climb',
      section: 'Weights',
      body: paragraph(`${filler(30)} wheat.`),
    });
    await post({ title: 'Wheat harvest ends early', section: 'Weights', body: paragraph(filler(30)) });
    await post({ title: 'Farm diary', subtitle: 'Wheat and barley', section: 'Weights', body: paragraph(filler(30)) });
    expect(titles(await q('wheat', '&section=Weights'))).toEqual([
      'Wheat harvest ends early',
      'Farm diary',
      'Grain exports',
    ]);
  });
});

describe('snippets', () => {
  it('marks the matches in the best passage of the body, with the text around them HTML-escaped', async () => {
    await post({
      title: 'Snippet escaping',
      body: paragraph('Leaders said the <script> tag & "quotes" stay escaped while NATO neutrality talks continue.'),
    });
    const page = await q('nato neutr');
    expect(page.data).toEqual([
      expect.objectContaining({
        title: 'Snippet escaping',
        snippet:
          'Leaders said the &lt;script&gt; tag &amp; &quot;quotes&quot; stay escaped while <mark>NATO</mark> <mark>neutrality</mark> talks continue.',
      }),
    ]);
  });

  it('cuts long bodies around the matches, and stays with fields=', async () => {
    await post({
      title: 'Long snippet',
      body: paragraph(`${filler(100)} the zucchinification of politics ${filler(100)}`),
    });
    const page = await q('zucchinification', '&fields=title');
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toEqual({
      title: 'Long snippet',
      snippet: expect.stringMatching(/^….*<mark>zucchinification<\/mark>.*…$/),
    });
    expect(page.data[0]!.snippet!.split(' ').length).toBeLessThanOrEqual(24);
  });

  it('shows the start of the body when only the title matches, the excerpt when there is no body', async () => {
    await post({ title: 'Pomegranate season', body: paragraph('Markets fill with red fruit.') });
    await post({ title: 'Pomegranate recipes', excerpt: 'Seeds & syrup', body: [] });
    const page = await q('pomegranate', '&sort=title');
    expect(page.data.map(({ title, snippet }) => ({ title, snippet }))).toEqual([
      { title: 'Pomegranate recipes', snippet: 'Seeds &amp; syrup' },
      { title: 'Pomegranate season', snippet: 'Markets fill with red fruit.' },
    ]);
  });

  it('is absent from lists without q', async () => {
    const page = await search('limit=5');
    expect(page.data.length).toBeGreaterThan(0);
    for (const hit of page.data) expect(hit).not.toHaveProperty('snippet');
  });
});

describe('what matches', () => {
  beforeAll(async () => {
    await post({
      title: 'Zelenskýy visits a café in Lviv',
      section: 'Words',
      body: paragraph('The president met résistance fighters.'),
    });
    await post({
      title: 'Київ готується до зими',
      section: 'Words',
      body: paragraph('Енергетики працюють цілодобово, щоб відновити мережу.'),
    });
    await post({
      title: 'Neutral ground',
      section: 'Words',
      body: paragraph('NATO membership is off the table, officials said.'),
    });
  });
  const found = async (text: string) => titles(await q(text, '&section=Words'));

  it('matches the last word as a prefix, the others as whole words', async () => {
    expect(await found('nato neutr')).toEqual(['Neutral ground']);
    expect(await found('neutr nato')).toEqual([]);
    expect(await found('off the tab')).toEqual(['Neutral ground']);
  });

  it('ignores case and diacritics, in the query and in the text', async () => {
    for (const query of [
      'zelenskyy',
      'Zelenskýy',
      'ZELENSKÝY',
      'cafe',
      'café',
      'CAFÉ',
      'cafe\u0301',
      'resistance',
      'lviv café',
    ]) {
      expect({ query, titles: await found(query) }).toEqual({ query, titles: ['Zelenskýy visits a café in Lviv'] });
    }
  });

  it('searches Cyrillic text, whatever the case, with prefixes', async () => {
    for (const query of ['київ', 'Київ', 'КИЇВ', 'гот', 'Київ гот', 'енергетики', 'мереж']) {
      expect({ query, titles: await found(query) }).toEqual({ query, titles: ['Київ готується до зими'] });
    }
    const [hit] = (await q('енергетики', '&section=Words')).data;
    expect(hit!.snippet).toBe('<mark>Енергетики</mark> працюють цілодобово, щоб відновити мережу.');
  });
});

describe('hostile queries', () => {
  const hostile = [
    '"',
    "'",
    '*',
    'nato*',
    '"nato',
    'NEAR(',
    'NEAR(nato neutral, 2)',
    '-nato',
    'nato OR neutral',
    'nato AND NOT neutral',
    'title:nato',
    '{title}: nato',
    'body : x',
    '^nato',
    "'; drop table articles; --",
    'x" OR "1"="1',
    ')))(((',
    'a'.repeat(500),
    Array.from({ length: 60 }, (_, i) => `word${i}`).join(' '),
    '\u0000',
    'nato\u0000neutral',
    '💩 nato',
    '\u202enato',
  ];

  it('answers every one with results or a 400 naming q, never a 5xx', async () => {
    for (const text of hostile) {
      const response = await t.http.get(`/v1/articles?q=${encodeURIComponent(text)}&count=true`);
      expect({ text, status: response.status }).toEqual({ text, status: expect.toBeOneOf([200, 400]) });
      if (response.status === 400) expect(response.body.errors).toEqual([{ path: 'q', message: expect.any(String) }]);
      else expect(response.body.meta.total).toBe(response.body.data.length);
    }
    // Syntax is text: operators are words to find like any other, punctuation separates words.
    expect(titles(await q('nato OR neutral', '&section=Words'))).toEqual([]);
    for (const text of ['"nato" -table*', 'nato:membership', '(officials) ^said', 'off* "the" table)', '-nato']) {
      expect({ text, titles: titles(await q(text, '&section=Words')) }).toEqual({ text, titles: ['Neutral ground'] });
    }
  });

  it('refuses queries without letters or digits', async () => {
    for (const text of ['*** ---', '💩', '\u0301', '   ', '""']) {
      const response = await t.http.get(`/v1/articles?q=${encodeURIComponent(text)}`).expect(400);
      expect(response.body.errors).toEqual([{ path: 'q', message: expect.any(String) }]);
    }
  });

  it('refuses 10 KB of text with a 400 naming q', async () => {
    const response = await t.http.get(`/v1/articles?q=${'nato '.repeat(2048)}`).expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'q', message: expect.stringContaining('500') }],
    });
  });

  it('survives bytes that are not UTF-8 and repeated parameters', async () => {
    for (const raw of ['%ED%A0%80', '%ED%A0%80nato', '%FF%FE', '%C0%80', 'nato&q=neutral']) {
      const response = await t.http.get(`/v1/articles?q=${raw}`);
      expect({ raw, status: response.status }).toEqual({ raw, status: expect.toBeOneOf([200, 400]) });
    }
    // Nothing was harmed.
    expect(titles(await q('nato neutr', '&section=Words'))).toEqual(['Neutral ground']);
  });
});

describe('filters, visibility and pagination', () => {
  let authorId: string;
  beforeAll(async () => {
    const author = (
      await t.http
        .post('/v1/authors')
        .set(t.auth())
        .send(factories.author({ name: 'Paging Author' }))
        .expect(201)
    ).body;
    authorId = author.id;
    for (let i = 0; i < 7; i++) {
      await post({
        title: `Blizzard report ${i}`,
        section: 'Paging',
        tags: i % 2 === 0 ? ['even'] : ['odd'],
        authorIds: i < 4 ? [author.id] : [],
        publishedAt: `2026-01-0${i + 1}T00:00:00Z`,
        // Different counts give different bm25 scores; two pairs tie, so ids break the ties.
        body: paragraph(`${'blizzard '.repeat([1, 2, 2, 3, 3, 4, 5][i]!)}${filler(20)}`),
      });
    }
    await post({ title: 'Blizzard draft', section: 'Paging', status: 'draft', publishedAt: null });
    await post({ title: 'Blizzard scheduled', section: 'Paging', publishedAt: '2026-06-01T00:00:00Z' });
    await post({ title: 'Blizzard archived', section: 'Paging', status: 'archived' });
  });

  const walk = async (query: string, role?: 'editor') => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await search(`${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, role);
      seen.push(...titles(page));
      cursor = page.meta.nextCursor;
    } while (cursor);
    return seen;
  };

  it('walks every page of relevance-ranked results once, in the order of a single page', async () => {
    for (const sort of ['relevance', '-publishedAt', 'title']) {
      const base = `q=blizzard&section=Paging&sort=${sort}`;
      const whole = titles(await search(`${base}&limit=100`));
      expect(whole).toHaveLength(7);
      expect(await walk(base)).toEqual(whole);
    }
    // All match in the title: the newest first, however often the body repeats the word.
    expect(titles(await search('q=blizzard&section=Paging&limit=3'))).toEqual([
      'Blizzard report 6',
      'Blizzard report 5',
      'Blizzard report 4',
    ]);
  });

  it('reads a first page of matches in several fields and spellings as the pages after a cursor read it', async () => {
    // A first page reads each tier without leaving out the tiers above (an article read twice
    // keeps its best score); a page after a cursor leaves them out: both orders must agree.
    const articles = [
      { title: 'Pangolino in the headline', body: paragraph(`pangolino ${filler(8)}`) },
      { title: 'Pangolina spelt otherwise', body: paragraph(`${filler(8)} pangolino`) },
      { title: 'Subtitle story', subtitle: 'A pangolino seen', body: paragraph(`pangolino ${filler(8)}`) },
      { title: 'Excerpt story', excerpt: 'The pangolina returns', body: paragraph(filler(8)) },
      { title: 'Body story', excerpt: 'Nothing here.', body: paragraph(`${filler(8)} pangolino ${filler(4)}`) },
      { title: 'Other body story', excerpt: 'Nothing here.', body: paragraph(`${filler(6)} pangolina`) },
      { title: 'Both spellings', excerpt: 'Nothing here.', body: paragraph(`pangolina ${filler(5)} pangolino`) },
      { title: 'Pangolino again', excerpt: 'A pangolina too', body: paragraph(filler(8)) },
    ];
    for (const [n, article] of articles.entries())
      await post({
        ...article,
        section: 'Pangolins',
        publishedAt: `2025-${String(12 - n).padStart(2, '0')}-01T00:00:00Z`,
      });
    const whole = titles(await search('q=pangolino&limit=100'));
    expect(new Set(whole)).toEqual(new Set(articles.map((article) => article.title)));
    for (let limit = 1; limit <= articles.length; limit++)
      expect(titles(await search(`q=pangolino&limit=${limit}`))).toEqual(whole.slice(0, limit));
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await search(`q=pangolino&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      walked.push(...titles(page));
      cursor = page.meta.nextCursor;
    } while (cursor);
    expect(walked).toEqual(whole);
    // Publication time plus each article's best tier (title 6 half-lives of 30 days, spelt
    // otherwise 4; head 4 and 2; anywhere 2 and 0): the order of those sums.
    expect(whole).toEqual([
      'Pangolino in the headline',
      'Pangolina spelt otherwise',
      'Subtitle story',
      'Excerpt story',
      'Pangolino again',
      'Body story',
      'Both spellings',
      'Other body story',
    ]);
  });

  it('ranks by the index first without filters, skipping hidden hits however many outrank the visible ones', async () => {
    // 70 drafts match in their titles and outrank 5 published articles that mention the word in
    // the body: the public's first page must look past more than one chunk of hidden hits.
    for (let i = 0; i < 70; i++)
      await post({
        title: `Xylofoam draft ${i}`,
        section: 'Xylo',
        status: 'draft',
        publishedAt: null,
        body: paragraph(`xylofoam ${filler(10)}`),
      });
    for (let i = 0; i < 5; i++)
      await post({ title: `Weekly notes ${i}`, section: 'Xylo', body: paragraph(`${filler(10 + 10 * i)} xylofoam.`) });
    // With a filter (any filter; this one matches them all), hits are joined to their search rows
    // before sorting: the reference order for the filterless path.
    const everything = '&section=Xylo';
    const publicOrder = titles(await search(`q=xylofoam${everything}&limit=100`));
    expect(publicOrder).toHaveLength(5);
    expect(titles(await search('q=xylofoam&limit=100'))).toEqual(publicOrder);
    expect(await walk('q=xylofoam')).toEqual(publicOrder);
    const editorOrder = titles(await search(`q=xylofoam${everything}&limit=100`, 'editor'));
    expect(editorOrder).toHaveLength(75);
    expect(editorOrder.slice(0, 70).every((title) => title.startsWith('Xylofoam draft'))).toBe(true);
    expect(await walk('q=xylofoam', 'editor')).toEqual(editorOrder);
  });

  it('reads title matches before the rest, one page straddling the two, in the order of the joined ranking', async () => {
    // Three visible title matches and three body-only ones: with two a page, the second page
    // holds the last title match and the first body match, and its cursor points into the rest.
    for (let i = 0; i < 3; i++)
      await post({
        title: `Quokkamania ${i}`,
        section: 'Quokka',
        body: paragraph(`${'quokkamania '.repeat(i + 1)}${filler(12)}`),
      });
    for (let i = 0; i < 3; i++)
      await post({
        title: `Marsupial notes ${i}`,
        section: 'Quokka',
        body: paragraph(`${'quokkamania '.repeat(3 - i)}${filler(12)}`),
      });
    const joined = titles(await search('q=quokkamania&section=Quokka&limit=100'));
    expect(joined.slice(0, 3).every((title) => title.startsWith('Quokkamania'))).toBe(true);
    expect(joined.slice(3).every((title) => title.startsWith('Marsupial'))).toBe(true);
    expect(titles(await search('q=quokkamania&limit=100'))).toEqual(joined);
    expect(await walk('q=quokkamania')).toEqual(joined);
    const first = await search('q=quokkamania&limit=2');
    const second = await search(`q=quokkamania&limit=2&cursor=${first.meta.nextCursor}`);
    expect(titles(second)).toEqual(joined.slice(2, 4));
    // The first page holds title matches only (its snippets come from a pass over those alone):
    // the same snippets as on a page that holds both kinds.
    const whole = await search('q=quokkamania&limit=100');
    expect(first.data.map((article) => article.snippet)).toEqual(
      whole.data.slice(0, 2).map((article) => article.snippet),
    );
    expect(first.data[0]!.snippet).toContain('<mark>quokkamania</mark>');
  });

  it('refuses a relevance cursor for another sort, and a list cursor for a search', async () => {
    const first = await search('q=blizzard&section=Paging&limit=2');
    const response = await t.http
      .get(`/v1/articles?q=blizzard&section=Paging&sort=-publishedAt&cursor=${first.meta.nextCursor}`)
      .expect(400);
    expect(response.body.code).toBe('INVALID_CURSOR');
    // Same sort, but a list's cursor breaks ties by article id, a search's by index row.
    const list = await search('section=Paging&sort=-publishedAt&limit=2');
    for (const query of ['q=blizzard&section=Paging&sort=-publishedAt', 'q=blizzard&sort=-publishedAt']) {
      const refused = await t.http.get(`/v1/articles?${query}&cursor=${list.meta.nextCursor}`).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: 'INVALID_CURSOR', errors: [{ path: 'cursor' }] });
    }
  });

  it('combines q with tag, author and date filters, and counts what it finds', async () => {
    expect((await search('q=blizzard&section=Paging&tag=even&count=true')).meta.total).toBe(4);
    expect(titles(await search(`q=blizzard&section=Paging&author=${authorId}&sort=-publishedAt`))).toEqual([
      'Blizzard report 3',
      'Blizzard report 2',
      'Blizzard report 1',
      'Blizzard report 0',
    ]);
    expect(
      titles(await search('q=blizzard&section=Paging&tag=odd&publishedAfter=2026-01-03T00:00:00Z&sort=publishedAt')),
    ).toEqual(['Blizzard report 3', 'Blizzard report 5']);
  });

  it('never shows drafts, scheduled or archived articles to the public, nor counts them', async () => {
    const page = await search('q=blizzard&section=Paging&count=true&limit=100');
    expect(page.meta.total).toBe(7);
    expect(titles(page).filter((title) => !title.startsWith('Blizzard report'))).toEqual([]);
    const asEditor = await search('q=blizzard&section=Paging&count=true&limit=100', 'editor');
    expect(asEditor.meta.total).toBe(10);
    expect(await walk('q=blizzard&section=Paging&status=draft', 'editor')).toEqual(['Blizzard draft']);
  });

  it('finds a scheduled article by itself once its time comes', async () => {
    const saved = clock;
    clock = new Date('2026-06-01T00:00:01Z').getTime();
    try {
      expect(titles(await search('q=blizzard+scheduled&section=Paging'))).toEqual(['Blizzard scheduled']);
    } finally {
      clock = saved;
    }
    expect(titles(await search('q=blizzard+scheduled&section=Paging'))).toEqual([]);
  });

  it("shows a contributor their own drafts and scheduled articles besides what is published, never another's, and counts the same", async () => {
    const contributor = t.auth('contributor');
    const user = (
      await t.http.post('/v1/users').set(t.auth('admin')).send({ name: 'Other', role: 'contributor' }).expect(201)
    ).body;
    const token = (
      await t.http.post('/v1/tokens').set(t.auth('admin')).send({ userId: user.id, name: 'other' }).expect(201)
    ).body;
    const other = { Authorization: `Bearer ${token.token}` };
    const draft = (body: object, auth: { Authorization: string }) =>
      t.http
        .post('/v1/articles')
        .set(auth)
        .send(factories.article({ section: 'Paging', status: 'draft', ...body }))
        .expect(201);
    await draft({ title: 'Blizzard own draft' }, contributor);
    await draft({ title: 'Blizzard other draft' }, other);
    const later = (await draft({ title: 'Blizzard own scheduled' }, contributor)).body;
    await t.http
      .patch(`/v1/articles/${later.id}`)
      .set(t.auth('editor'))
      .send({ status: 'published', publishedAt: '2026-07-01T00:00:00Z' })
      .expect(200);
    const reports = Array.from({ length: 7 }, (_, i) => `Blizzard report ${i}`);
    const as = async (query: string, auth: { Authorization: string }) =>
      (await t.http.get(`/v1/articles?${query}`).set(auth).expect(200)).body as Page;
    const expectations: [{ Authorization: string }, string[]][] = [
      [contributor, [...reports, 'Blizzard own draft', 'Blizzard own scheduled']],
      [other, [...reports, 'Blizzard other draft']],
    ];
    for (const [auth, expected] of expectations)
      for (const sort of ['relevance', '-publishedAt', 'publishedAt', 'title', '-updatedAt']) {
        const base = `q=blizzard&section=Paging&sort=${sort}`;
        const whole = await as(`${base}&count=true&limit=100`, auth);
        expect(titles(whole).sort(), sort).toEqual(expected.sort());
        expect(whole.meta.total, sort).toBe(expected.length);
        const walked: string[] = [];
        let cursor: string | null = null;
        do {
          const page: Page = await as(`${base}&limit=2${cursor ? `&cursor=${cursor}` : ''}`, auth);
          walked.push(...titles(page));
          cursor = page.meta.nextCursor;
        } while (cursor);
        expect(walked, sort).toEqual(titles(whole));
      }
    const drafts = await as('q=blizzard&section=Paging&status=draft&count=true', contributor);
    expect({ titles: titles(drafts), total: drafts.meta.total }).toEqual({ titles: ['Blizzard own draft'], total: 1 });
    const published = await as('q=blizzard&section=Paging&status=published&count=true&limit=100', contributor);
    expect(published.meta.total).toBe(8);
    expect(titles(published)).toContain('Blizzard own scheduled');
    // The public and editors see as before: the scheduled article is not due, the drafts are editors' to see.
    expect((await search('q=blizzard&section=Paging&count=true')).meta.total).toBe(7);
    expect((await search('q=blizzard&section=Paging&count=true', 'editor')).meta.total).toBe(13);
  });
});

describe('the index follows every write', () => {
  const rows = async (table: string) =>
    Number((await t.app.ctx.engine.read.rows<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
  /** Index rows, search rows and articles: one of each per article, joined by docid (on
   *  PostgreSQL the index is a column of the search row). */
  const indexRows = async () => {
    if (onEngine('postgres')) {
      const joined = await rows(
        'article_search join articles on articles.id = article_search.article_id where document is not null',
      );
      expect(await rows('article_search')).toBe(joined);
      return joined;
    }
    const joined = await rows(
      'articles_fts join article_search on article_search.docid = articles_fts.rowid join articles on articles.id = article_search.article_id',
    );
    expect([await rows('articles_fts'), await rows('article_search')]).toEqual([joined, joined]);
    return joined;
  };
  const articleRows = () => rows('articles');

  it('on create, update, delete and restore, one index row per article', async () => {
    const article = await post({ title: 'Original headline about lighthouses', section: 'Sync' });
    expect(titles(await q('lighthouses', '&section=Sync'))).toEqual(['Original headline about lighthouses']);

    await t.http
      .patch(`/v1/articles/${article.id}`)
      .set(t.auth())
      .send({ title: 'Changed headline about windmills', subtitle: 'Subtitle with tulips' })
      .expect(200);
    expect(titles(await q('lighthouses', '&section=Sync'))).toEqual([]);
    expect(titles(await q('windmills', '&section=Sync'))).toEqual(['Changed headline about windmills']);
    expect(titles(await q('tulips', '&section=Sync'))).toEqual(['Changed headline about windmills']);

    await t.http.post(`/v1/articles/${article.id}/revisions/1/restore`).set(t.auth()).expect(200);
    expect(titles(await q('lighthouses', '&section=Sync'))).toEqual(['Original headline about lighthouses']);
    expect(titles(await q('windmills tulips', '&section=Sync'))).toEqual([]);

    // Unpublishing hides it from the public search at once.
    await t.http.patch(`/v1/articles/${article.id}`).set(t.auth()).send({ status: 'draft' }).expect(200);
    expect(titles(await q('lighthouses', '&section=Sync'))).toEqual([]);
    expect(await indexRows()).toBe(await articleRows());

    await t.http.delete(`/v1/articles/${article.id}`).set(t.auth()).expect(204);
    expect(titles(await search('q=lighthouses&section=Sync', 'editor'))).toEqual([]);
    expect(await indexRows()).toBe(await articleRows());
  });

  it('when a forced delete detaches an author or an image', async () => {
    const author = (await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201)).body;
    const image = (await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201)).body;
    await post({
      title: 'Harbour photo essay',
      section: 'Detach',
      authorIds: [author.id],
      body: [...paragraph('Boats at dawn.'), { type: 'image', imageId: image.id, caption: 'A narwhalesque sculpture' }],
    });
    expect(titles(await q('narwhalesque', '&section=Detach'))).toEqual(['Harbour photo essay']);

    await t.http.delete(`/v1/authors/${author.id}?force=true`).set(t.auth()).expect(204);
    expect((await q('harbour essay', '&section=Detach&count=true')).meta.total).toBe(1);

    await t.http.delete(`/v1/images/${image.id}?force=true`).set(t.auth()).expect(204);
    expect(titles(await q('narwhalesque', '&section=Detach'))).toEqual([]);
    expect(titles(await q('boats dawn', '&section=Detach'))).toEqual(['Harbour photo essay']);
    expect(await indexRows()).toBe(await articleRows());
  });
});

describe('spellings', () => {
  beforeAll(async () => {
    await post({
      title: 'Zelenskyy meets the mayor',
      section: 'Spellings',
      publishedAt: '2026-02-10T00:00:00Z',
      body: paragraph('The president spoke in Kyiv on Tuesday.'),
    });
    await post({
      title: 'Зеленський у Харкові',
      section: 'Spellings',
      publishedAt: '2026-02-09T00:00:00Z',
      body: paragraph('Президент приїхав до міста.'),
    });
    await post({
      title: 'Old dispatch from Kiev',
      section: 'Spellings',
      publishedAt: '2026-02-08T00:00:00Z',
      body: paragraph('The capital under a different spelling.'),
    });
    await post({
      title: 'Київ прокидається',
      section: 'Spellings',
      publishedAt: '2026-02-07T00:00:00Z',
      body: paragraph('Ранок у столиці.'),
    });
  });
  const found = async (text: string) => titles(await q(text, '&section=Spellings'));

  it('finds a name in either script and in its variant spellings, the exact spelling first', async () => {
    expect(await found('Zelenskyy')).toEqual(['Zelenskyy meets the mayor', 'Зеленський у Харкові']);
    expect(await found('Зеленський')).toEqual(['Зеленський у Харкові', 'Zelenskyy meets the mayor']);
    // One edit on a word of five letters or more: a misspelt name finds it.
    expect(await found('Zelenksyy')).toEqual(['Zelenskyy meets the mayor', 'Зеленський у Харкові']);
    expect(await found('Zelensky')).toEqual(['Zelenskyy meets the mayor', 'Зеленський у Харкові']);
  });

  it('matches Kyiv and Київ by rule, and Kiev only once the newsroom says so', async () => {
    // A lead spelling it as typed weighs as much as a headline spelling it otherwise: the newer
    // first (docs/search.md).
    expect(await found('Kyiv')).toEqual(['Zelenskyy meets the mayor', 'Київ прокидається']);
    const editor = t.auth('editor');
    const created = await t.http
      .post('/v1/search/synonyms')
      .set(editor)
      .send({ terms: ['Kyiv', 'Kiev'] })
      .expect(201);
    expect(created.headers.location).toBe(`/v1/search/synonyms/${created.body.id}`);
    expect(created.body).toEqual({
      id: expect.any(String),
      terms: ['Kyiv', 'Kiev'],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    expect(await found('Kyiv')).toEqual(['Zelenskyy meets the mayor', 'Old dispatch from Kiev', 'Київ прокидається']);
    expect(await found('Київ')).toEqual(['Київ прокидається', 'Old dispatch from Kiev', 'Zelenskyy meets the mayor']);
    expect(await found('Kiev')).toEqual(['Old dispatch from Kiev', 'Київ прокидається', 'Zelenskyy meets the mayor']);

    const read = await t.http.get(`/v1/search/synonyms/${created.body.id}`).set(editor).expect(200);
    const stale = read.headers.etag!;
    await t.http
      .put(`/v1/search/synonyms/${created.body.id}`)
      .set(editor)
      .set('If-Match', stale)
      .send({ terms: ['Kyiv', 'Kiev', 'Київ'] })
      .expect(200);
    const refused = await t.http
      .put(`/v1/search/synonyms/${created.body.id}`)
      .set(editor)
      .set('If-Match', stale)
      .send({ terms: ['Kyiv', 'Kiev'] })
      .expect(412);
    expect(refused.body.code).toBe('PRECONDITION_FAILED');
    const list = await t.http.get('/v1/search/synonyms').set(editor).expect(200);
    expect(list.body).toEqual({
      data: [expect.objectContaining({ id: created.body.id, terms: ['Kyiv', 'Kiev', 'Київ'], version: 2 })],
      meta: { limit: 20, nextCursor: null },
    });

    await t.http.delete(`/v1/search/synonyms/${created.body.id}`).set(editor).expect(204);
    expect(await found('Kyiv')).toEqual(['Zelenskyy meets the mayor', 'Київ прокидається']);
    const gone = await t.http.get(`/v1/search/synonyms/${created.body.id}`).set(editor).expect(404);
    expect(gone.body).toMatchObject({ code: 'SYNONYM_NOT_FOUND' });
  });

  it('answers a remembered public search anew once a synonym changes it', async () => {
    const first = await t.http.get('/v1/articles?q=kyiv&section=Spellings').expect(200);
    const etag = first.headers.etag!;
    await t.http.get('/v1/articles?q=kyiv&section=Spellings').set('If-None-Match', etag).expect(304);
    const created = await t.http
      .post('/v1/search/synonyms')
      .set(t.auth('editor'))
      .send({ terms: ['kyiv', 'kiev'] })
      .expect(201);
    const after = await t.http.get('/v1/articles?q=kyiv&section=Spellings').set('If-None-Match', etag).expect(200);
    expect(titles(after.body)).toContain('Old dispatch from Kiev');
    await t.http.delete(`/v1/search/synonyms/${created.body.id}`).set(t.auth('editor')).expect(204);
  });

  it('refuses groups that are not words, repeat a word or have one, naming the field; and the public and contributors', async () => {
    const editor = t.auth('editor');
    const cases: [object, string][] = [
      [{ terms: ['Kyiv'] }, 'terms'],
      [{ terms: ['Kyiv', 'New York'] }, 'terms.1'],
      [{ terms: ['Kyiv', 'kyiv'] }, 'terms.1'],
      [{ terms: ['Kyiv', 'Ki*ev'] }, 'terms.1'],
      [{ terms: ['Kyiv', ''] }, 'terms.1'],
      [{ terms: 'Kyiv' }, 'terms'],
      [{ terms: ['a', 'b'], extra: true }, ''],
    ];
    for (const [body, path] of cases) {
      const response = await t.http.post('/v1/search/synonyms').set(editor).send(body).expect(400);
      expect({ body, paths: response.body.errors.map((error: { path: string }) => error.path) }).toEqual({
        body,
        paths: expect.arrayContaining([path === '' ? expect.any(String) : path]),
      });
    }
    await t.http.get('/v1/search/synonyms').expect(401);
    await t.http
      .post('/v1/search/synonyms')
      .send({ terms: ['a', 'b'] })
      .expect(401);
    await t.http.get('/v1/search/synonyms').set(t.auth('contributor')).expect(403);
    await t.http
      .post('/v1/search/synonyms')
      .set(t.auth('contributor'))
      .send({ terms: ['ab', 'ba'] })
      .expect(403);
    await t.http.get('/v1/search/synonyms/01946a2e-5c1f-7d3a-9b2e-0a1b2c3d4e5f').set(editor).expect(404);
  });
});

describe('the index over time', () => {
  it.skipIf(!onEngine('sqlite'))(
    "merges FTS5's b-trees in housekeeping, a slice at a time, and finds the same after",
    async () => {
      // Each write commits its own b-tree to every index; FTS5 merges them only in fours.
      for (let n = 0; n < 30; n++) await post({ title: `Lighthouse keeper ${n}`, body: paragraph(filler(40)) });
      const before = await q('lighthouse', '&limit=50');
      const client = (t.app.ctx.engine as SqliteEngine).client;
      expect(mergeIndexes(client, 1)).toBe(true);
      await t.app.ctx.engine.maintain();
      expect(mergeIndexes(client, 500)).toBe(false);
      for (const index of ['articles_fts', 'article_titles_fts', 'article_heads_fts'])
        client.exec(`insert into ${index} (${index}, rank) values ('integrity-check', 1)`);
      expect(await q('lighthouse', '&limit=50')).toEqual(before);
      expect(before.data).toHaveLength(30);

      // Nothing committed since a round found nothing to merge: housekeeping commits nothing.
      await t.app.ctx.engine.maintain();
      const stamp = await t.app.ctx.engine.changeStamp();
      await t.app.ctx.engine.maintain();
      expect(await t.app.ctx.engine.changeStamp()).toBe(stamp);
      // A write since: the next round merges its b-tree in.
      await post({ title: 'Lighthouse keeper 30', body: paragraph(filler(40)) });
      await t.app.ctx.engine.maintain();
      expect(mergeIndexes(client, 500)).toBe(false);
    },
  );
});
