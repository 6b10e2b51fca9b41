import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyId, anyTimestamp, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
let articleId: string;
let targetId: string;
beforeAll(async () => {
  t = await buildTestApp();
  articleId = (
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published' }))
      .expect(201)
  ).body.id;
  targetId = (
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published' }))
      .expect(201)
  ).body.id;
});
afterAll(async () => t.close());

const base = () => `/v1/articles/${articleId}/related`;

describe('related links', () => {
  it('adds links at the end or at a position, and keeps positions dense', async () => {
    const image = (await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201)).body;
    const external = await t.http
      .post(base())
      .set(t.auth())
      .send({ url: 'https://example.org/story', title: 'External', excerpt: 'Teaser', imageId: image.id })
      .expect(201);
    expect(external.body).toEqual({
      id: anyId,
      articleId,
      position: 0,
      kind: 'related',
      targetArticleId: null,
      url: 'https://example.org/story',
      title: 'External',
      excerpt: 'Teaser',
      imageId: image.id,
      createdAt: anyTimestamp,
      updatedAt: anyTimestamp,
      version: 1,
    });
    const internal = await t.http
      .post(base())
      .set(t.auth())
      .send({ targetArticleId: targetId, kind: 'read-more', position: 0 })
      .expect(201);
    expect(internal.body.position).toBe(0);
    const list = await t.http.get(base()).expect(200);
    expect(list.body.data.map((link: { id: string; position: number }) => [link.id, link.position])).toEqual([
      [internal.body.id, 0],
      [external.body.id, 1],
    ]);
  });

  it('moves, edits and deletes a link', async () => {
    const [first, second] = (await t.http.get(base()).expect(200)).body.data;
    const moved = await t.http
      .patch(`${base()}/${first.id}`)
      .set(t.auth())
      .send({ position: 5, title: 'Moved' })
      .expect(200);
    expect(moved.body).toMatchObject({ position: 1, title: 'Moved' });
    const switched = await t.http
      .patch(`${base()}/${first.id}`)
      .set(t.auth())
      .send({ url: 'https://example.org/now-external' })
      .expect(200);
    expect(switched.body).toMatchObject({ targetArticleId: null, url: 'https://example.org/now-external' });
    await t.http.delete(`${base()}/${second.id}`).set(t.auth()).expect(204);
    const list = (await t.http.get(base()).expect(200)).body.data;
    expect(list.map((link: { id: string; position: number }) => [link.id, link.position])).toEqual([[first.id, 0]]);
    await t.http.delete(`${base()}/${second.id}`).set(t.auth()).expect(404);
  });

  it('replaces the whole ordered list with PUT', async () => {
    const response = await t.http
      .put(base())
      .set(t.auth())
      .send([
        { url: 'https://example.org/a', title: 'A' },
        { targetArticleId: targetId, title: 'B' },
        { kind: 'read-more', excerpt: 'A teaser with no destination yet' },
      ])
      .expect(200);
    expect(
      response.body.data.map((link: { title: string | null; position: number }) => [link.title, link.position]),
    ).toEqual([
      ['A', 0],
      ['B', 1],
      [null, 2],
    ]);
  });

  it('rejects bad links naming the field and changes nothing', async () => {
    const before = (await t.http.get(base()).expect(200)).body;
    const both = await t.http
      .post(base())
      .set(t.auth())
      .send({ url: 'https://example.org', targetArticleId: targetId })
      .expect(400);
    expect(both.body.errors).toEqual([{ path: 'url', message: 'give targetArticleId or url, not both' }]);
    const self = await t.http.post(base()).set(t.auth()).send({ targetArticleId: articleId }).expect(400);
    expect(self.body.errors).toEqual([{ path: 'targetArticleId', message: 'an article cannot link to itself' }]);
    const missing = await t.http
      .put(base())
      .set(t.auth())
      .send([{ url: 'https://example.org/ok' }, { targetArticleId: '01939d5e-0000-7000-8000-000000000003' }])
      .expect(400);
    expect(missing.body.errors).toEqual([{ path: '1.targetArticleId', message: 'no article has this id' }]);
    const badKind = await t.http
      .post(base())
      .set(t.auth())
      .send({ kind: 'sidebar', url: 'https://example.org' })
      .expect(400);
    expect(badKind.body.errors[0].path).toBe('kind');
    expect((await t.http.get(base()).expect(200)).body).toEqual(before);
  });

  it('is a 404 under an unknown or invisible article', async () => {
    await t.http.get('/v1/articles/01939d5e-0000-7000-8000-000000000004/related').expect(404);
    const draft = (await t.http.post('/v1/articles').set(t.auth()).send(factories.article()).expect(201)).body;
    await t.http.get(`/v1/articles/${draft.id}/related`).expect(404);
    await t.http.get(`/v1/articles/${draft.id}/related`).set(t.auth()).expect(200);
  });

  it('disappears when its target article is deleted', async () => {
    const target = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ status: 'published' }))
        .expect(201)
    ).body;
    await t.http
      .put(base())
      .set(t.auth())
      .send([{ targetArticleId: target.id }])
      .expect(200);
    await t.http.delete(`/v1/articles/${target.id}`).set(t.auth()).expect(204);
    expect((await t.http.get(base()).expect(200)).body.data).toEqual([]);
  });
});
