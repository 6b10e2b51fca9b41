import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyId, anyTimestamp, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

describe('images', () => {
  it('creates, reads by id and slug, patches, replaces and deletes an image', async () => {
    const created = await t.http
      .post('/v1/images')
      .set(t.auth())
      .send({
        url: 'https://img.example.org/kyiv.jpg',
        alt: 'Kyiv at night',
        caption: 'The city',
        credit: 'Photo Desk',
        width: 1200,
        height: 800,
        mimeType: 'image/jpeg',
        bytes: 1234,
      })
      .expect(201);
    expect(created.body).toEqual({
      id: anyId,
      slug: 'kyiv-at-night',
      url: 'https://img.example.org/kyiv.jpg',
      alt: 'Kyiv at night',
      caption: 'The city',
      credit: 'Photo Desk',
      width: 1200,
      height: 800,
      mimeType: 'image/jpeg',
      bytes: 1234,
      copyright: null,
      license: null,
      sourceUrl: null,
      rightsExpiresAt: null,
      rightsExpired: false,
      srcset: [],
      createdAt: anyTimestamp,
      updatedAt: anyTimestamp,
      version: 1,
    });
    expect(created.headers.location).toBe(`/v1/images/${created.body.id}`);

    const byId = await t.http.get(`/v1/images/${created.body.id}`).set(t.auth()).expect(200);
    expect(byId.body).toEqual(created.body);
    const bySlug = await t.http.get('/v1/images/kyiv-at-night').set(t.auth()).expect(200);
    expect(bySlug.body.id).toBe(created.body.id);

    const patched = await t.http
      .patch(`/v1/images/${created.body.id}`)
      .set(t.auth())
      .send({ caption: 'Kyiv, 2025' })
      .expect(200);
    expect(patched.body).toEqual({ ...created.body, caption: 'Kyiv, 2025', updatedAt: anyTimestamp, version: 2 });

    const replaced = await t.http
      .put(`/v1/images/${created.body.id}`)
      .set(t.auth())
      .send({ url: 'https://img.example.org/other.png', alt: 'Other' })
      .expect(200);
    expect(replaced.body).toEqual({
      ...created.body,
      url: 'https://img.example.org/other.png',
      alt: 'Other',
      caption: null,
      credit: null,
      width: null,
      height: null,
      mimeType: null,
      bytes: null,
      updatedAt: anyTimestamp,
      version: 3,
    });

    await t.http.delete(`/v1/images/${created.body.id}`).set(t.auth()).expect(204);
    const gone = await t.http.get(`/v1/images/${created.body.id}`).set(t.auth()).expect(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(gone.body).toMatchObject({ status: 404, code: 'IMAGE_NOT_FOUND' });
  });

  it('generates unique slugs and rejects a taken explicit slug with 409 SLUG_TAKEN', async () => {
    const first = await t.http
      .post('/v1/images')
      .set(t.auth())
      .send(factories.image({ alt: 'Same alt' }))
      .expect(201);
    const second = await t.http
      .post('/v1/images')
      .set(t.auth())
      .send(factories.image({ alt: 'Same alt' }))
      .expect(201);
    expect(first.body.slug).toBe('same-alt');
    expect(second.body.slug).toBe('same-alt-2');
    const taken = await t.http
      .post('/v1/images')
      .set(t.auth())
      .send(factories.image({ slug: 'same-alt' }))
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'SLUG_TAKEN', errors: [{ path: 'slug', message: 'is already taken' }] });
  });

  it('rejects bad fields, unknown fields and read-only fields naming each one', async () => {
    const response = await t.http
      .post('/v1/images')
      .set(t.auth())
      .send({ url: 'javascript:alert(1)', width: -3, id: 'x', version: 4 })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['id', 'url', 'version', 'width']);
  });

  it('refuses to delete an image still in use, naming the referrers, unless forced', async () => {
    const image = (await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201)).body;
    const author = (
      await t.http
        .post('/v1/authors')
        .set(t.auth())
        .send(factories.author({ avatarImageId: image.id }))
        .expect(201)
    ).body;
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(
          factories.article({
            featuredImageId: image.id,
            body: [
              { type: 'paragraph', text: 'Hello.' },
              { type: 'image', imageId: image.id, caption: 'A picture' },
            ],
          }),
        )
        .expect(201)
    ).body;
    expect(article.bodyHtml).toContain(`<img src="${image.url}"`);

    const refused = await t.http.delete(`/v1/images/${image.id}`).set(t.auth()).expect(409);
    expect(refused.body).toMatchObject({ code: 'STILL_REFERENCED' });
    expect(refused.body.referrers).toEqual(
      expect.arrayContaining([
        { type: 'author', id: author.id, slug: author.slug },
        { type: 'article', id: article.id, slug: article.slug },
      ]),
    );
    await t.http.get(`/v1/images/${image.id}`).set(t.auth()).expect(200);

    await t.http.delete(`/v1/images/${image.id}?force=true`).set(t.auth()).expect(204);
    const detachedArticle = (await t.http.get(`/v1/articles/${article.id}`).set(t.auth()).expect(200)).body;
    expect(detachedArticle).toMatchObject({
      featuredImageId: null,
      body: [{ type: 'paragraph', text: 'Hello.' }],
      version: 2,
    });
    expect(detachedArticle.bodyHtml).not.toContain('<img');
    const detachedAuthor = (await t.http.get(`/v1/authors/${author.id}`).set(t.auth()).expect(200)).body;
    expect(detachedAuthor).toMatchObject({ avatarImageId: null, version: 2 });
  });

  it('paginates with an opaque cursor and reports the total', async () => {
    for (let i = 0; i < 5; i++) await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201);
    const page1 = await t.http.get('/v1/images?limit=2&count=true').set(t.auth()).expect(200);
    expect(page1.body.data).toHaveLength(2);
    expect(page1.body.meta).toEqual({ limit: 2, nextCursor: expect.any(String), total: expect.any(Number) });
    const seen = [...page1.body.data.map((image: { id: string }) => image.id)];
    let cursor = page1.body.meta.nextCursor;
    while (cursor) {
      const page = await t.http.get(`/v1/images?limit=2&cursor=${cursor}`).set(t.auth()).expect(200);
      seen.push(...page.body.data.map((image: { id: string }) => image.id));
      cursor = page.body.meta.nextCursor;
    }
    expect(seen).toHaveLength(page1.body.meta.total);
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await t.http.get('/v1/images?cursor=not-a-cursor').set(t.auth()).expect(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_CURSOR', errors: [{ path: 'cursor' }] });
  });
});
