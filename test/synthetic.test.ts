// The synthetic corpus (tools/synthetic/corpus.ts): counts, determinism, realism, and that what it
// writes behaves like API-written content (visibility, references, search).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteEngine } from '../src/db/sqlite/engine.js';
import { mergeIndexes } from '../src/db/sqlite/search.js';
import { foldTerm, wordsOf } from '../src/lib/search-text.js';
import { type CorpusResult, generateCorpus } from '../tools/synthetic/corpus.js';
import { openBulkContext } from '../tools/synthetic/open.js';
import { buildTestApp, type TestApp } from './helpers/build-test-app.js';
import { withConnection } from './helpers/database-files.js';
import { sqliteClient } from './helpers/tables.js';
import { onEngine } from './helpers/test-database.js';

const NOW = '2026-01-10T12:00:00.000Z';
const ARTICLES = 300;

let first: TestApp;
let second: TestApp;
let other: TestApp;
let result: CorpusResult;
let again: CorpusResult;

const rows = <T>(t: TestApp, query: SQL) => t.app.ctx.engine.read.rows<T>(query);
/** A JSON column as read raw: SQLite gives its text, PostgreSQL the value. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
type Summary = {
  id: string;
  slug: string;
  title: string;
  section: string;
  status: string;
  published_at: string | null;
  tags: string[];
  author_ids: string[];
};
const summaries = async (t: TestApp) =>
  (
    await rows<Summary>(
      t,
      sql`select id, slug, title, section, status, published_at, tags, author_ids from articles order by slug`,
    )
  ).map((row) => ({ ...row, tags: json<string[]>(row.tags), author_ids: json<string[]>(row.author_ids) }));
const sections = (t: TestApp) =>
  rows(t, sql`select section, count(*) as n from articles group by section order by section`);

beforeAll(async () => {
  const app = () => buildTestApp({}, { now: () => NOW });
  [first, second, other] = await Promise.all([app(), app(), app()]);
  result = await generateCorpus(first.app.ctx, { articles: ARTICLES, seed: 7 });
  again = await generateCorpus(second.app.ctx, { articles: ARTICLES, seed: 7 });
  await generateCorpus(other.app.ctx, { articles: ARTICLES, seed: 8 });
});
afterAll(async () => Promise.all([first, second, other].map((t) => t.close())));

describe('synthetic corpus', () => {
  it('writes what it reports', async () => {
    const count = async (table: string) =>
      Number((await rows<{ n: number }>(first, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
    expect(result).toMatchObject({ articles: ARTICLES, authors: 200 });
    expect(await count('articles')).toBe(ARTICLES);
    expect(await count('authors')).toBe(200);
    expect(await count('images')).toBe(result.images);
    expect(await count('related_links')).toBe(result.relatedLinks);
    expect(await count(onEngine('sqlite') ? 'articles_fts' : 'article_search where document is not null')).toBe(
      ARTICLES,
    );
    expect(await count('article_revisions')).toBe(ARTICLES);
    expect(result.published + result.drafts + result.scheduled).toBe(ARTICLES);
    // ~85/10/5: loose bounds for 300 draws.
    expect(result.published).toBeGreaterThan(ARTICLES * 0.75);
    expect(result.drafts).toBeGreaterThan(ARTICLES * 0.04);
    expect(result.scheduled).toBeGreaterThan(ARTICLES * 0.01);
    // Every author has an avatar; every article but a few has a featured image.
    expect(await count('authors where avatar_image_id is null')).toBe(0);
    expect(await count('articles where featured_image_id is null')).toBeLessThan(ARTICLES * 0.06);
  });

  it('is deterministic for a seed (with the clock pinned, down to ids) and differs between seeds', async () => {
    expect(again).toMatchObject({
      articles: result.articles,
      images: result.images,
      relatedLinks: result.relatedLinks,
      published: result.published,
      drafts: result.drafts,
    });
    expect(await summaries(second)).toEqual(await summaries(first));
    expect(await sections(second)).toEqual(await sections(first));
    const titles = new Set((await summaries(first)).map((row) => row.title));
    expect((await summaries(other)).filter((row) => titles.has(row.title))).toHaveLength(0);
  });

  it('looks like a newsroom: lengths, sections, tags, bylines, links, some Cyrillic', async () => {
    const articles = await rows<{
      slug: string;
      title: string;
      body_text: string;
      tags: unknown;
      author_ids: unknown;
      reading_time_minutes: number;
      excerpt: string;
      body: unknown;
    }>(first, sql`select slug, title, body_text, tags, author_ids, reading_time_minutes, excerpt, body from articles`);
    for (const row of articles) {
      const words = row.body_text.split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(2_200);
      expect(row.reading_time_minutes).toBe(Math.max(1, Math.ceil(words / 238)));
      expect(row.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d+$/);
      expect(json<string[]>(row.tags).length).toBeGreaterThanOrEqual(1);
      expect(json<string[]>(row.author_ids).length).toBeGreaterThanOrEqual(1);
      expect(json<string[]>(row.author_ids).length).toBeLessThanOrEqual(3);
      const firstParagraph = json<{ type: string }[]>(row.body).find((block) => block.type === 'paragraph');
      expect(firstParagraph).toBeDefined();
      expect(row.excerpt.length).toBeGreaterThan(0);
    }
    expect(new Set(articles.map((row) => row.slug)).size).toBe(ARTICLES);
    expect((await sections(first)).length).toBeGreaterThanOrEqual(10);
    const cyrillic = articles.filter((row) => /[\u0400-\u04ff]/.test(row.title)).length;
    expect(cyrillic).toBeGreaterThan(0);
    expect(cyrillic).toBeLessThan(ARTICLES * 0.15);
    const [kinds] = await rows<{ internal: number; external: number }>(
      first,
      sql`select count(target_article_id) as internal, count(url) as external from related_links`,
    );
    expect(Number(kinds!.internal)).toBeGreaterThan(0);
    expect(Number(kinds!.external)).toBeGreaterThan(0);
  });

  it('hides drafts and scheduled articles from the public, as the API does', async () => {
    const publicList = await first.http.get('/v1/articles?count=true&limit=100').expect(200);
    expect(publicList.body.meta.total).toBe(result.published);
    expect(
      publicList.body.data.every(
        (article: { status: string; publishedAt: string }) =>
          article.status === 'published' && article.publishedAt <= NOW,
      ),
    ).toBe(true);
    const editorList = await first.http.get('/v1/articles?count=true').set(first.auth('editor')).expect(200);
    expect(editorList.body.meta.total).toBe(ARTICLES);

    const hidden = await rows<{ slug: string }>(
      first,
      sql`select slug from articles where status = 'draft' or published_at > ${NOW} limit 5`,
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const { slug } of hidden) {
      await first.http.get(`/v1/articles/${slug}`).expect(404);
      await first.http.get(`/v1/articles/${slug}`).set(first.auth('editor')).expect(200);
    }
  });

  it('points only at authors, images and articles that exist', async () => {
    const authors = new Set((await rows<{ id: string }>(first, sql`select id from authors`)).map((row) => row.id));
    for (const row of await summaries(first)) for (const id of row.author_ids) expect(authors.has(id)).toBe(true);
    const [dangling] = await rows<{ n: number }>(
      first,
      sql`select
           (select count(*) from articles where featured_image_id is not null and featured_image_id not in (select id from images)) +
           (select count(*) from article_authors where author_id not in (select id from authors)) +
           (select count(*) from related_links where target_article_id is not null and target_article_id not in (select id from articles)) +
           (select count(*) from related_links where image_id is not null and image_id not in (select id from images)) as n`,
    );
    expect(Number(dangling!.n)).toBe(0);
    if (onEngine('sqlite')) expect(sqliteClient(first.app).pragma('foreign_key_check')).toEqual([]);

    // The API serves a generated article whole, with its embeds.
    const [{ slug }] = (await rows<{ slug: string }>(
      first,
      sql`select slug from articles where status = 'published' and published_at <= ${NOW} and featured_image_id is not null limit 1`,
    )) as [{ slug: string }];
    const article = (await first.http.get(`/v1/articles/${slug}?include=authors,featuredImage,related`).expect(200))
      .body;
    expect(article.authors.map((author: { id: string }) => author.id)).toEqual(article.authorIds);
    expect(article.featuredImage.id).toBe(article.featuredImageId);
    expect(article.bodyHtml).toMatch(/^<(p|h[2-4]|blockquote|ul|ol|figure)/);
  });

  it('is searchable, including the Cyrillic share', async () => {
    const visible = await rows<{ title: string }>(
      first,
      sql`select title from articles where status = 'published' and published_at <= ${NOW}`,
    );
    const cyrillicTitle = visible
      .map((row) => row.title)
      .find((title) => title.split(' ').some((word) => /^[\u0400-\u04ff]{5,}$/.test(word)));
    expect(cyrillicTitle).toBeDefined();
    const word = cyrillicTitle!.split(' ').find((candidate) => /^[\u0400-\u04ff]{5,}$/.test(candidate))!;
    const found = await first.http.get(`/v1/articles?q=${encodeURIComponent(word)}&limit=100`).expect(200);
    expect(found.body.data.some((article: { title: string }) => article.title === cyrillicTitle)).toBe(true);
  });
});

describe.skipIf(!onEngine('sqlite'))('the bulk load into a database file', () => {
  it('loads a fresh file without a journal on disk, then leaves it in WAL mode, whole and indexed; a second load journals as usual', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bulk-'));
    const target = { kind: 'sqlite' as const, path: join(dir, 'bulk.db') };
    try {
      const load = async (seed: number) => {
        const { ctx, close } = await openBulkContext(target);
        const client = (ctx.engine as SqliteEngine).client;
        const journalModes: string[] = [];
        try {
          // Every batch reports progress from inside the load: the journal mode at that moment.
          const loaded = await generateCorpus(
            { ...ctx, now: () => NOW },
            {
              articles: 1_000,
              seed,
              batchSize: 500,
              onProgress: () => void journalModes.push(client.pragma('journal_mode', { simple: true }) as string),
            },
          );
          return { loaded, journalModes };
        } finally {
          await close();
        }
      };
      const first = await load(3);
      expect(first.journalModes).toEqual(['memory', 'memory']);
      withConnection(target.path, (db) => {
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.prepare('select count(*) from articles_fts').pluck().get()).toBe(first.loaded.articles);
        // A batch's index rows are written in one statement at its end: one per article in each
        // index (contentless: they hold no text), each found by the words of its article's title.
        for (const index of ['articles_fts', 'article_titles_fts', 'article_heads_fts'])
          expect(
            db.prepare(`select count(*) from ${index} f join article_search s on s.docid = f.rowid`).pluck().get(),
          ).toBe(first.loaded.articles);
        const sample = db
          .prepare('select s.docid, a.title from article_search s join articles a on a.id = s.article_id limit 50')
          .safeIntegers(true)
          .all() as { docid: bigint; title: string }[];
        const found = db
          .prepare('select rowid from article_titles_fts where article_titles_fts match ? and rowid = ?')
          .safeIntegers(true);
        for (const { docid, title } of sample) {
          const words = wordsOf(title).map((word) => `"${foldTerm(word)}"`);
          expect(found.all(words.join(' '), docid)).toEqual([{ rowid: docid }]);
        }
        for (const index of ['articles_fts', 'article_titles_fts', 'article_heads_fts'])
          db.exec(`insert into ${index} (${index}, rank) values ('integrity-check', 1)`);
        // The load ends with each index as one b-tree: a merge finds nothing to do.
        expect(mergeIndexes(db, 500)).toBe(false);
      });
      const second = await load(4);
      expect(second.journalModes).toEqual(['wal', 'wal']);
      withConnection(target.path, (db) => {
        expect(db.prepare('select count(*) from articles').pluck().get()).toBe(2_000);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
