// Imports the source article (seeds/source-article.txt, kept exactly as received) through the
// same services the API uses. Every record is found by slug before it is created, so running
// the import again changes nothing: same ids, same versions.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger } from 'fastify';
import { writeTransaction } from '../src/db/client.js';
import type { Actor, Ctx } from '../src/lib/context.js';
import { projectRoot } from '../src/lib/paths.js';
import { toSlug } from '../src/lib/slug.js';
import { createArticle } from '../src/modules/articles/service.js';
import { createAuthor } from '../src/modules/authors/service.js';
import { createImage } from '../src/modules/images/service.js';
import { replaceRelatedLinks } from '../src/modules/related/service.js';
import { type ParsedSource, parseSourceArticle } from './parse-source.js';

export const sourceArticlePath = join(projectRoot, 'seeds', 'source-article.txt');

const importer: Actor = { tokenId: 'seed', name: 'seed', role: 'admin' };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The source gives no dateline, only "reported on Jan. 15" in the first paragraph. It calls
 * Trump "President-elect" and Biden's administration "outgoing": Trump was president-elect from
 * 6 November 2024 until his inauguration on 20 January 2025, so a January date falls in 2025.
 * The month and day come from the text; the year is that reasoning.
 */
export function publicationDate(parsed: ParsedSource): string {
  const YEAR_WHILE_PRESIDENT_ELECT_IN_JANUARY = 2025;
  const match = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/.exec(
    parsed.paragraphs[0] ?? '',
  );
  if (!match) throw new Error('source article: the first paragraph names no report date (e.g. "Jan. 15")');
  const month = MONTHS.indexOf(match[1]!);
  if (month !== 0)
    throw new Error(
      `source article: the report date is in ${match[1]}, but only January fits the president-elect period`,
    );
  return new Date(Date.UTC(YEAR_WHILE_PRESIDENT_ELECT_IN_JANUARY, month, Number(match[2]))).toISOString();
}

export type ImportResult = { articleId: string; created: boolean };

export function importSourceArticle(ctx: Ctx, text = readFileSync(sourceArticlePath, 'utf8')): ImportResult {
  const source = parseSourceArticle(text);
  return writeTransaction(ctx.repos.db, () => {
    const existing = ctx.repos.articles.findBySlug(toSlug(source.title), 'all', ctx.now());
    if (existing) return { articleId: existing.id, created: false };

    const findOrCreateImage = (alt: string, extra: { caption?: string; credit?: string } = {}) =>
      ctx.repos.images.findBySlug(toSlug(alt))?.id ?? createImage(ctx, { alt, ...extra }).id;

    const leadImageId = findOrCreateImage(source.leadImage.alt, {
      caption: source.leadImage.caption,
      credit: source.leadImage.credit,
    });
    const avatarImageId = findOrCreateImage(source.author.name);
    const relatedImageId = findOrCreateImage(source.related.title);
    const authorId =
      ctx.repos.authors.findByIdOrSlug(toSlug(source.author.name), 'all', ctx.now())?.id ??
      createAuthor(ctx, { name: source.author.name, role: source.author.role, bio: source.author.bio, avatarImageId })
        .id;

    const article = createArticle(
      ctx,
      {
        title: source.title,
        section: source.section,
        status: 'published',
        publishedAt: publicationDate(source),
        body: source.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
        authorIds: [authorId],
        featuredImageId: leadImageId,
      },
      importer,
    );
    if (article.readingTimeMinutes !== source.statedReadingMinutes) {
      throw new Error(
        `source article: the derived reading time is ${article.readingTimeMinutes} min but the source says ${source.statedReadingMinutes}`,
      );
    }
    replaceRelatedLinks(ctx, article.id!, [
      { kind: 'related', title: source.related.title, excerpt: source.related.teaser, imageId: relatedImageId },
      { kind: 'read-more', excerpt: source.readMore.teaser },
    ]);
    return { articleId: article.id!, created: true };
  });
}

/** `npm start` imports the source article into an empty database, once. */
export function seedIfEmpty(ctx: Ctx, log: FastifyBaseLogger): void {
  if (ctx.repos.articles.count('all', ctx.now(), {}) > 0) return;
  const result = importSourceArticle(ctx);
  log.info({ articleId: result.articleId }, 'imported the source article into the empty database');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { buildApp } = await import('../src/app.js');
  const { loadConfig } = await import('../src/config.js');
  const app = await buildApp({ ...loadConfig(), logLevel: 'warn' });
  try {
    const result = importSourceArticle(app.ctx);
    process.stderr.write(
      result.created
        ? `Imported the source article as ${result.articleId}\n`
        : `The source article is already imported (${result.articleId}); nothing changed\n`,
    );
  } finally {
    await app.close();
  }
}
