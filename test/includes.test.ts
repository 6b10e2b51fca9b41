// Nested includes (issue 18, item 3): `authors.avatar`, `related.image` and `related.target`, two
// levels at most; a nested name brings its parent along; what each embeds follows the visibility
// policy for the public, a contributor and an editor; bad names are a 400 naming `include`. (That
// they cost no extra statement is counted in articles.test.ts; that the SQL and the mappers agree
// is read-model.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
type Created = { id: string; slug: string; title: string };
const made = {} as Record<
  'avatar' | 'picture' | 'pictured' | 'plain' | 'front' | 'published' | 'editorsDraft' | 'contributorsDraft',
  Created
>;
const ALL = 'authors.avatar,featuredImage,related.image,related.target';

beforeAll(async () => {
  t = await buildTestApp();
  const post = async (url: string, body: object, role: 'editor' | 'contributor' = 'editor') =>
    (await t.http.post(url).set(t.auth(role)).send(body).expect(201)).body as Created;
  made.avatar = await post('/v1/images', factories.image({ alt: 'Avatar' }));
  made.picture = await post('/v1/images', factories.image({ alt: 'Teaser picture' }));
  made.pictured = await post('/v1/authors', factories.author({ avatarImageId: made.avatar.id }));
  made.plain = await post('/v1/authors', factories.author());
  made.published = await post('/v1/articles', factories.article({ status: 'published', title: 'Published target' }));
  made.editorsDraft = await post('/v1/articles', factories.article({ title: 'Secret editors draft' }));
  made.contributorsDraft = await post(
    '/v1/articles',
    factories.article({ title: 'Contributors own draft' }),
    'contributor',
  );
  made.front = await post(
    '/v1/articles',
    factories.article({ status: 'published', authorIds: [made.pictured.id, made.plain.id] }),
  );
  await t.http
    .put(`/v1/articles/${made.front.id}/related`)
    .set(t.auth())
    .send([
      { targetArticleId: made.published.id, imageId: made.picture.id },
      { targetArticleId: made.editorsDraft.id, imageId: made.picture.id },
      { targetArticleId: made.contributorsDraft.id },
      { url: 'https://example.org/elsewhere', title: 'Elsewhere' },
    ])
    .expect(200);
});
afterAll(() => t.close());

const read = async (include: string, headers: Record<string, string> = {}) =>
  (await t.http.get(`/v1/articles/${made.front.id}?include=${include}`).set(headers).expect(200)).body;
type Link = { targetArticleId: string | null; url: string | null; image?: { id: string } | null; target?: unknown };

