// Issue 16, "Nothing takes it down": the edges. Ill-formed text, inlined JSON-LD, animated images,
// slow clients, webhook targets that are internal however they are spelt, and every answer Node or
// Fastify gives before a route runs. Real HTTP servers on 127.0.0.1, raw sockets where the bytes
// matter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { tempDir } from './helpers/server-process.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ bodyLimitBytes: 4096, mediaDir: tempDir('newsdesk-hardening-') });
});
afterAll(async () => t.close());

describe('JSON-LD safe to inline', () => {
  it('escapes what could end the script element, and still parses to the same value', async () => {
    const title = '</script><script>alert(1)</script> & <b>more</b>\u2028\u2029 end';
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title, excerpt: 'One <i>&</i> two' }))
        .expect(201)
    ).body;
    const response = await t.http.get(`/v1/articles/${article.id}/jsonld`).set(t.auth()).expect(200);
    expect(response.text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(response.text).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(response.text).toContain('\\u0026');
    expect(response.text).toContain('\\u2028\\u2029');
    const document = JSON.parse(response.text);
    expect(document).toMatchObject({ headline: title, description: 'One <i>&</i> two' });
    // Inlined in a page, the only end of the script element is its own.
    const page = `<script type="application/ld+json">${response.text}</script>`;
    expect(page.match(/<\/script/gi)).toHaveLength(1);
  });

  it('takes the headline from the SEO title, within 110 characters cut at a word, and the description from the SEO description', async () => {
    const words =
      'Ceasefire talks resume in Geneva as negotiators from both sides meet for a third round of discussions';
    const seoTitle = `${words} about the front lines, prisoner exchanges and grain`;
    const article = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(
          factories.article({
            title: 'Short title',
            excerpt: 'The excerpt',
            seo: { title: seoTitle, description: 'SEO' },
          }),
        )
        .expect(201)
    ).body;
    const document = JSON.parse((await t.http.get(`/v1/articles/${article.id}/jsonld`).set(t.auth())).text);
    expect(document.description).toBe('SEO');
    expect(document.headline).toMatch(/…$/);
    expect([...document.headline].length).toBeLessThanOrEqual(110);
    const kept = document.headline.slice(0, -1);
    expect(seoTitle.startsWith(kept)).toBe(true);
    expect(seoTitle[kept.length]).toBe(' ');

    const plain = (
      await t.http
        .post('/v1/articles')
        .set(t.auth())
        .send(factories.article({ title: 'Plain title', excerpt: 'Plain excerpt' }))
        .expect(201)
    ).body;
    expect(JSON.parse((await t.http.get(`/v1/articles/${plain.id}/jsonld`).set(t.auth())).text)).toMatchObject({
      headline: 'Plain title',
      description: 'Plain excerpt',
    });
  });
});
