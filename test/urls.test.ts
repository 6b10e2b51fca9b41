// URLs a frontend can use as they are (issue 18, item 2): an uploaded image's `url` and `srcset`
// are absolute from PUBLIC_API_URL (by default PUBLIC_SITE_URL) in every JSON answer — images,
// embeds, the change feed and webhook payloads — while an external image URL stays as given;
// articles carry their page's `url` (ARTICLE_URL_TEMPLATE), authors theirs (AUTHOR_URL_TEMPLATE,
// null without it).
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig, testConfig } from '../src/config.js';
import { buildTestApp, factories, pathOf, type TestApp } from './helpers/build-test-app.js';
import { startReceiver } from './helpers/receiver.js';

const configured: Partial<Config> = {
  site: {
    ...testConfig().site,
    url: 'https://www.example.org',
    apiUrl: 'https://api.example.org/cms',
    articleUrlTemplate: '{base}/story/{id}/{slug}',
    authorUrlTemplate: '{base}/people/{slug}',
  },
};

type Made = { uploaded: { id: string; url: string }; external: { id: string; url: string } };
type Srcset = { url: string }[];

async function newsroom(t: TestApp) {
  const png = await sharp({ create: { width: 700, height: 400, channels: 3, background: '#884422' } })
    .png()
    .toBuffer();
  const uploaded = (
    await t.http
      .post('/v1/images')
      .set(t.auth())
      .attach('file', png, { filename: 'lead.png', contentType: 'image/png' })
      .field('alt', 'Lead')
      .expect(201)
  ).body;
  const external = (await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201)).body;
  const author = (
    await t.http
      .post('/v1/authors')
      .set(t.auth())
      .send(factories.author({ avatarImageId: uploaded.id }))
      .expect(201)
  ).body;
  const target = (
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published' }))
      .expect(201)
  ).body;
  const article = (
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published', authorIds: [author.id], featuredImageId: uploaded.id }))
      .expect(201)
  ).body;
  await t.http
    .put(`/v1/articles/${article.id}/related`)
    .set(t.auth())
    .send([
      { targetArticleId: target.id, imageId: external.id },
      { url: 'https://example.net/elsewhere', imageId: uploaded.id },
    ])
    .expect(200);
  return { uploaded, external, author, target, article };
}

describe('with PUBLIC_API_URL and both page templates set', () => {
  let t: TestApp;
  let made: Made & Awaited<ReturnType<typeof newsroom>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const api = 'https://api.example.org/cms';
  beforeAll(async () => {
    t = await buildTestApp(configured);
    receiver = await startReceiver();
    await t.http
      .post('/v1/webhooks')
      .set(t.auth('admin'))
      .send({ url: receiver.url, eventTypes: ['image.created', 'author.created'] })
      .expect(201);
    made = await newsroom(t);
  });
  afterAll(async () => {
    await receiver.close();
    await t.close();
  });

  const expectUploaded = (image: { url: string; srcset: Srcset }) => {
    expect(image.url).toMatch(new RegExp(`^${api}/media/[0-9a-f]{64}\\.png$`));
    expect(image.srcset.length).toBeGreaterThan(0);
    for (const entry of image.srcset) expect(entry.url.startsWith(`${image.url}?w=`)).toBe(true);
  };
  const expectExternal = (image: { url: string; srcset: Srcset }) => {
    expect(image.url).toBe(made.external.url);
    expect(image.url).toMatch(/^https:\/\/img\.example\.org\/photo-\d+\.jpg$/);
    expect(image.srcset).toEqual([]);
  };

  it('makes an uploaded image absolute in its own answers, leaving an external URL as given', async () => {
    expectUploaded(made.uploaded as never);
    expectUploaded((await t.http.get(`/v1/images/${made.uploaded.id}`).expect(200)).body);
    expectExternal((await t.http.get(`/v1/images/${made.external.id}`).set(t.auth()).expect(200)).body);
    const list = (await t.http.get('/v1/images?limit=100').set(t.auth()).expect(200)).body.data;
    expectUploaded(list.find((image: { id: string }) => image.id === made.uploaded.id));
    expectExternal(list.find((image: { id: string }) => image.id === made.external.id));
    // The stored path is what /media serves: the absolute URL names it.
    await t.http.get(pathOf(made.uploaded.url).slice('/cms'.length)).expect(200);
  });

  it('makes embedded images absolute: lead image, avatars and related pictures', async () => {
    const read = (
      await t.http
        .get(`/v1/articles/${made.article.id}?include=featuredImage,authors.avatar,related.image,related.target`)
        .expect(200)
    ).body;
    expectUploaded(read.featuredImage);
    expectUploaded(read.authors[0].avatar);
    expectExternal(read.related[0].image);
    expectUploaded(read.related[1].image);
    const page = (await t.http.get('/v1/articles?include=featuredImage,authors.avatar&limit=10').expect(200)).body.data;
    const listed = page.find((article: { id: string }) => article.id === made.article.id);
    expectUploaded(listed.featuredImage);
    expectUploaded(listed.authors[0].avatar);
  });

  it('gives articles their page from ARTICLE_URL_TEMPLATE, everywhere they are shown', async () => {
    const page = (article: { id: string; slug: string }) =>
      `https://www.example.org/story/${article.id}/${article.slug}`;
    expect(made.article.url).toBe(page(made.article));
    const read = (await t.http.get(`/v1/articles/${made.article.slug}?include=related.target`).expect(200)).body;
    expect(read.url).toBe(page(made.article));
    expect(read.related[0].target.url).toBe(page(made.target));
    const listed = (await t.http.get('/v1/articles?fields=url,slug&limit=10').expect(200)).body.data;
    expect(listed).toContainEqual({ url: page(made.target), slug: made.target.slug });
    const revision = (await t.http.get(`/v1/articles/${made.article.id}/revisions/1`).set(t.auth()).expect(200)).body;
    expect(revision.article.url).toBe(page(made.article));
    // The JSON-LD's page is the same one (distribution reads the same Links).
    const jsonld = (await t.http.get(`/v1/articles/${made.article.id}/jsonld`).expect(200)).body;
    expect(jsonld.mainEntityOfPage).toMatchObject({ '@id': page(made.article) });
  });

  it("gives authors their page from AUTHOR_URL_TEMPLATE, in bylines and the authors' own answers", async () => {
    const page = `https://www.example.org/people/${(made.author as { slug: string }).slug}`;
    expect(made.author).toMatchObject({ url: page });
    expect((await t.http.get(`/v1/authors/${made.author.id}`).expect(200)).body.url).toBe(page);
    const read = (await t.http.get(`/v1/articles/${made.article.id}?include=authors`).expect(200)).body;
    expect(read.authors[0].url).toBe(page);
  });

  it('carries absolute URLs in the change feed and in webhook payloads', async () => {
    const changes = (await t.http.get('/v1/changes?limit=1000').set(t.auth()).expect(200)).body.data as {
      type: string;
      id: string;
      data: { url: string; srcset: Srcset; featuredImage?: { url: string; srcset: Srcset } };
    }[];
    const created = (id: string) => changes.find((change) => change.type === 'image.created' && change.id === id)!;
    expectUploaded(created(made.uploaded.id).data);
    expectExternal(created(made.external.id).data);
    const published = changes.filter((change) => change.type === 'article.published' && change.id === made.article.id);
    expect(published.length).toBeGreaterThan(0);
    for (const change of published) {
      expect(change.data.url).toBe(`https://www.example.org/story/${made.article.id}/${made.article.slug}`);
      expectUploaded(change.data.featuredImage as never);
    }
    const delivered = (await receiver.waitFor(3)).map((request) => JSON.parse(request.body));
    const image = delivered.find((body) => body.type === 'image.created' && body.data.id === made.uploaded.id);
    expectUploaded(image.data);
    const author = delivered.find((body) => body.type === 'author.created');
    expect(author.data.url).toBe(`https://www.example.org/people/${(made.author as { slug: string }).slug}`);
  });
});

