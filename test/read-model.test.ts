// Reads of articles are JSON built by SQLite (the repository's read model); writes answer with
// toArticle() and the other modules' mappers. These tests hold the SQL-built JSON to what the
// mappers produce from the same rows, for every viewer, include and field selection, so the
// two can never drift apart: attribution and e-mail only for token holders, srcset and
// rightsExpired on images, related links to hidden articles hidden from the public.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorialViewer, publicViewer, type Viewer, viewerOf } from '../src/modules/access/index.js';
import { peopleOf, toArticle, translationStateOf } from '../src/modules/articles/index.js';
import { type Field, fieldValues, type Include, includeValues } from '../src/modules/articles/schema.js';
import { toAuthor } from '../src/modules/authors/index.js';
import { toImage } from '../src/modules/images/index.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
let mediaDir: string;
const ids: Record<'main' | 'expired' | 'bare' | 'visibleTarget' | 'hiddenTarget' | 'translation', string> = {} as never;

beforeAll(async () => {
  mediaDir = mkdtempSync(join(tmpdir(), 'newsdesk-read-model-'));
  t = await buildTestApp({ mediaDir, locales: { all: ['en', 'uk', 'de'], default: 'en' } });
  const post = async (url: string, body: object) => (await t.http.post(url).set(t.auth()).send(body).expect(201)).body;
  const withEmail = await post(
    '/v1/authors',
    factories.author({
      email: 'desk@example.org',
      links: { website: 'https://example.org/desk', x: 'https://x.com/desk' },
      bio: 'Bio "quoted" \\ and \u2028 odd',
    }),
  );
  const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  const uploaded = (
    await t.http
      .post('/v1/images')
      .set(t.auth())
      .attach('file', png, { filename: 'desk.png', contentType: 'image/png' })
      .field('alt', 'Uploaded')
      .expect(201)
  ).body;
  // One byline with an uploaded avatar, one without.
  await t.http.patch(`/v1/authors/${withEmail.id}`).set(t.auth()).send({ avatarImageId: uploaded.id }).expect(200);
  const plain = await post('/v1/authors', factories.author());
  const expiredImage = await post(
    '/v1/images',
    factories.image({ rightsExpiresAt: '2020-01-01T00:00:00+02:00', caption: 'Ünïcödé – “quotes”' }),
  );
  ids.visibleTarget = (await post('/v1/articles', factories.article({ status: 'published' }))).id;
  ids.hiddenTarget = (await post('/v1/articles', factories.article({ status: 'draft' }))).id;
  ids.main = (
    await post(
      '/v1/articles',
      factories.article({
        status: 'published',
        subtitle: 'With every embed',
        tags: ['war', 'diplomacy'],
        authorIds: [plain.id, withEmail.id],
        featuredImageId: uploaded.id,
        seo: { title: 'SEO title' },
        body: undefined,
        bodyMarkdown:
          '## Heading\n\nA *paragraph* with a [link](https://example.org) and "quotes".\n\n> A quote\n\n- one\n- two',
      }),
    )
  ).id;
  await t.http
    .put(`/v1/articles/${ids.main}/related`)
    .set(t.auth())
    .send([
      { targetArticleId: ids.hiddenTarget },
      { url: 'https://example.org/external', title: 'External', imageId: expiredImage.id },
      { targetArticleId: ids.visibleTarget, kind: 'read-more', imageId: uploaded.id },
    ])
    .expect(200);
  ids.expired = (
    await post(
      '/v1/articles',
      factories.article({ status: 'published', featuredImageId: expiredImage.id, authorIds: [withEmail.id] }),
    )
  ).id;
  ids.bare = (await post('/v1/articles', factories.article({ status: 'published', body: [] }))).id;
  // The main article's story in Ukrainian (published, then outdated by a change of its source) and
  // in German (a draft, which the public never sees embedded).
  ids.translation = (
    await post(`/v1/articles/${ids.main}/translations`, factories.article({ locale: 'uk', status: 'published' }))
  ).id;
  await post(`/v1/articles/${ids.main}/translations`, factories.article({ locale: 'de' }));
  await t.http.patch(`/v1/articles/${ids.main}`).set(t.auth()).send({ subtitle: 'Changed since' }).expect(200);
});
afterAll(async () => {
  await t.close();
  rmSync(mediaDir, { recursive: true, force: true });
});

