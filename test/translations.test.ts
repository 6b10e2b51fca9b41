// Translations (issue 19): the source article and its Ukrainian translation made through the API,
// linked both ways; reads by slug in the reader's language; lists, search, feeds, sitemaps and
// JSON-LD per locale; hreflang alternates as valid XML; the outdated flag set by a change to the
// source, told once, and cleared explicitly; drafts of one language never seen through another's
// links; and every bad input a 4xx naming its field that changes nothing.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestLocale, languageRanges } from '../src/lib/locales.js';
import { readingTimeMinutes } from '../src/modules/articles/index.js';
import { importSourceArticle } from '../src/seed/import.js';
import { anyId, buildTestApp, factories, pathOf, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
let clock = new Date('2026-03-10T12:00:00.000Z').getTime();
type Article = Record<string, unknown> & { id: string; slug: string; version: number; url: string; locale: string };
let source: Article;
let ukrainian: Article;

const ukrainianTitle = 'Путін вимагатиме, щоб Україна ніколи не вступала до НАТО, пише Bloomberg';
const ukrainianBody = [
  'Росія вимагатиме, щоб Україна розірвала зв’язки з НАТО і стала «нейтральною державою з обмеженими збройними силами» під час переговорів з новообраним президентом США Дональдом Трампом, повідомило Bloomberg 15 січня з посиланням на джерела.',
  'Кремль також хоче, щоб Київ відмовився від частини територій, пише агентство.',
].map((text) => ({ type: 'paragraph', text }));

beforeAll(async () => {
  t = await buildTestApp({}, { now: () => new Date(clock).toISOString() });
  source = (await t.http.get(`/v1/articles/${(await importSourceArticle(t.app.ctx)).articleId}`).expect(200))
    .body as Article;
  clock += 60_000;
  ukrainian = await t.created(`/v1/articles/${source.id}/translations`, {
    locale: 'uk',
    title: ukrainianTitle,
    section: 'Стрічка новин',
    body: ukrainianBody,
    status: 'published',
    publishedAt: '2025-01-15T06:00:00.000Z',
  });
});
afterAll(async () => t.close());

describe('creating a translation', () => {
  it('makes the source article (en) and its Ukrainian translation one story, linked both ways', async () => {
    expect(source.locale).toBe('en');
    expect(ukrainian).toMatchObject({
      id: anyId,
      locale: 'uk',
      // Cyrillic transliterated, as every slug is.
      slug: 'putin-vimagatime-schob-ukrayina-nikoli-ne-vstupala-do-nato-pishe-bloomberg',
      translation: {
        sourceId: source.id,
        sourceVersion: source.version,
        status: 'current',
        sourceCurrentVersion: source.version,
        diff: `http://127.0.0.1:3000/v1/articles/${source.id}/revisions`,
      },
    });
    const fromSource = (await t.http.get(`/v1/articles/${source.id}?include=translations`).expect(200)).body;
    expect(fromSource.translations).toEqual([
      { id: ukrainian.id, locale: 'uk', slug: ukrainian.slug, url: ukrainian.url, title: ukrainianTitle },
    ]);
    const fromTranslation = (await t.http.get(`/v1/articles/${ukrainian.id}?include=translations`).expect(200)).body;
    expect(fromTranslation.translations).toEqual([
      { id: source.id, locale: 'en', slug: source.slug, url: source.url, title: source.title },
    ]);
    const group = (await t.http.get(`/v1/articles/${source.id}/translations`).expect(200)).body.data;
    expect(group.map((article: Article) => [article.locale, article.id])).toEqual([
      ['en', source.id],
      ['uk', ukrainian.id],
    ]);
    expect(group[0]).not.toHaveProperty('translation');
  });

  it('reads each language at its own speed', () => {
    // 238 words a minute in English, 184 in Ukrainian: 400 words are two minutes, or three.
    const words = Array.from({ length: 400 }, () => 'слово').join(' ');
    expect(readingTimeMinutes(words, 'en')).toBe(2);
    expect(readingTimeMinutes(words, 'uk')).toBe(3);
    expect(source.readingTimeMinutes).toBe(2);
  });

  it('refuses bad input with a 4xx naming the field, and changes nothing', async () => {
    const before = (await t.http.get(`/v1/articles/${source.id}/translations`).set(t.auth()).expect(200)).body;
    const problem = async (path: string, body: object, status: number, code: string, field?: string) => {
      const response = await t.http.post(path).set(t.auth()).send(body).expect(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe(code);
      if (field) expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(field);
    };
    const translations = `/v1/articles/${source.id}/translations`;
    await problem(translations, { locale: 'fr', title: 'Bonjour' }, 400, 'VALIDATION_FAILED', 'locale');
    await problem(translations, { locale: 'not a tag', title: 'x' }, 400, 'VALIDATION_FAILED', 'locale');
    await problem(translations, { title: 'No locale' }, 400, 'VALIDATION_FAILED', 'locale');
    await problem(translations, { locale: 'uk', title: 'Second Ukrainian' }, 409, 'TRANSLATION_EXISTS', 'locale');
    // The source's own locale is taken by the source.
    await problem(translations, { locale: 'en', title: 'Another English' }, 409, 'TRANSLATION_EXISTS', 'locale');
    // Of a translation: the group's, so Ukrainian is taken there too.
    await problem(`/v1/articles/${ukrainian.id}/translations`, { locale: 'uk', title: 'x' }, 409, 'TRANSLATION_EXISTS');
    await problem(
      '/v1/articles/01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e/translations',
      { locale: 'uk', title: 'x' },
      404,
      'ARTICLE_NOT_FOUND',
    );
    await problem('/v1/articles', factories.article({ locale: 'xx' }), 400, 'VALIDATION_FAILED', 'locale');
    await problem(`/v1/articles/${source.id}/translation/current`, {}, 409, 'NOT_A_TRANSLATION');
    const list = await t.http.get('/v1/articles?locale=fr').expect(400);
    expect(list.body.errors[0].path).toBe('locale');
    await t.http.get('/v1/feeds/rss.xml?locale=fr').expect(400);
    await t.http.get('/v1/sitemaps/index.xml?locale=fr').expect(400);
    await t.http.get(`/v1/articles/${source.slug}?locale=fr`).expect(400);
    // Outdated translations are for editors.
    await t.http.get('/v1/translations/outdated').expect(401);
    await t.http.get('/v1/translations/outdated').set(t.auth('contributor')).expect(403);
    expect((await t.http.get(`/v1/articles/${source.id}/translations`).set(t.auth()).expect(200)).body).toEqual(before);
  });

  it('keeps slugs unique per locale: one slug may name the story in two languages', async () => {
    clock += 60_000;
    const english = await t.created(
      '/v1/articles',
      factories.article({ title: 'Shared', slug: 'kyiv-talks', status: 'published' }),
    );
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ slug: 'kyiv-talks' }))
      .expect(409);
    const ukr = await t.created(`/v1/articles/${english.id}/translations`, {
      locale: 'uk',
      title: 'Переговори в Києві',
      slug: 'kyiv-talks',
      status: 'published',
    });
    expect(ukr.slug).toBe('kyiv-talks');
    // Without a choice, the default locale's; Accept-Language or locale= pick the other.
    const plain = await t.http.get('/v1/articles/kyiv-talks').expect(200);
    expect(plain.body.id).toBe(english.id);
    expect(plain.headers['content-language']).toBe('en');
    expect(plain.headers.vary).toMatch(/Accept-Language/);
    const negotiated = await t.http
      .get('/v1/articles/kyiv-talks')
      .set('Accept-Language', 'uk-UA, en;q=0.5')
      .expect(200);
    expect(negotiated.body.id).toBe(ukr.id);
    expect(negotiated.headers['content-language']).toBe('uk');
    expect((await t.http.get('/v1/articles/kyiv-talks?locale=uk').expect(200)).body.id).toBe(ukr.id);
    // A retired slug redirects within its locale.
    await t.http.patch(`/v1/articles/${ukr.id}`).set(t.auth()).send({ slug: 'kyiv-talks-uk' }).expect(200);
    await t.http.patch(`/v1/articles/${english.id}`).set(t.auth()).send({ slug: 'kyiv-talks-en' }).expect(200);
    const moved = await t.http.get('/v1/articles/kyiv-talks?locale=uk').expect(301);
    expect(moved.headers.location).toBe('/v1/articles/kyiv-talks-uk?locale=uk');
    expect((await t.http.get('/v1/articles/kyiv-talks').expect(301)).headers.location).toBe(
      '/v1/articles/kyiv-talks-en',
    );
  });
});

