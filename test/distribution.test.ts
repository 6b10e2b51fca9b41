// Feeds, sitemaps and structured data (issue 6): parsed with real parsers, only public articles,
// everything escaped, cached like any public GET, and described with their real media types.

import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { execute } from './helpers/tables.js';

let t: TestApp;
let clock = new Date('2026-03-10T12:00:00.000Z').getTime();
const at = (iso: string) => new Date(iso).getTime();

const site = {
  ...testConfig().site,
  url: 'https://www.example.org',
  apiUrl: 'https://api.example.org',
  articleUrlTemplate: '{base}/news/{slug}',
  publisherName: 'Kyiv Desk & Co',
  publisherLogoUrl: 'https://www.example.org/logo.png',
  language: 'uk',
  // Pages of two articles: the paging of 50,000-URL sitemaps, on five articles.
  sitemapPageSize: 2,
};

type Article = {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  bodyHtml: string;
  publishedAt: string;
  updatedAt: string;
};
const articles: Record<string, Article> = {};
let olena: { id: string; slug: string };
let taras: { id: string; slug: string };
const images: Record<string, string> = {};

/** Creates an article a minute after the previous write, so every article has its own updatedAt. */
async function create(key: string, body: Record<string, unknown>) {
  clock += 60_000;
  // A Ukrainian desk: the articles are in the publication's language.
  articles[key] = (
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ locale: 'uk', ...body }))
      .expect(201)
  ).body;
}

const nastyTitle = 'Talks & "deals" <script>alert(1)</script> ]]> end ]]> \u0001done';

beforeAll(async () => {
  t = await buildTestApp({ site }, { now: () => new Date(clock).toISOString() });
  olena = (
    await t.http
      .post('/v1/authors')
      .set(t.auth())
      .send(
        factories.author({
          name: 'Olena Koval',
          role: 'Senior Correspondent',
          links: { website: 'https://olena.example.org', x: 'https://x.com/olena' },
        }),
      )
      .expect(201)
  ).body;
  taras = (
    await t.http
      .post('/v1/authors')
      .set(t.auth())
      .send(factories.author({ name: 'Taras & Sons', role: null }))
      .expect(201)
  ).body;
  const image = (body: Record<string, unknown>) =>
    t.http.post('/v1/images').set(t.auth()).send(factories.image(body)).expect(201);
  images.lead = (
    await image({
      url: 'https://img.example.org/lead.jpg?w=1200&h=800',
      alt: 'Delegates at the table',
      caption: 'Delegates meet in Geneva.',
      credit: 'AP Photo',
      copyright: '© 2026 AP',
      license: 'https://example.org/licence',
      mimeType: 'image/jpeg',
      bytes: 48_213,
      width: 1200,
      height: 800,
    })
  ).body.id;
  images.uploaded = (await image({ url: 'https://img.example.org/placeholder.png', alt: 'Market stalls' })).body.id;
  images.expired = (
    await image({
      url: 'https://img.example.org/old.jpg',
      alt: 'Archive photo',
      rightsExpiresAt: '2026-01-01T00:00:00Z',
    })
  ).body.id;
  // An uploaded file is served by the API under /media: its URL is root-relative.
  await execute(t.app, sql`update images set url = '/media/3f9a.png?w=640&format=webp' where id = ${images.uploaded}`);

  await create('old', {
    title: 'Old archive story',
    status: 'published',
    publishedAt: '2025-01-01T00:00:00Z',
    section: 'Archive',
    featuredImageId: images.expired,
  });
  await create('threeDays', {
    title: 'Three days old',
    status: 'published',
    publishedAt: '2026-03-07T12:00:00Z',
    section: 'World',
    tags: ['diplomacy'],
  });
  await create('edge', {
    title: 'Edge of the window',
    status: 'published',
    publishedAt: '2026-03-08T12:10:00Z',
    section: 'World',
  });
  await create('yesterday', {
    title: 'Market report',
    status: 'published',
    publishedAt: '2026-03-09T12:00:00Z',
    section: 'Business',
    tags: ['economy'],
    authorIds: [taras.id],
    featuredImageId: images.uploaded,
  });
  await create('recent', {
    title: nastyTitle,
    status: 'published',
    publishedAt: '2026-03-10T10:00:00Z',
    section: 'World',
    tags: ['diplomacy', 'r&d'],
    authorIds: [olena.id, taras.id],
    featuredImageId: images.lead,
    body: [
      { type: 'paragraph', text: 'Delegates *met* for three hours & agreed on **nothing** ]]> yet.' },
      { type: 'paragraph', text: 'More talks are planned.' },
    ],
  });
  await create('draft', { title: 'Draft story', status: 'draft', section: 'World', authorIds: [olena.id] });
  await create('scheduled', {
    title: 'Scheduled story',
    status: 'published',
    publishedAt: '2026-03-11T09:00:00Z',
    section: 'World',
    authorIds: [olena.id],
  });
  await create('archived', {
    title: 'Archived story',
    status: 'archived',
    publishedAt: '2026-03-09T00:00:00Z',
    section: 'World',
  });
});
afterAll(async () => t.close());