const editorViewer: Viewer = viewerOf({
  tokenId: 'x',
  userId: 'x',
  name: 'editor-test',
  role: 'editor',
  kind: 'write',
});

/** What the read must show, from the rows through the mappers (the write path's representation). */
async function expected(
  id: string,
  viewer: Viewer,
  include: readonly Include[],
  fields: readonly Field[] | undefined,
  withBody: boolean,
): Promise<unknown> {
  const { repos, links } = t.app.ctx;
  const now = t.app.ctx.now();
  // A nested name brings its parent along.
  const has = (name: string) => include.some((item) => item === name || item.startsWith(`${name}.`));
  const imageOf = async (imageId: string | null) =>
    imageId ? toImage((await repos.images.findByIds([imageId]))[0]!, now, links) : null;
  const teaserOf = async (articleId: string | null) => {
    const target = articleId ? await repos.articles.findById(articleId, viewer, now) : undefined;
    if (!target) return null;
    const { body, bodyHtml, createdBy, updatedBy, translation, ...teaser } = toArticle(
      target,
      viewer,
      () => null,
      links,
    );
    return teaser;
  };
  const row = (await repos.articles.findById(id, editorialViewer, now))!;
  const article: Record<string, unknown> = {
    ...toArticle(
      row,
      viewer,
      await peopleOf(repos, [row.createdBy, row.updatedBy]),
      links,
      await translationStateOf(t.app.ctx, row),
    ),
  };
  if (!withBody) {
    delete article.body;
    delete article.bodyHtml;
  }
  if (has('authors'))
    article.authors = await Promise.all(
      ((await repos.articles.authorsOf([id])).get(id) ?? []).map(async (author) => ({
        ...toAuthor(author, viewer, links),
        ...(has('authors.avatar') ? { avatar: await imageOf(author.avatarImageId) } : {}),
      })),
    );
  if (has('featuredImage')) article.featuredImage = await imageOf(article.featuredImageId as string | null);
  if (has('related'))
    article.related = await Promise.all(
      (await repos.related.ofArticles([id], viewer, now)).map(async (link) => ({
        ...link,
        ...(has('related.image') ? { image: await imageOf(link.imageId) } : {}),
        ...(has('related.target') ? { target: await teaserOf(link.targetArticleId) } : {}),
      })),
    );
  if (has('translations'))
    article.translations = (
      row.translationGroupId === null ? [] : await repos.articles.visibleGroup(row.translationGroupId, viewer, now)
    )
      .filter((member) => member.id !== id)
      .map((member) => ({ id: member.id, locale: member.locale }))
      .map(async ({ id: memberId, locale }) => {
        const other = (await repos.articles.findById(memberId, viewer, now))!;
        return { id: memberId, locale, slug: other.slug, url: links.article(other), title: other.title };
      });
  if (Array.isArray(article.translations)) article.translations = await Promise.all(article.translations);
  if (fields && fields.length > 0) {
    const kept = new Set<string>([...fields, 'authors', 'featuredImage', 'related', 'translations']);
    for (const key of Object.keys(article)) if (!kept.has(key)) delete article[key];
  }
  return JSON.parse(JSON.stringify(article));
}

const includeSets: Include[][] = [
  [],
  ['authors'],
  ['featuredImage'],
  ['related'],
  ['authors.avatar'],
  ['related.image'],
  ['related.target'],
  [...includeValues],
];
const fieldSets: (Field[] | undefined)[] = [
  undefined,
  ['title'],
  ['id', 'body', 'seo', 'version'],
  ['bodyHtml', 'tags', 'featuredImageId'],
  ['url', 'slug'],
  [...fieldValues],
];
const viewers = [
  { name: 'the public', viewer: publicViewer, headers: () => ({}) },
  { name: 'an editor', viewer: editorViewer, headers: () => t.auth('editor') },
];