describe('reading by locale', () => {
  it('picks the best translation of a slug for Accept-Language, with Content-Language and Vary', async () => {
    const read = (language?: string) => {
      const request = t.http.get(`/v1/articles/${source.slug}`);
      return (language ? request.set('Accept-Language', language) : request).expect(200);
    };
    expect((await read()).headers['content-language']).toBe('en');
    const uk = await read('uk');
    expect(uk.body.id).toBe(ukrainian.id);
    expect(uk.headers['content-language']).toBe('uk');
    expect(String(uk.headers.vary).split(', ')).toEqual(expect.arrayContaining(['Accept-Language', 'Authorization']));
    expect((await read('de, en;q=0.8, uk;q=0.5')).body.id).toBe(source.id);
    expect((await read('fr')).body.id).toBe(source.id);
    expect((await read('*')).body.id).toBeDefined();
    // An id names one article whatever the reader's language.
    expect((await t.http.get(`/v1/articles/${source.id}`).set('Accept-Language', 'uk').expect(200)).body.id).toBe(
      source.id,
    );
    expect((await t.http.get(`/v1/articles/${source.id}?locale=uk`).expect(200)).body.id).toBe(ukrainian.id);
  });

  it('keeps an ETag per language variant: a 304 only for the variant the client holds', async () => {
    const path = `/v1/articles/${source.slug}`;
    const english = String((await t.http.get(path).set('Accept-Language', 'en').expect(200)).headers.etag);
    const ukr = String((await t.http.get(path).set('Accept-Language', 'uk').expect(200)).headers.etag);
    expect(english).not.toBe(ukr);
    // Twice each: the second answer may come from the remembered ETags.
    for (let round = 0; round < 2; round++) {
      await t.http.get(path).set('Accept-Language', 'en').set('If-None-Match', english).expect(304);
      await t.http.get(path).set('Accept-Language', 'uk').set('If-None-Match', english).expect(200);
      await t.http.get(path).set('Accept-Language', 'uk').set('If-None-Match', ukr).expect(304);
    }
  });

  it('filters lists and search by locale', async () => {
    const list = (await t.http.get('/v1/articles?locale=uk&count=true').expect(200)).body;
    expect(list.data.every((article: Article) => article.locale === 'uk')).toBe(true);
    expect(list.data.map((article: Article) => article.id)).toContain(ukrainian.id);
    expect(list.meta.total).toBe(list.data.length);
    // Search tokenises both scripts, and finds the Ukrainian text by a Latin spelling too.
    const search = (q: string, locale: string) =>
      t.http
        .get(`/v1/articles?q=${encodeURIComponent(q)}&locale=${locale}&count=true`)
        .expect(200)
        .then((response) => response.body);
    const cyrillic = await search('Кремль', 'uk');
    expect(cyrillic.data.map((article: Article) => article.id)).toEqual([ukrainian.id]);
    expect(cyrillic.meta.total).toBe(1);
    expect((await search('kreml', 'uk')).data.map((article: Article) => article.id)).toEqual([ukrainian.id]);
    expect((await search('збройними', 'en')).data).toEqual([]);
    expect((await search('збройними', 'uk')).data.map((article: Article) => article.id)).toEqual([ukrainian.id]);
    expect((await search('NATO', 'en')).data.map((article: Article) => article.id)).toEqual([source.id]);
    expect((await search('NATO', 'uk')).data.map((article: Article) => article.id)).toEqual([ukrainian.id]);
  });

  it('names and counts tags and sections per locale', async () => {
    const slugs = (body: { data: { slug: string }[] }) => body.data.map((term) => term.slug);
    const sections = async (locale?: string) =>
      (await t.http.get(`/v1/sections${locale ? `?locale=${locale}` : ''}`).expect(200)).body;
    const uk = await sections('uk');
    expect(uk.data).toEqual([{ slug: 'strichka-novin', name: 'Стрічка новин', count: { articles: 1 } }]);
    expect(slugs(await sections('en'))).not.toContain('strichka-novin');
    expect(slugs(await sections())).toEqual(expect.arrayContaining(['strichka-novin', ...slugs(await sections('en'))]));
    await t.http.get('/v1/sections/strichka-novin?locale=uk').expect(200);
    await t.http.get('/v1/sections/strichka-novin?locale=en').expect(404);
    const sourceTag = slugs((await t.http.get('/v1/tags?locale=en').expect(200)).body)[0]!;
    await t.http.get(`/v1/tags/${sourceTag}?locale=uk`).expect(404);
    for (const path of ['/v1/tags?locale=fr', '/v1/sections/strichka-novin?locale=fr', '/v1/tags?locale=1']) {
      const refused = await t.http.get(path).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(refused.body)).toContain('locale');
    }
  });

  it('gives feeds per locale with their language', async () => {
    const rss = await new Parser().parseString((await t.http.get('/v1/feeds/rss.xml?locale=uk').expect(200)).text);
    expect(rss.language).toBe('uk');
    expect(rss.items.map((item) => item.guid)).toContain(ukrainian.id);
    expect(rss.items.map((item) => item.guid)).not.toContain(source.id);
    expect(rss.feedUrl ?? rss.link).toBeDefined();
    const all = await new Parser().parseString((await t.http.get('/v1/feeds/rss.xml').expect(200)).text);
    expect(all.language).toBe('en');
    const json = (await t.http.get('/v1/feeds/feed.json?locale=uk').expect(200)).body;
    const parsed = typeof json === 'string' ? JSON.parse(json) : json;
    expect(parsed.language).toBe('uk');
  });
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'url' || name === 'xhtml:link',
});
type UrlEntry = { loc: string; 'xhtml:link'?: { '@rel': string; '@hreflang': string; '@href': string }[] };
const parseSitemap = (text: string): UrlEntry[] => {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text).urlset.url ?? [];
};