const visibleNewestFirst = () => ['recent', 'yesterday', 'edge', 'threeDays', 'old'].map((key) => articles[key]!);
const urlOf = (article: Article) => `https://www.example.org/news/${article.slug}`;
const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['url', 'sitemap'].includes(name),
});

describe('RSS 2.0', () => {
  const rss = new Parser();

  it('lists the newest public articles with bylines, categories, enclosures and full HTML', async () => {
    const response = await t.http.get('/v1/feeds/rss.xml').expect(200);
    expect(response.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    // The bytes are the XML document itself, not a JSON string of it.
    expect(response.text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"')).toBe(true);
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
    expect(XMLValidator.validate(response.text)).toBe(true);

    const feed = await rss.parseString(response.text);
    expect(feed).toMatchObject({
      title: 'Kyiv Desk & Co',
      link: 'https://www.example.org',
      description: 'The latest articles from Kyiv Desk & Co',
      language: 'uk',
      feedUrl: 'https://api.example.org/v1/feeds/rss.xml',
      lastBuildDate: new Date(articles.recent!.updatedAt).toUTCString(),
    });
    expect(feed.items.map((item) => item.guid)).toEqual(visibleNewestFirst().map((article) => article.id));

    const recent = articles.recent!;
    expect(feed.items[0]).toEqual({
      title: 'Talks & "deals" <script>alert(1)</script> ]]> end ]]> done',
      link: urlOf(recent),
      guid: recent.id,
      pubDate: 'Tue, 10 Mar 2026 10:00:00 GMT',
      isoDate: '2026-03-10T10:00:00.000Z',
      creator: 'Olena Koval, Taras & Sons',
      'dc:creator': 'Olena Koval, Taras & Sons',
      categories: ['World', 'diplomacy', 'r&d'],
      enclosure: { url: 'https://img.example.org/lead.jpg?w=1200&h=800', type: 'image/jpeg', length: '48213' },
      content: 'Delegates met for three hours &amp; agreed on nothing ]]&gt; yet.',
      contentSnippet: 'Delegates met for three hours & agreed on nothing ]]> yet.',
      'content:encoded': recent.bodyHtml,
      'content:encodedSnippet': expect.any(String),
    });
    // A root-relative /media URL is made absolute against the API's public URL; the media type comes from the file name.
    expect(feed.items[1]!.enclosure).toEqual({
      url: 'https://api.example.org/media/3f9a.png?w=640&format=webp',
      type: 'image/png',
      length: '0',
    });
    // An image whose rights have expired is not distributed.
    expect(feed.items[4]!.enclosure).toBeUndefined();
    expect(feed.items[4]!.creator).toBeUndefined();
  });

  it('filters by section, tag and author (id or slug), naming the filter in the channel', async () => {
    const guids = async (query: string) =>
      (await rss.parseString((await t.http.get(`/v1/feeds/rss.xml?${query}`).expect(200)).text)).items.map(
        (item) => item.guid,
      );
    expect(await guids('section=World')).toEqual([articles.recent!.id, articles.edge!.id, articles.threeDays!.id]);
    expect(await guids('tag=economy')).toEqual([articles.yesterday!.id]);
    expect(await guids(`author=${olena.slug}`)).toEqual([articles.recent!.id]);
    expect(await guids(`author=${taras.id}`)).toEqual([articles.recent!.id, articles.yesterday!.id]);
    expect(await guids('section=World&tag=diplomacy')).toEqual([articles.recent!.id, articles.threeDays!.id]);
    expect(await guids('author=nobody')).toEqual([]);
    const filtered = await rss.parseString(
      (await t.http.get('/v1/feeds/rss.xml?tag=r%26d&section=World').expect(200)).text,
    );
    expect(filtered).toMatchObject({
      title: 'Kyiv Desk & Co: section World, tag r&d',
      feedUrl: 'https://api.example.org/v1/feeds/rss.xml?section=World&tag=r%26d',
    });
  });

  it('refuses unknown and malformed parameters', async () => {
    const unknown = await t.http.get('/v1/feeds/rss.xml?status=draft&limit=5').expect(400);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['limit', 'status']);
    const empty = await t.http.get('/v1/feeds/rss.xml?section=').expect(400);
    expect(empty.body.errors[0].path).toBe('section');
  });

  it('sends an ETag, answers 304 to If-None-Match, and is publicly cacheable', async () => {
    const first = await t.http.get('/v1/feeds/rss.xml').expect(200);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const again = await t.http.get('/v1/feeds/rss.xml').expect(200);
    expect(again.headers.etag).toBe(first.headers.etag);
    const notModified = await t.http.get('/v1/feeds/rss.xml').set('If-None-Match', first.headers.etag!).expect(304);
    expect(notModified.text).toBe('');
    // With a token: private, and still no draft or scheduled article.
    const withToken = await t.http.get('/v1/feeds/rss.xml').set(t.auth()).expect(200);
    expect(withToken.headers['cache-control']).toBe('private, no-store');
    expect(withToken.text).toBe(first.text);
  });
});

describe('JSON Feed 1.1', () => {
  it('has the same articles as JSON Feed 1.1', async () => {
    const response = await t.http.get('/v1/feeds/feed.json').expect(200);
    expect(response.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    expect(response.headers.etag).toBeDefined();
    const feed = JSON.parse(response.text);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Kyiv Desk & Co',
      home_page_url: 'https://www.example.org',
      feed_url: 'https://api.example.org/v1/feeds/feed.json',
      language: 'uk',
      icon: 'https://www.example.org/logo.png',
      authors: [{ name: 'Kyiv Desk & Co', url: 'https://www.example.org' }],
    });
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(
      visibleNewestFirst().map((article) => article.id),
    );
    const recent = articles.recent!;
    expect(feed.items[0]).toEqual({
      id: recent.id,
      url: urlOf(recent),
      title: 'Talks & "deals" <script>alert(1)</script> ]]> end ]]> \u0001done',
      content_html: recent.bodyHtml,
      summary: recent.excerpt,
      image: 'https://img.example.org/lead.jpg?w=1200&h=800',
      date_published: '2026-03-10T10:00:00.000Z',
      date_modified: recent.updatedAt,
      authors: [{ name: 'Olena Koval', url: 'https://olena.example.org' }, { name: 'Taras & Sons' }],
      tags: ['World', 'diplomacy', 'r&d'],
      language: 'uk',
    });
    // Every item has what JSON Feed 1.1 requires, and no more than it defines.
    const defined = [
      'id',
      'url',
      'title',
      'content_html',
      'summary',
      'image',
      'date_published',
      'date_modified',
      'authors',
      'tags',
      'language',
    ];
    for (const item of feed.items) {
      expect(item).toMatchObject({ id: expect.any(String), content_html: expect.any(String) });
      expect(Object.keys(item).filter((key) => !defined.includes(key))).toEqual([]);
    }
    expect(feed.items[1].image).toBe('https://api.example.org/media/3f9a.png?w=640&format=webp');
    expect(feed.items[4]).not.toHaveProperty('image');
  });

  it('filters like the RSS feed', async () => {
    const feed = JSON.parse((await t.http.get(`/v1/feeds/feed.json?author=${olena.slug}`).expect(200)).text);
    expect(feed.feed_url).toBe(`https://api.example.org/v1/feeds/feed.json?author=${olena.slug}`);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual([articles.recent!.id]);
    await t.http.get('/v1/feeds/feed.json?q=x').expect(400);
  });
});

