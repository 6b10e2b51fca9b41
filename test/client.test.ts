// The typed client package (clients/typescript, issue 18): its types are what `npm run client`
// generates from openapi.yaml now, its README shows the examples as they are, and the examples
// run against a real server: a 304 is a cache hit, If-Match refuses a stale change with a typed
// 412 problem, and a create retried with its Idempotency-Key makes one article.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { articlePage } from '../clients/typescript/examples/article-page.js';
import { createPublishCorrect } from '../clients/typescript/examples/editorial.js';
import {
  type Article,
  type ArticleTeaser,
  type Block,
  type Byline,
  createNewsdeskClient,
  type EmbeddedRelatedLink,
  fromCache,
  type Image,
  type operations,
  type Problem,
  RevalidationCache,
} from '../clients/typescript/src/index.js';
import { clientTypesPath, generateClientTypes } from '../scripts/client-types.js';
import { anyId, buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { root } from './helpers/server-process.js';

const packageDir = join(root, 'clients/typescript');

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

describe('clients/typescript', () => {
  it('has the types openapi.yaml generates now', async () => {
    const committed = await readFile(clientTypesPath, 'utf8').catch(() => '');
    expect(committed === (await generateClientTypes()), 'the client is stale: run `npm run client` and commit it').toBe(
      true,
    );
  });

  it('types what the API always sends as present, a heading with its level, and the contract headers', () => {
    // Checked by the type check; at run time these are no-ops.
    expectTypeOf<Article['title']>().toEqualTypeOf<string>();
    expectTypeOf<Article['version']>().toEqualTypeOf<number>();
    expectTypeOf<Article['body']>().toEqualTypeOf<Block[] | undefined>();
    expectTypeOf<Extract<Block, { type: 'heading' }>['level']>().toEqualTypeOf<2 | 3 | 4>();
    expectTypeOf<Problem['code']>().extract<'PRECONDITION_FAILED'>().toEqualTypeOf<'PRECONDITION_FAILED'>();
    type Headers<Name extends keyof operations> = NonNullable<operations[Name]['parameters']['header']>;
    expectTypeOf<Headers<'updateArticle'>['If-Match']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Headers<'createArticle'>['Idempotency-Key']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Headers<'getArticle'>['If-None-Match']>().toEqualTypeOf<string | undefined>();
  });

  it("shows in its README the examples the suite runs, as they are (imported by the package's name)", async () => {
    const readme = await readFile(join(packageDir, 'README.md'), 'utf8');
    for (const example of ['article-page.ts', 'editorial.ts']) {
      const source = await readFile(join(packageDir, 'examples', example), 'utf8');
      expect(readme, example).toContain(
        `\`\`\`ts\n${source.replace("from '../src/index.js'", "from '@newsdesk/client'").trimEnd()}\n\`\`\``,
      );
    }
  });

  it("renders a frontend's article page in one request, and revalidates it with a 304 as a cache hit", async () => {
    const created = async (path: string, body: object) =>
      (await t.http.post(path).set(t.auth()).send(body).expect(201)).body;
    const avatar = await created('/v1/images', factories.image({ alt: 'K. H.' }));
    const author = await created('/v1/authors', factories.author({ name: 'K. H.', avatarImageId: avatar.id }));
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#224466' } })
      .png()
      .toBuffer();
    const lead = (
      await t.http
        .post('/v1/images')
        .set(t.auth())
        .attach('file', png, { filename: 'geneva.png', contentType: 'image/png' })
        .field('alt', 'Geneva')
        .expect(201)
    ).body;
    const teaserPicture = await created('/v1/images', factories.image({ alt: 'Talks' }));
    const earlier = await created('/v1/articles', factories.article({ status: 'published', title: 'Talks begin' }));
    const article = await created(
      '/v1/articles',
      factories.article({ status: 'published', authorIds: [author.id], featuredImageId: lead.id }),
    );
    await t.http
      .put(`/v1/articles/${article.id}/related`)
      .set(t.auth())
      .send([
        { targetArticleId: earlier.id, imageId: teaserPicture.id },
        { url: 'https://example.org/more', title: 'More' },
      ])
      .expect(200);

    expect(await articlePage(t.baseUrl, article.slug)).toEqual({
      title: article.title,
      url: `http://127.0.0.1:3000/news/${article.slug}`,
      bylines: [{ name: 'K. H.', href: null, avatar: { src: avatar.url, alt: 'K. H.' } }],
      image: { src: expect.stringMatching(/^http:\/\/127\.0\.0\.1:3000\/media\/[0-9a-f]{64}\.png$/), alt: 'Geneva' },
      teasers: [
        {
          title: 'Talks begin',
          href: `http://127.0.0.1:3000/news/${earlier.slug}`,
          image: { src: teaserPicture.url, alt: 'Talks' },
        },
        { title: 'More', href: 'https://example.org/more', image: null },
      ],
      revalidated: true,
    });
    expectTypeOf<Byline['avatar']>().toEqualTypeOf<Image | null | undefined>();
    expectTypeOf<EmbeddedRelatedLink['target']>().toEqualTypeOf<ArticleTeaser | null | undefined>();
  });

  it("runs an editor's create, publish and correct: one article for a retried create, a typed 412 for a stale change", async () => {
    const { draft, retried, published, stale, corrected } = await createPublishCorrect(t.baseUrl, t.tokens.editor);
    expect(draft.response.status).toBe(201);
    expect(draft.data).toMatchObject({ id: anyId, status: 'draft', version: 1 });
    expect(retried.response.status).toBe(201);
    expect(retried.response.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retried.data).toEqual(draft.data);
    const matching = await t.http.get('/v1/articles?q=ceasefire&count=true').set(t.auth()).expect(200);
    expect(matching.body.meta.total).toBe(1);

    expect(published.data).toMatchObject({ status: 'published', version: 2 });
    expect(stale.response.status).toBe(412);
    expect(stale.data).toBeUndefined();
    expect(stale.error).toMatchObject({
      status: 412,
      code: 'PRECONDITION_FAILED',
      requestId: stale.response.headers.get('X-Request-Id'),
    });
    expect(corrected.data).toMatchObject({ title: 'Ceasefire talks resume in Geneva', version: 3 });
  });

  it('keeps only what a private cache may (a public 200 with an ETag), the most recently used first, up to its bound', async () => {
    const cache = new RevalidationCache(2);
    const slugs = [];
    for (let i = 0; i < 3; i++)
      slugs.push(
        (
          await t.http
            .post('/v1/articles')
            .set(t.auth())
            .send(factories.article({ status: 'published' }))
        ).body.slug,
      );
    const api = createNewsdeskClient({ baseUrl: t.baseUrl, cache });
    const read = (slug: string) => api.GET('/v1/articles/{id}', { params: { path: { id: slug } } });
    for (const slug of slugs) await read(slug);
    expect(cache.size).toBe(2);
    const hit = await read(slugs[2]!);
    expect([hit.response.status, fromCache(hit.response), hit.data?.slug]).toEqual([200, true, slugs[2]]);
    // The first was dropped for the third: read unconditionally, it is a 200 again.
    const dropped = await read(slugs[0]!);
    expect([dropped.response.status, fromCache(dropped.response)]).toEqual([200, false]);

    // What a token reads is `private, no-store`: never kept, always read anew.
    const editorCache = new RevalidationCache();
    const editor = createNewsdeskClient({ baseUrl: t.baseUrl, token: t.tokens.editor, cache: editorCache });
    const first = await editor.GET('/v1/articles/{id}', { params: { path: { id: slugs[1]! } } });
    expect(first.response.headers.get('Cache-Control')).toBe('private, no-store');
    await editor.GET('/v1/articles/{id}', { params: { path: { id: slugs[1]! } } });
    expect(editorCache.size).toBe(0);
  });
});