function query(
  include: readonly Include[],
  fields: readonly Field[] | undefined,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams(extra);
  if (include.length > 0) params.set('include', include.join(','));
  if (fields) params.set('fields', fields.join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

describe('the SQL-built read model', () => {
  it.each(viewers)(
    'answers a single article exactly as the mappers describe it, for $name',
    async ({ viewer, headers }) => {
      for (const id of [ids.main, ids.expired, ids.bare, ids.translation]) {
        for (const include of includeSets) {
          for (const fields of fieldSets) {
            const response = await t.http
              .get(`/v1/articles/${id}${query(include, fields)}`)
              .set(headers())
              .expect(200);
            expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
            expect(response.body, `${id} include=${include} fields=${fields}`).toStrictEqual(
              await expected(id, viewer, include, fields, true),
            );
          }
        }
      }
    },
  );

  it.each(viewers)(
    'answers every page of a list exactly as the mappers describe it, for $name',
    async ({ viewer, headers }) => {
      for (const include of includeSets) {
        for (const fields of fieldSets) {
          const withBody = fields?.some((field) => field === 'body' || field === 'bodyHtml') ?? false;
          const response = await t.http
            .get(`/v1/articles${query(include, fields, { limit: '3' })}`)
            .set(headers())
            .expect(200);
          const page = response.body.data as { id?: string }[];
          expect(page.length).toBe(3);
          const pageIds = (await t.http.get('/v1/articles?limit=3&fields=id').set(headers()).expect(200)).body.data.map(
            (article: { id: string }) => article.id,
          );
          for (const [index, article] of page.entries()) {
            expect(article).toStrictEqual(await expected(pageIds[index], viewer, include, fields, withBody));
          }
        }
      }
    },
  );

  it('shows what the public may see: no e-mail, no attribution, no link to a draft; images with srcset and rightsExpired', async () => {
    const publicRead = (await t.http.get(`/v1/articles/${ids.main}?include=authors,featuredImage,related`).expect(200))
      .body;
    expect(publicRead.createdBy).toBeUndefined();
    expect(publicRead.authors.map((author: object) => 'email' in author)).toEqual([false, false]);
    expect(publicRead.related.map((link: { targetArticleId: string | null }) => link.targetArticleId)).toEqual([
      null,
      ids.visibleTarget,
    ]);
    expect(publicRead.featuredImage.srcset.length).toBeGreaterThan(0);
    expect(publicRead.featuredImage.rightsExpired).toBe(false);
    const editorRead = (await t.http.get(`/v1/articles/${ids.main}?include=authors,related`).set(t.auth()).expect(200))
      .body;
    expect(editorRead.createdBy).toEqual({ id: expect.any(String), name: 'editor-test' });
    expect(editorRead.authors[1].email).toBe('desk@example.org');
    expect(editorRead.related).toHaveLength(3);
    const expired = (await t.http.get(`/v1/articles/${ids.expired}?include=featuredImage`).expect(200)).body;
    expect(expired.featuredImage).toMatchObject({
      rightsExpired: true,
      rightsExpiresAt: '2019-12-31T22:00:00.000Z',
      srcset: [],
    });
  });

  it('gives search results their snippet beside the same representation', async () => {
    const response = await t.http.get('/v1/articles?q=paragraph&include=authors&limit=50').expect(200);
    const hit = (response.body.data as { id: string; snippet: string }[]).find((article) => article.id === ids.main)!;
    expect(hit.snippet).toContain('<mark>');
    const { snippet: _snippet, ...rest } = hit;
    expect(rest).toStrictEqual(await expected(ids.main, publicViewer, ['authors'], undefined, false));
  });
});
