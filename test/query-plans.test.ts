// The visibility rules (src/modules/access/visibility.ts) as SQLite plans them. Without
// statistics, SQLite's planner drives a join between a link table and `articles` from the
// (status, published_sort) index when the condition names both: it then walks every published
// article once per author, image, link or change it checks. The rules are written as an `exists`
// on the article's key instead; this pins that every aliased article lookup stays a key lookup,
// and that an `exists` over bylines, image uses or links is not flattened into a semi-join that
// reads all of them (it stops at the first visible one). On PostgreSQL: a search tier's hits can be
// read in docid order from the primary key (a common word's page stops early), not sorted.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';
import { onEngine } from './helpers/test-database.js';

const statements = new Set<string>();
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({}, { onStatement: (text) => statements.add(text) });
});
afterAll(async () => t.close());

describe.skipIf(!onEngine('sqlite'))('query plans of the visibility rules', () => {
  it('look articles up by key from authors, images, related links and the change feed', async () => {
    const avatar = await t.created('/v1/images', factories.image());
    const picture = await t.created('/v1/images', factories.image());
    const author = await t.created('/v1/authors', factories.author({ avatarImageId: avatar.id }));
    const target = await t.created('/v1/articles', factories.article({ status: 'draft', authorIds: [author.id] }));
    const article = await t.created(
      '/v1/articles',
      factories.article({ status: 'published', authorIds: [author.id], featuredImageId: picture.id }),
    );
    await t.created(`/v1/articles/${article.id}/related`, { targetArticleId: target.id, imageId: picture.id });
    // Publishing the target makes the link to it appear: the links to it are looked up.
    await t.http.patch(`/v1/articles/${target.id}`).set(t.auth()).send({ status: 'published' }).expect(200);
    const contributor = t.auth('contributor');
    for (const path of [
      '/v1/authors',
      `/v1/authors/${author.id}`,
      '/v1/images',
      `/v1/images/${avatar.id}`,
      `/v1/images/${picture.id}`,
      `/v1/articles/${article.id}/related`,
      '/v1/changes',
    ]) {
      await t.http.get(path).expect(200);
      await t.http.get(path).set(contributor).expect(200);
    }

    const explained: string[] = [];
    for (const text of statements) {
      if (!/^\s*(select|with)\b/i.test(text) || !/exists \(select/i.test(text)) continue;
      const plan = await t.app.ctx.engine.read
        .rows<{ detail: string }>(sql.raw(`explain query plan ${text}`))
        .catch(() => undefined);
      if (!plan) continue;
      explained.push(text);
      for (const { detail } of plan)
        expect(detail, `${detail}\n  in ${text}`).not.toMatch(
          /(SEARCH|SCAN) (?!articles )\w+ USING INDEX articles_status_published_idx|SCAN (?!articles\b)(credited_on|showing_article|link_article|linking_article|visible_target|changed_article|changed_link_article)\b|(SEARCH|SCAN) (visible_byline|image_use|showing_link|showing_author|changed_link) EXISTS/,
        );
    }
    // The crawl reached the rules it pins.
    const aliases = ['credited_on', 'showing_article', 'link_article', 'linking_article', 'changed_link_article'];
    for (const alias of aliases)
      expect(
        explained.some((text) => text.includes(`"${alias}"`)),
        alias,
      ).toBe(true);
  });

  it('find an article by slug, in any locale or retired, through an index', async () => {
    const article = await t.created('/v1/articles', factories.article({ status: 'published', slug: 'plan-story' }));
    await t.created(`/v1/articles/${article.id}/translations`, {
      ...factories.article({ status: 'published', slug: 'plan-story' }),
      locale: 'uk',
    });
    await t.http.patch(`/v1/articles/${article.id}`).set(t.auth()).send({ slug: 'plan-story-renamed' }).expect(200);
    await t.http.get('/v1/articles/plan-story').expect(200); // the Ukrainian one: the English slug is retired
    await t.http.get('/v1/articles/plan-story-renamed').set('Accept-Language', 'uk').expect(200);
    await t.http.get('/v1/articles/no-such-story').expect(404);
    const bySlug = [...statements].filter((text) => /"slug" = '/.test(text) && /^\s*select/i.test(text));
    expect(bySlug.length).toBeGreaterThan(0);
    for (const text of bySlug) {
      const plan = await t.app.ctx.engine.read.rows<{ detail: string }>(sql.raw(`explain query plan ${text}`));
      for (const { detail } of plan)
        expect(detail, `${detail}\n  in ${text}`).not.toMatch(
          /SCAN (articles|article_slug_history)\b|articles_status_published_idx/,
        );
    }
  });
});

describe.skipIf(!onEngine('postgres'))('query plans of search on PostgreSQL', () => {
  it("let a tier's hits be read in docid order from the primary key, with no sort", async () => {
    await t.created('/v1/articles', factories.article({ status: 'published', title: 'Plan tier harbour' }));
    statements.clear();
    await t.http.get('/v1/articles?q=harbour').expect(200);
    const tiers = [...statements].filter((text) => /from article_search\s+where \w+ @@/.test(text));
    expect(tiers.length).toBeGreaterThan(0);
    const { pool } = t.app.ctx.engine as unknown as { pool: import('pg').Pool };
    const client = await pool.connect();
    try {
      // With sorts and bitmap scans priced out, a plan without a Sort exists only if the order is
      // one an index holds: the docid column's, not its text's.
      await client.query('begin');
      await client.query('set local enable_sort = off');
      await client.query('set local enable_bitmapscan = off');
      for (const text of tiers) {
        const plan = await client.query(`explain ${text}`, ["'harbour'", 0, '9223372036854775807', 21]);
        const lines = plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
        expect(lines, `${lines}\n  in ${text}`).not.toMatch(/\bSort\b/);
      }
    } finally {
      await client.query('rollback');
      client.release();
    }
  });

  // Every read detoasts its article's body and HTML, and a search page 20 bodies' text: lz4
  // decompresses them faster than PostgreSQL's default pglz (migration 0008).
  it('stores article bodies compressed with lz4, where the server has it', async () => {
    const { pool } = t.app.ctx.engine as unknown as { pool: import('pg').Pool };
    const [built] = (
      await pool.query(
        `select count(*) > 0 as lz4 from pg_config where name = 'CONFIGURE' and setting like '%with-lz4%'`,
      )
    ).rows as { lz4: boolean }[];
    const article = await t.created('/v1/articles', factories.article({ status: 'published' }));
    const columns = (
      await pool.query(
        `select attname as name, attcompression as method from pg_attribute
         where attrelid = 'articles'::regclass and attname in ('body', 'body_html', 'body_text') order by attname`,
      )
    ).rows;
    expect(columns).toEqual(
      ['body', 'body_html', 'body_text'].map((name) => ({ name, method: built!.lz4 ? 'l' : '' })),
    );
    // A written body is compressed with it (the test body is short: repeat it past the 2 KB at which PostgreSQL compresses).
    const long = 'The harbour reopened after the storm. '.repeat(200);
    await t.http
      .patch(`/v1/articles/${article.id}`)
      .set(t.auth())
      .send({ body: [{ type: 'paragraph', text: long }] })
      .expect(200);
    const [stored] = (
      await pool.query(`select pg_column_compression(body_text) as method from articles where id = $1`, [article.id])
    ).rows;
    expect(stored.method).toBe(built!.lz4 ? 'lz4' : 'pglz');
  });
});

describe('statements of a search page', () => {
  it("read the page's snippet texts with its visibility check, except for the sorts that read whole windows", async () => {
    await t.created('/v1/articles', factories.article({ status: 'published', title: 'Texts lighthouse keeper' }));
    // Snippets are cut from the search entry's copy of the text, never from the article's body.
    const sources = () => [...statements].filter((text) => /snippet_source/.test(text));
    const textsAlone = () => sources().filter((text) => !/docid/.test(text));
    statements.clear();
    const byRelevance = await t.http.get('/v1/articles?q=lighthouse').expect(200);
    // The snippet is cut from the body, which does not hold the word: its opening words.
    expect(byRelevance.body.data[0].snippet).toMatch(/^Paragraph of article/);
    expect(textsAlone()).toEqual([]);
    expect(sources()).toHaveLength(1);
    expect([...statements].filter((text) => /body_text/.test(text))).toEqual([]);
    statements.clear();
    const byTitle = await t.http.get('/v1/articles?q=lighthouse&sort=title').expect(200);
    // The same text, read on its own: the same snippet.
    expect(byTitle.body.data[0].snippet).toBe(byRelevance.body.data[0].snippet);
    expect(textsAlone()).toHaveLength(1);
  });
});

describe('statements of a list page', () => {
  it('find and render a page in one statement, with the cursor of the next, in every sort', async () => {
    const titles = ['Ledger delta', 'Ledger alpha', 'Ledger echo', 'Ledger charlie', 'Ledger bravo'];
    for (const [n, title] of titles.entries())
      await t.created(
        '/v1/articles',
        factories.article({
          status: 'published',
          section: 'Ledger',
          title,
          publishedAt: `2026-0${n + 1}-01T00:00:00Z`,
        }),
      );
    const listed = (body: { data: { title: string }[] }) => body.data.map((article) => article.title);
    for (const sort of ['-publishedAt', 'publishedAt', '-updatedAt', 'title']) {
      const whole = listed((await t.http.get(`/v1/articles?section=Ledger&sort=${sort}`).expect(200)).body);
      expect(whole).toHaveLength(5);
      const walked: string[] = [];
      let url = `/v1/articles?section=Ledger&sort=${sort}&limit=2`;
      for (;;) {
        statements.clear();
        const page = await t.http.get(url).expect(200);
        // The page's statement is the only one over articles with a LIMIT (the section's names
        // are read apart; background work runs its own statements).
        const paged = [...statements].filter((text) => /\blimit\b/i.test(text) && /"articles"|"a"\./.test(text));
        expect(paged).toHaveLength(1);
        expect(paged[0]).toMatch(/json_(object|build_object)\(/);
        walked.push(...listed(page.body));
        if (!page.body.meta.nextCursor) break;
        url = `/v1/articles?section=Ledger&sort=${sort}&limit=2&cursor=${page.body.meta.nextCursor}`;
      }
      expect(walked).toEqual(whole);
    }
    expect(listed((await t.http.get('/v1/articles?section=Ledger&sort=title').expect(200)).body)).toEqual(
      [...titles].sort(),
    );
    // A page that ends the list exactly has no next; an empty one neither.
    const exact = await t.http.get('/v1/articles?section=Ledger&limit=5').expect(200);
    expect([exact.body.data.length, exact.body.meta.nextCursor]).toEqual([5, null]);
    const none = await t.http.get('/v1/articles?section=Nowhere').expect(200);
    expect(none.body).toEqual({ data: [], meta: { limit: 20, nextCursor: null } });
  });
});
