import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyId, anyTimestamp, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

describe('authors', () => {
  it('creates an author and shows the email to token holders only', async () => {
    const avatar = (await t.http.post('/v1/images').set(t.auth()).send(factories.image()).expect(201)).body;
    const created = await t.http
      .post('/v1/authors')
      .set(t.auth())
      .send({
        name: 'Kateryna Hodunova',
        role: 'News Editor',
        bio: 'Writes news.',
        avatarImageId: avatar.id,
        links: { website: 'https://example.org', x: 'https://x.com/k' },
        email: 'k@example.org',
      })
      .expect(201);
    expect(created.body).toEqual({
      id: anyId,
      slug: 'kateryna-hodunova',
      url: null,
      name: 'Kateryna Hodunova',
      role: 'News Editor',
      bio: 'Writes news.',
      avatarImageId: avatar.id,
      links: { website: 'https://example.org', x: 'https://x.com/k' },
      email: 'k@example.org',
      createdAt: anyTimestamp,
      updatedAt: anyTimestamp,
      version: 1,
    });
    // Not credited on any published article yet: the public does not see the author at all.
    await t.http.get('/v1/authors/kateryna-hodunova').expect(404);
    await t.http
      .post('/v1/articles')
      .set(t.auth())
      .send(factories.article({ status: 'published', authorIds: [created.body.id] }))
      .expect(201);
    const publicView = await t.http.get('/v1/authors/kateryna-hodunova').expect(200);
    const { email, ...withoutEmail } = created.body;
    expect(email).toBe('k@example.org');
    expect(publicView.body).toEqual(withoutEmail);
    const publicList = await t.http.get('/v1/authors').expect(200);
    expect(publicList.body.data).toEqual([withoutEmail]);
    // The public avatar follows the author.
    await t.http.get(`/v1/images/${avatar.id}`).expect(200);
  });

  it('patches and replaces, bumping the version', async () => {
    const author = (
      await t.http
        .post('/v1/authors')
        .set(t.auth())
        .send(factories.author({ bio: 'Old bio' }))
        .expect(201)
    ).body;
    const patched = await t.http.patch(`/v1/authors/${author.id}`).set(t.auth()).send({ bio: 'New bio' }).expect(200);
    expect(patched.body).toEqual({ ...author, bio: 'New bio', updatedAt: anyTimestamp, version: 2 });
    const replaced = await t.http.put(`/v1/authors/${author.id}`).set(t.auth()).send({ name: 'Renamed' }).expect(200);
    expect(replaced.body).toEqual({
      ...author,
      name: 'Renamed',
      role: null,
      bio: null,
      updatedAt: anyTimestamp,
      version: 3,
    });
  });

  it('rejects bad input naming each field', async () => {
    const response = await t.http
      .post('/v1/authors')
      .set(t.auth())
      .send({ name: '  ', email: 'not-an-email', links: { website: 'ftp://x' }, avatarImageId: 'nope' })
      .expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'avatarImageId',
      'email',
      'links.website',
      'name',
    ]);
    const missingAvatar = await t.http
      .post('/v1/authors')
      .set(t.auth())
      .send(factories.author({ avatarImageId: '01939d5e-0000-7000-8000-000000000009' }))
      .expect(400);
    expect(missingAvatar.body.errors).toEqual([{ path: 'avatarImageId', message: 'no image has this id' }]);
  });

  it('refuses to delete a credited author unless forced, then removes them from bylines', async () => {
    const kept = (await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201)).body;
    const leaving = (await t.http.post('/v1/authors').set(t.auth()).send(factories.author()).expect(201)).body;
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ authorIds: [leaving.id, kept.id] }))
        .expect(201)
    ).body;
    const refused = await t.http.delete(`/v1/authors/${leaving.id}`).set(t.auth()).expect(409);
    expect(refused.body).toMatchObject({
      code: 'STILL_REFERENCED',
      referrers: [{ type: 'article', id: article.id, slug: article.slug }],
    });
    await t.http.delete(`/v1/authors/${leaving.id}?force=yes`).set(t.auth()).expect(400);
    await t.http.delete(`/v1/authors/${leaving.id}?force=true`).set(t.auth()).expect(204);
    const after = (await t.http.get(`/v1/articles/${article.id}?include=authors`).set(t.auth()).expect(200)).body;
    expect(after.authorIds).toEqual([kept.id]);
    expect(after.authors.map((author: { id: string }) => author.id)).toEqual([kept.id]);
    expect(after.version).toBe(2);
    await t.http.delete(`/v1/authors/${leaving.id}`).set(t.auth()).expect(404);
  });
});