describe('Google News sitemap', () => {
  it('lists the articles of the last two days, newest first, every value escaped', async () => {
    const response = await t.http.get('/v1/sitemaps/news.xml').expect(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(response.text)).toBe(true);
    expect(response.text).toContain('<news:name>Kyiv Desk &amp; Co</news:name>');
    expect(response.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(response.text).not.toContain('\u0001');

    const { urlset } = xml.parse(response.text);
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url).toEqual(
      ['recent', 'yesterday', 'edge'].map((key) => ({
        loc: urlOf(articles[key]!),
        'news:news': {
          'news:publication': { 'news:name': 'Kyiv Desk & Co', 'news:language': 'uk' },
          'news:publication_date': articles[key]!.publishedAt.replace('.000Z', 'Z'),
          // What XML forbids (the control character) is dropped; everything else comes back as written.
          'news:title': articles[key]!.title.replace('\u0001', ''),
        },
      })),
    );
    expect(urlset.url[0]['news:news']['news:title']).toBe('Talks & "deals" <script>alert(1)</script> ]]> end ]]> done');
  });

  it('keeps a two-day window relative to the clock', async () => {
    const saved = clock;
    try {
      clock = at('2026-03-10T12:11:00Z');
      expect(xml.parse((await t.http.get('/v1/sitemaps/news.xml').expect(200)).text).urlset.url).toHaveLength(2);
      // The scheduled article appears once its time comes.
      clock = at('2026-03-11T09:00:00Z');
      const locs = xml
        .parse((await t.http.get('/v1/sitemaps/news.xml').expect(200)).text)
        .urlset.url.map((url: { loc: string }) => url.loc);
      expect(locs).toEqual([urlOf(articles.scheduled!), urlOf(articles.recent!), urlOf(articles.yesterday!)]);
      clock = at('2026-04-01T00:00:00Z');
      const empty = await t.http.get('/v1/sitemaps/news.xml').expect(200);
      expect(XMLValidator.validate(empty.text)).toBe(true);
      expect(xml.parse(empty.text).urlset.url).toBeUndefined();
    } finally {
      clock = saved;
    }
  });
});