describe('telling search engines', () => {
  it('lists hreflang alternates (and x-default) in sitemaps, as valid XML with the xhtml namespace', async () => {
    const text = (await t.http.get('/v1/sitemaps/articles-1.xml').expect(200)).text;
    expect(text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const entries = parseSitemap(text);
    const alternates = (url: string) =>
      Object.fromEntries(
        (entries.find((entry) => entry.loc === url)?.['xhtml:link'] ?? []).map((link) => [
          link['@hreflang'],
          link['@href'],
        ]),
      );
    const expected = { en: source.url, uk: ukrainian.url, 'x-default': source.url };
    expect(alternates(source.url)).toEqual(expected);
    expect(alternates(ukrainian.url)).toEqual(expected);
    const ukOnly = parseSitemap((await t.http.get('/v1/sitemaps/articles-1.xml?locale=uk').expect(200)).text);
    expect(ukOnly.map((entry) => entry.loc)).toContain(ukrainian.url);
    expect(ukOnly.map((entry) => entry.loc)).not.toContain(source.url);
    const index = (await t.http.get('/v1/sitemaps/index.xml?locale=uk').expect(200)).text;
    expect(XMLValidator.validate(index)).toBe(true);
    expect(index).toContain('/v1/sitemaps/articles-1.xml?locale=uk');
  });

  it('does so in the news sitemap too, each entry in its own language', async () => {
    // The source article is from 2025: the news sitemap holds the last two days.
    clock += 60_000;
    const fresh = await t.created('/v1/articles', factories.article({ title: 'Fresh news', status: 'published' }));
    const freshUk = await t.created(`/v1/articles/${fresh.id}/translations`, {
      locale: 'uk',
      title: 'Свіжі новини',
      status: 'published',
    });
    const text = (await t.http.get('/v1/sitemaps/news.xml').expect(200)).text;
    expect(text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const entries = parseSitemap(text) as (UrlEntry & {
      'news:news': { 'news:publication': { 'news:language': string } };
    })[];
    const ukEntry = entries.find((entry) => entry.loc === freshUk.url)!;
    expect(ukEntry['news:news']['news:publication']['news:language']).toBe('uk');
    expect(ukEntry['xhtml:link']!.map((link) => link['@hreflang'])).toEqual(['en', 'uk', 'x-default']);
    const onlyUk = parseSitemap((await t.http.get('/v1/sitemaps/news.xml?locale=uk').expect(200)).text);
    expect(onlyUk.map((entry) => entry.loc)).not.toContain(fresh.url);
  });

  it('gives JSON-LD inLanguage, workTranslation on the source and translationOfWork on a translation', async () => {
    const ofSource = JSON.parse((await t.http.get(`/v1/articles/${source.id}/jsonld`).expect(200)).text);
    expect(ofSource.inLanguage).toBe('en');
    expect(ofSource.workTranslation).toEqual([
      { '@type': 'NewsArticle', '@id': ukrainian.url, url: ukrainian.url, inLanguage: 'uk' },
    ]);
    expect(ofSource).not.toHaveProperty('translationOfWork');
    const ofTranslation = JSON.parse(
      (await t.http.get(`/v1/articles/${source.slug}/jsonld?locale=uk`).expect(200)).text,
    );
    expect(ofTranslation.inLanguage).toBe('uk');
    expect(ofTranslation.translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': source.url,
      url: source.url,
      inLanguage: 'en',
    });
  });
});

type Change = { type: string; id: string; data: Record<string, unknown> };
/** The whole change feed as a viewer reads it. */
async function changes(headers: Record<string, string>): Promise<Change[]> {
  const all: Change[] = [];
  let since = '';
  for (;;) {
    const page = (await t.http.get(`/v1/changes?limit=100${since}`).set(headers).expect(200)).body;
    all.push(...page.data);
    if (page.data.length === 0) return all;
    since = `&since=${page.meta.nextCursor}`;
  }
}

describe('never silently stale', () => {
  it('marks a translation outdated when its source changes, tells editors once, and clears it on request', async () => {
    const editor = t.auth();
    clock += 60_000;
    const changed = (
      await t.http.patch(`/v1/articles/${source.id}`).set(editor).send({ subtitle: 'Updated in English' }).expect(200)
    ).body;
    // A second change: still outdated, not told again.
    await t.http.patch(`/v1/articles/${source.id}`).set(editor).send({ subtitle: 'Updated again' }).expect(200);
    const read = (await t.http.get(`/v1/articles/${ukrainian.id}`).set(editor).expect(200)).body;
    expect(read.translation).toEqual({
      sourceId: source.id,
      sourceVersion: source.version,
      status: 'outdated',
      sourceCurrentVersion: changed.version + 1,
      diff: `http://127.0.0.1:3000/v1/articles/${source.id}/revisions`,
    });
    // The diff link leads to the source's revisions.
    const revisions = (await t.http.get(pathOf(read.translation.diff)).set(editor).expect(200)).body.data;
    expect(revisions[0].number).toBe(changed.version + 1);
    // The public never sees the editors' field.
    expect((await t.http.get(`/v1/articles/${ukrainian.id}`).expect(200)).body).not.toHaveProperty('translation');

    const outdated = (await t.http.get('/v1/translations/outdated').set(editor).expect(200)).body;
    expect(outdated.data.map((article: Article) => article.id)).toContain(ukrainian.id);
    expect((await t.http.get('/v1/translations/outdated?locale=en').set(editor).expect(200)).body.data).toEqual([]);

    // Once, though the source changed twice (the other event is of the Kyiv story, whose slug changed).
    const told = (await changes(editor)).filter(
      (event) => event.type === 'article.translation.outdated' && event.id === ukrainian.id,
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.data).toMatchObject({ id: ukrainian.id, translation: { status: 'outdated' } });
    // Not a public event.
    expect((await changes({})).some((event) => event.type === 'article.translation.outdated')).toBe(false);

    // Marking it current is explicit, honours If-Match, and is a new version of the translation.
    await t.http
      .post(`/v1/articles/${ukrainian.id}/translation/current`)
      .set(editor)
      .set('If-Match', '"v99-stale"')
      .expect(412);
    const before = await t.http.get(`/v1/articles/${ukrainian.id}`).set(editor).expect(200);
    const marked = await t.http
      .post(`/v1/articles/${ukrainian.id}/translation/current`)
      .set(editor)
      .set('If-Match', String(before.headers.etag))
      .expect(200);
    expect(marked.body.version).toBe(before.body.version + 1);
    expect(marked.headers.etag).not.toBe(before.headers.etag);
    expect(marked.body.translation).toMatchObject({ status: 'current', sourceVersion: changed.version + 1 });
    const after = (await t.http.get('/v1/translations/outdated').set(editor).expect(200)).body;
    expect(after.data.map((article: Article) => article.id)).not.toContain(ukrainian.id);
  });
});

describe('visibility across languages', () => {
  it('never shows a draft of one language through another’s links, lists or alternates', async () => {
    clock += 60_000;
    const published = await t.created(
      '/v1/articles',
      factories.article({ title: 'Public in English', slug: 'public-in-english', status: 'published' }),
    );
    const draft = await t.created(`/v1/articles/${published.id}/translations`, {
      locale: 'uk',
      title: 'Чернетка zqdrafttranslation',
      slug: 'zqdrafttranslation',
    });
    const answers = [
      await t.http.get(`/v1/articles/${published.id}?include=translations`).expect(200),
      await t.http.get('/v1/articles/public-in-english').set('Accept-Language', 'uk').expect(200),
      await t.http.get(`/v1/articles/${published.id}/translations`).expect(200),
      await t.http.get('/v1/sitemaps/articles-1.xml').expect(200),
      await t.http.get('/v1/sitemaps/news.xml').expect(200),
      await t.http.get(`/v1/articles/${published.id}/jsonld`).expect(200),
      await t.http.get('/v1/articles?locale=uk&limit=100').expect(200),
      await t.http.get('/v1/feeds/rss.xml?locale=uk').expect(200),
    ];
    for (const answer of answers) {
      expect(answer.text).not.toContain('zqdrafttranslation');
      expect(answer.text).not.toContain(draft.id);
    }
    expect(answers[0]!.body.translations).toEqual([]);
    expect(answers[1]!.headers['content-language']).toBe('en');
    expect(answers[2]!.body.data).toHaveLength(1);
    await t.http.get('/v1/articles/public-in-english?locale=uk').expect(404);
    // An editor sees it; once published, so does everyone; deleted, it leaves no trace.
    const editorView = (await t.http.get(`/v1/articles/${published.id}?include=translations`).set(t.auth()).expect(200))
      .body;
    expect(editorView.translations.map((link: { id: string }) => link.id)).toEqual([draft.id]);
    await t.http.patch(`/v1/articles/${draft.id}`).set(t.auth()).send({ status: 'published' }).expect(200);
    expect(
      (await t.http.get(`/v1/articles/${published.id}?include=translations`).expect(200)).body.translations,
    ).toHaveLength(1);
    await t.http.delete(`/v1/articles/${draft.id}`).set(t.auth()).expect(204);
    const afterDelete = await t.http.get(`/v1/articles/${published.id}?include=translations`).expect(200);
    expect(afterDelete.body.translations).toEqual([]);
    expect((await t.http.get('/v1/sitemaps/articles-1.xml').expect(200)).text).not.toContain('zqdrafttranslation');
  });

  it('leaves the others of a group standing when its source is deleted', async () => {
    clock += 60_000;
    const gone = await t.created('/v1/articles', factories.article({ status: 'published' }));
    const stays = await t.created(`/v1/articles/${gone.id}/translations`, {
      locale: 'uk',
      title: 'Лишається',
      status: 'published',
    });
    await t.http.delete(`/v1/articles/${gone.id}`).set(t.auth()).expect(204);
    const read = (await t.http.get(`/v1/articles/${stays.id}?include=translations`).set(t.auth()).expect(200)).body;
    expect(read.translation).toBeNull();
    expect(read.translations).toEqual([]);
    await t.http.post(`/v1/articles/${stays.id}/translation/current`).set(t.auth()).expect(409);
  });
});

describe('Accept-Language', () => {
  it('orders ranges by q-value, ignores q=0 and malformed elements', () => {
    expect(languageRanges('uk;q=0.9, en-GB, de;q=0, *;q=0.1, ;;, fr;q=2')).toEqual(['en-gb', 'uk', '*']);
    expect(bestLocale('en-GB,en;q=0.9', ['uk', 'en'])).toBe('en');
    expect(bestLocale('pt', ['en', 'pt-BR'])).toBe('pt-BR');
    expect(bestLocale('de', ['en', 'uk'])).toBeUndefined();
    expect(bestLocale(undefined, ['en'])).toBeUndefined();
  });
});