describe('without PUBLIC_API_URL or AUTHOR_URL_TEMPLATE', () => {
  let t: TestApp;
  let made: Awaited<ReturnType<typeof newsroom>>;
  const site = testConfig().site.url;
  beforeAll(async () => {
    t = await buildTestApp();
    made = await newsroom(t);
  });
  afterAll(() => t.close());

  it('makes uploads absolute from PUBLIC_SITE_URL and leaves external URLs alone', async () => {
    expect(site).toBe('http://127.0.0.1:3000');
    const read = (
      await t.http.get(`/v1/articles/${made.article.id}?include=featuredImage,authors.avatar,related.image`).expect(200)
    ).body;
    for (const image of [read.featuredImage, read.authors[0].avatar, read.related[1].image]) {
      expect(image.url).toMatch(new RegExp(`^${site}/media/[0-9a-f]{64}\\.png$`));
      for (const entry of image.srcset) expect(entry.url.startsWith(`${image.url}?w=`)).toBe(true);
    }
    expect(read.related[0].image).toMatchObject({ url: made.external.url, srcset: [] });
    expect(read.url).toBe(`${site}/news/${made.article.slug}`);
  });

  it('gives authors a null url: the site has no author pages', async () => {
    expect(made.author.url).toBeNull();
    expect((await t.http.get(`/v1/authors/${made.author.id}`).expect(200)).body.url).toBeNull();
    const read = (await t.http.get(`/v1/articles/${made.article.id}?include=authors`).expect(200)).body;
    expect(read.authors[0].url).toBeNull();
  });
});

describe('the settings', () => {
  it('read PUBLIC_API_URL (by default PUBLIC_SITE_URL) and an optional AUTHOR_URL_TEMPLATE', () => {
    expect(loadConfig({ PUBLIC_SITE_URL: 'https://www.example.org/' }).site).toMatchObject({
      url: 'https://www.example.org',
      apiUrl: 'https://www.example.org',
      authorUrlTemplate: null,
    });
    expect(
      loadConfig({
        PUBLIC_SITE_URL: 'https://www.example.org',
        PUBLIC_API_URL: 'https://api.example.org/',
        AUTHOR_URL_TEMPLATE: '{base}/by/{slug}',
      }).site,
    ).toMatchObject({ apiUrl: 'https://api.example.org', authorUrlTemplate: '{base}/by/{slug}' });
    expect(loadConfig({ AUTHOR_URL_TEMPLATE: '' }).site.authorUrlTemplate).toBeNull();
  });

  it('refuse an author page template without the slug or id, naming it', () => {
    expect(() => loadConfig({ AUTHOR_URL_TEMPLATE: '{base}/authors' })).toThrow(
      'Invalid configuration: AUTHOR_URL_TEMPLATE: must contain {slug} or {id}',
    );
    expect(() => loadConfig({ AUTHOR_URL_TEMPLATE: 'not a url {slug}' })).toThrow(
      /AUTHOR_URL_TEMPLATE: must give a URL/,
    );
  });
});