describe('sitemap index and pages', () => {
  const w3c = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

  it('pages every public article, oldest first, with the newest change of each page', async () => {
    const index = await t.http.get('/v1/sitemaps/index.xml').expect(200);
    expect(index.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(index.text)).toBe(true);
    const { sitemapindex } = xml.parse(index.text);
    expect(sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    // Five public articles, two per page: three pages.
    const pages = [['old', 'threeDays'], ['edge', 'yesterday'], ['recent']];
    expect(sitemapindex.sitemap).toEqual(
      pages.map((keys, i) => ({
        loc: `https://api.example.org/v1/sitemaps/articles-${i + 1}.xml`,
        lastmod: w3c(
          keys
            .map((key) => articles[key]!.updatedAt)
            .sort()
            .at(-1)!,
        ),
      })),
    );
    for (const [i, keys] of pages.entries()) {
      const page = await t.http.get(`/v1/sitemaps/articles-${i + 1}.xml`).expect(200);
      expect(XMLValidator.validate(page.text)).toBe(true);
      expect(xml.parse(page.text).urlset.url).toEqual(
        keys.map((key) => ({ loc: urlOf(articles[key]!), lastmod: w3c(articles[key]!.updatedAt) })),
      );
    }
  });

  it('moves a page lastmod when one of its articles changes', async () => {
    clock += 60_000;
    const edited = (
      await t.http.patch(`/v1/articles/${articles.old!.id}`).set(t.auth()).send({ subtitle: 'Revisited' }).expect(200)
    ).body;
    const { sitemapindex } = xml.parse((await t.http.get('/v1/sitemaps/index.xml').expect(200)).text);
    expect(sitemapindex.sitemap[0].lastmod).toBe(w3c(edited.updatedAt));
    articles.old = edited;
  });

  it('answers 404 past the last page and 400 for what is not a page number', async () => {
    const past = await t.http.get('/v1/sitemaps/articles-4.xml').expect(404);
    expect(past.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(past.body.detail).toContain('no page 4');
    for (const page of ['0', 'abc', '1.5', '-1']) {
      const response = await t.http.get(`/v1/sitemaps/articles-${page}.xml`).expect(400);
      expect(response.body.errors[0].path).toBe('page');
    }
    for (const path of [
      '/v1/sitemaps/index.xml?page=2',
      '/v1/sitemaps/articles-1.xml?limit=10',
      '/v1/sitemaps/news.xml?since=2026-01-01',
    ]) {
      expect((await t.http.get(path).expect(400)).body.errors).toHaveLength(1);
    }
  });

  it('sends ETags and 304s', async () => {
    const first = await t.http.get('/v1/sitemaps/articles-1.xml').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    await t.http.get('/v1/sitemaps/articles-1.xml').set('If-None-Match', first.headers.etag!).expect(304);
    const index = await t.http.get('/v1/sitemaps/index.xml').expect(200);
    await t.http.get('/v1/sitemaps/index.xml').set('If-None-Match', index.headers.etag!).expect(304);
  });
});

describe('NewsArticle JSON-LD', () => {
  const jsonld = (idOrSlug: string) => t.http.get(`/v1/articles/${idOrSlug}/jsonld`);

  it('describes the article page for search engines', async () => {
    const recent = articles.recent!;
    const response = await jsonld(recent.slug);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(JSON.parse(response.text)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: recent.title,
      description: recent.excerpt,
      url: urlOf(recent),
      mainEntityOfPage: { '@type': 'WebPage', '@id': urlOf(recent) },
      image: [
        {
          '@type': 'ImageObject',
          url: 'https://img.example.org/lead.jpg?w=1200&h=800',
          contentUrl: 'https://img.example.org/lead.jpg?w=1200&h=800',
          caption: 'Delegates meet in Geneva.',
          description: 'Delegates at the table',
          creditText: 'AP Photo',
          copyrightNotice: '© 2026 AP',
          license: 'https://example.org/licence',
          width: 1200,
          height: 800,
        },
      ],
      author: [
        {
          '@type': 'Person',
          name: 'Olena Koval',
          jobTitle: 'Senior Correspondent',
          url: 'https://olena.example.org',
          sameAs: ['https://x.com/olena'],
        },
        { '@type': 'Person', name: 'Taras & Sons' },
      ],
      datePublished: '2026-03-10T10:00:00.000Z',
      dateModified: recent.updatedAt,
      publisher: {
        '@type': 'Organization',
        name: 'Kyiv Desk & Co',
        url: 'https://www.example.org',
        logo: { '@type': 'ImageObject', url: 'https://www.example.org/logo.png' },
      },
      articleSection: 'World',
      keywords: ['diplomacy', 'r&d'],
      inLanguage: 'uk',
      wordCount: 15,
    });
    expect((await jsonld(recent.id)).text).toBe(response.text);
  });

  it('resolves uploaded images against the API and leaves out images whose rights expired', async () => {
    expect(JSON.parse((await jsonld(articles.yesterday!.slug)).text).image).toEqual([
      {
        '@type': 'ImageObject',
        url: 'https://api.example.org/media/3f9a.png?w=640&format=webp',
        contentUrl: 'https://api.example.org/media/3f9a.png?w=640&format=webp',
        description: 'Market stalls',
      },
    ]);
    expect(JSON.parse((await jsonld(articles.old!.slug)).text)).not.toHaveProperty('image');
  });

  it('follows the visibility rules of the article itself', async () => {
    for (const key of ['draft', 'scheduled']) {
      const response = await t.http.get(`/v1/articles/${articles[key]!.id}/jsonld`).expect(404);
      expect(response.body.code).toBe('ARTICLE_NOT_FOUND');
    }
    const preview = await t.http.get(`/v1/articles/${articles.draft!.id}/jsonld`).set(t.auth()).expect(200);
    expect(preview.headers['cache-control']).toBe('private, no-store');
    expect(JSON.parse(preview.text)).not.toHaveProperty('datePublished');
    await t.http.get('/v1/articles/no-such-article/jsonld').expect(404);
    expect(
      (await t.http.get(`/v1/articles/${articles.recent!.slug}/jsonld?fields=headline`).expect(400)).body.errors[0]
        .path,
    ).toBe('fields');
  });

  it('redirects from a slug the article used to have', async () => {
    clock += 60_000;
    const renamed = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title: 'First headline', status: 'published', publishedAt: '2026-01-01T00:00:00Z' }))
        .expect(201)
    ).body;
    await t.http.patch(`/v1/articles/${renamed.id}`).set(t.auth()).send({ slug: 'second-headline' }).expect(200);
    const response = await t.http.get('/v1/articles/first-headline/jsonld').expect(301);
    expect(response.headers.location).toBe('/v1/articles/second-headline/jsonld');
    // The sitemaps follow the new slug at once.
    const locs: string[] = [];
    for (const { loc } of xml.parse((await t.http.get('/v1/sitemaps/index.xml').expect(200)).text).sitemapindex
      .sitemap) {
      const path = new URL(loc).pathname;
      locs.push(
        ...xml.parse((await t.http.get(path).expect(200)).text).urlset.url.map((url: { loc: string }) => url.loc),
      );
    }
    expect(locs).toContain('https://www.example.org/news/second-headline');
    expect(locs).not.toContain('https://www.example.org/news/first-headline');
    expect(locs).toHaveLength(6);
  });

  it('sends an ETag and answers 304', async () => {
    const first = await jsonld(articles.recent!.slug);
    expect(first.headers.etag).toBeDefined();
    await t.http
      .get(`/v1/articles/${articles.recent!.slug}/jsonld`)
      .set('If-None-Match', first.headers.etag!)
      .expect(304);
  });
});

