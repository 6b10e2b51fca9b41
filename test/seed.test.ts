import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSourceArticle, sourceArticlePath } from '../src/seed/import.js';
import { buildTestApp, type TestApp } from './helpers/build-test-app.js';

const SLUG = 'putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports';
/** SHA-256 of source-article.txt as the newsroom delivered it (a copy is in seeds/), so the test needs nothing outside the repository. */
const RECEIVED_SHA256 = 'f6d982dab2a38dd63a0af24d6268cf8bdc74739d47a8ff18dc5b07c99c86f0d3';
const source = readFileSync(sourceArticlePath, 'utf8');
const lines = source.split('\n');

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t.close());

describe('the source article import', () => {
  it('keeps seeds/source-article.txt exactly as received', () => {
    expect(createHash('sha256').update(readFileSync(sourceArticlePath)).digest('hex')).toBe(RECEIVED_SHA256);
  });

  it('imports the article with every field taken from the source text', async () => {
    const result = await importSourceArticle(t.app.ctx);
    expect(result.created).toBe(true);
    const response = await t.http.get(`/v1/articles/${SLUG}?include=authors,featuredImage,related`).expect(200);
    const article = response.body;

    // Lines 9..25 of the file, every other one, are the nine body paragraphs.
    const paragraphs = lines.slice(8, 25).filter((line) => line.trim() !== '');
    expect(paragraphs).toHaveLength(9);
    expect(article).toMatchObject({
      id: result.articleId,
      slug: SLUG,
      title: lines[2],
      section: lines[0],
      status: 'published',
      publishedAt: '2025-01-15T00:00:00.000Z',
      readingTimeMinutes: 2,
      excerpt: paragraphs[0],
      tags: [],
      version: 1,
    });
    expect(lines[4]).toBe(`${article.readingTimeMinutes} min read`);
    expect(article.body).toEqual(paragraphs.map((text) => ({ type: 'paragraph', text })));
    expect(article.body[8].text).toContain('his team — freezing the front lines');
    expect(article.bodyHtml.match(/<p>/g)).toHaveLength(9);

    // The lead image: alt is the title line repeated under the headline, caption and credit split.
    expect(lines[5]).toBe(article.title);
    expect(lines[6]).toBe(`${article.featuredImage.caption} (${article.featuredImage.credit})`);
    expect(article.featuredImage).toMatchObject({ alt: lines[5], credit: 'Contributor/Getty Images', url: null });

    // The author, with role, bio and an avatar image record.
    const authorAt = lines.indexOf('Avatar') + 1;
    expect(article.authors).toHaveLength(1);
    expect(article.authors[0]).toMatchObject({
      name: 'Kateryna Hodunova',
      role: 'News Editor',
      bio: lines[authorAt + 4],
      slug: 'kateryna-hodunova',
    });
    expect(article.authors[0].name).toBe(lines[authorAt]);
    expect(article.authors[0].role).toBe(lines[authorAt + 2]);
    const avatar = await t.http.get(`/v1/images/${article.authors[0].avatarImageId}`).expect(200);
    expect(avatar.body.alt).toBe('Kateryna Hodunova');

    // Two related links in order: the story with its teaser and image, then the read-more item.
    const relatedAt = lines.indexOf('Article image') - 2;
    const readMoreAt = lines.indexOf('Read more');
    expect(article.related).toEqual([
      expect.objectContaining({
        position: 0,
        kind: 'related',
        title: lines[relatedAt],
        excerpt: lines[relatedAt + 1],
        imageId: expect.any(String),
      }),
      expect.objectContaining({
        position: 1,
        kind: 'read-more',
        title: null,
        excerpt: lines[readMoreAt + 3],
        imageId: null,
      }),
    ]);
    expect(article.related[0].title).toBe(
      'Will Europe put ‘boots on the ground’ for peace in Ukraine? We asked top Nordic, Baltic officials',
    );
    expect(article.related[1].excerpt).toMatch(/^Hungarian Prime Minister Viktor Orban/);

    // Page furniture is not content anywhere.
    const everything = JSON.stringify(article);
    for (const furniture of ['Show More', 'Avatar', 'Article image', 'Read more'])
      expect(everything).not.toContain(furniture);
  });

  it('changes nothing when run again: same ids, same versions', async () => {
    const snapshot = async () => ({
      articles: (
        await t.http
          .get('/v1/articles?count=true&limit=100&include=authors,featuredImage,related')
          .set(t.auth())
          .expect(200)
      ).body,
      images: (await t.http.get('/v1/images?count=true&limit=100').set(t.auth()).expect(200)).body,
      authors: (await t.http.get('/v1/authors?count=true&limit=100').set(t.auth()).expect(200)).body,
    });
    const before = await snapshot();
    expect((await importSourceArticle(t.app.ctx)).created).toBe(false);
    expect(await snapshot()).toEqual(before);
    expect(before.images.meta.total).toBe(3);
  });

  it('fails loudly, naming the line, on a truncated or shuffled file, and imports nothing', async () => {
    const fresh = await buildTestApp();
    try {
      const truncated = lines.slice(0, 20).join('\n');
      await expect(importSourceArticle(fresh.app.ctx, truncated)).rejects.toThrow(/^line \d+: expected/);
      const avatarAt = lines.indexOf('Avatar');
      const shuffled = [
        ...lines.slice(0, avatarAt - 3),
        ...lines.slice(avatarAt, avatarAt + 6),
        ...lines.slice(avatarAt - 3, avatarAt),
        ...lines.slice(avatarAt + 6),
      ].join('\n');
      await expect(importSourceArticle(fresh.app.ctx, shuffled)).rejects.toThrow(/^line \d+: expected/);
      const counts = (await fresh.http.get('/v1/articles?count=true').set(fresh.auth()).expect(200)).body.meta.total;
      expect(counts).toBe(0);
      expect((await fresh.http.get('/v1/images?count=true').set(fresh.auth()).expect(200)).body.meta.total).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