describe('nested includes', () => {
  it('embeds each byline’s avatar with authors.avatar (null without one)', async () => {
    const article = await read('authors.avatar');
    expect(article.authors.map((author: { id: string }) => author.id)).toEqual([made.pictured.id, made.plain.id]);
    expect(article.authors[0].avatar).toMatchObject({ id: made.avatar.id, alt: 'Avatar', srcset: [] });
    expect(article.authors[1].avatar).toBeNull();
    // A nested name brings its parent, and only that: no other embed appears.
    expect(article).not.toHaveProperty('featuredImage');
    expect(article).not.toHaveProperty('related');
    // Without the nested name, bylines carry no avatar key at all.
    expect((await read('authors')).authors[0]).not.toHaveProperty('avatar');
  });

  it('embeds each related link’s picture with related.image, and its target with related.target', async () => {
    const withImages = (await read('related.image')).related as Link[];
    // The public's links: to the published article, and the external one.
    expect(withImages.map((link) => link.image?.id ?? null)).toEqual([made.picture.id, null]);
    expect(withImages[0]).not.toHaveProperty('target');
    const withTargets = (await read('related.target')).related as Link[];
    expect(withTargets[0]).not.toHaveProperty('image');
    expect(withTargets[0]!.target).toEqual({
      id: made.published.id,
      slug: made.published.slug,
      locale: 'en',
      url: `http://127.0.0.1:3000/news/${made.published.slug}`,
      title: 'Published target',
      subtitle: null,
      excerpt: expect.any(String),
      section: null,
      tags: [],
      status: 'published',
      publishedAt: expect.any(String),
      readingTimeMinutes: 1,
      authorIds: [],
      featuredImageId: null,
      seo: { title: null, description: null },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    // An external link (or a teaser without destination) has no target to embed.
    expect(withTargets.at(-1)).toMatchObject({ url: 'https://example.org/elsewhere', target: null });
    // A parent asked for beside its nested names is the same answer.
    expect(await read('related,related.image,related.target')).toEqual(await read('related.target,related.image'));
  });

  it('embeds in lists too, the same as in a single read', async () => {
    const page = (await t.http.get(`/v1/articles?include=${ALL}&limit=100`).expect(200)).body.data;
    const listed = page.find((article: { id: string }) => article.id === made.front.id);
    expect(listed).toEqual(expect.objectContaining({ authors: (await read(ALL)).authors }));
    expect(listed.related).toEqual((await read(ALL)).related);
  });

  it('shows the public only what it may see: links and targets of published articles, their pictures', async () => {
    const article = await read(ALL);
    const related = article.related as Link[];
    expect(related.map((link) => link.targetArticleId)).toEqual([made.published.id, null]);
    expect(related[0]).toMatchObject({ image: { id: made.picture.id }, target: { id: made.published.id } });
    const text = JSON.stringify(article);
    expect(text).not.toContain('Secret editors draft');
    expect(text).not.toContain('Contributors own draft');
    expect(text).not.toContain('createdBy');
    // What is embedded is what the public could read on its own: an avatar is visible with its
    // author, a link's picture with its link.
    await t.http.get(`/v1/authors/${made.pictured.id}`).expect(200);
    await t.http.get(`/v1/images/${made.avatar.id}`).expect(200);
    await t.http.get(`/v1/images/${made.picture.id}`).expect(200);
    await t.http.get(`/v1/articles/${made.published.id}`).expect(200);
  });

  it('shows a contributor their own draft as a target, never another’s', async () => {
    const related = (await read(ALL, t.auth('contributor'))).related as (Link & { target: Created | null })[];
    expect(related.map((link) => link.target?.id ?? null)).toEqual([
      made.published.id,
      made.contributorsDraft.id,
      null,
    ]);
    expect(JSON.stringify(related)).not.toContain('Secret editors draft');
    await t.http.get(`/v1/articles/${made.contributorsDraft.id}`).set(t.auth('contributor')).expect(200);
    await t.http.get(`/v1/articles/${made.editorsDraft.id}`).set(t.auth('contributor')).expect(404);
  });

  it('shows an editor every link and every target, drafts included', async () => {
    const related = (await read(ALL, t.auth('editor'))).related as (Link & { target: Created | null })[];
    expect(related.map((link) => link.target?.id ?? null)).toEqual([
      made.published.id,
      made.editorsDraft.id,
      made.contributorsDraft.id,
      null,
    ]);
    expect(related[1]).toMatchObject({ image: { id: made.picture.id }, target: { title: 'Secret editors draft' } });
    // A target is a teaser: no body and no attribution, even for an editor.
    expect(related[1]!.target).not.toHaveProperty('body');
    expect(related[1]!.target).not.toHaveProperty('createdBy');
  });

  it.each([
    ['an unknown name', 'comments', "unknown include 'comments'"],
    ['an unknown nested name', 'authors.pets', "unknown include 'authors.pets'"],
    ['a nested name under a parent without it', 'featuredImage.avatar', "unknown include 'featuredImage.avatar'"],
    ['a path deeper than two levels', 'related.target.featuredImage', 'embeds nest at most 2 levels'],
  ])('answers 400 naming include for %s, on reads and lists', async (_case, include, message) => {
    for (const url of [`/v1/articles/${made.front.id}?include=${include}`, `/v1/articles?include=authors,${include}`]) {
      const response = await t.http.get(url).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(response.body.errors).toEqual([{ path: 'include', message: expect.stringContaining(message) }]);
    }
  });
});