describe('OpenAPI', () => {
  it('describes every distribution route with its real media type', async () => {
    const doc = (await t.http.get('/openapi.json').expect(200)).body;
    const operations = {
      '/v1/feeds/rss.xml': 'application/rss+xml',
      '/v1/feeds/feed.json': 'application/feed+json',
      '/v1/sitemaps/news.xml': 'application/xml',
      '/v1/sitemaps/index.xml': 'application/xml',
      '/v1/sitemaps/articles-{page}.xml': 'application/xml',
      '/v1/articles/{id}/jsonld': 'application/ld+json',
    };
    for (const [path, mediaType] of Object.entries(operations)) {
      const operation = doc.paths[path]?.get;
      expect({ path, content: Object.keys(operation?.responses?.['200']?.content ?? {}) }).toEqual({
        path,
        content: [mediaType],
      });
      expect(operation).toMatchObject({
        tags: ['distribution'],
        operationId: expect.any(String),
        summary: expect.any(String),
        security: [{}, { bearer: [] }],
      });
      expect(operation.responses['400'].content).toHaveProperty(['application/problem+json']);
    }
    expect(doc.paths['/v1/feeds/feed.json'].get.responses['200'].content['application/feed+json'].schema).toEqual({
      $ref: '#/components/schemas/JsonFeed',
    });
    expect(doc.paths['/v1/articles/{id}/jsonld'].get.responses['200'].content['application/ld+json'].schema).toEqual({
      $ref: '#/components/schemas/NewsArticleJsonLd',
    });
    expect(doc.tags).toContainEqual(expect.objectContaining({ name: 'distribution' }));
  });
});
