// Imports the source article (seeds/source-article.txt, kept exactly as received) through the
// same services the API uses. Every record is found by slug before it is created, so running
// the import again changes nothing: same ids, same versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { type Ctx, within } from '../context.js';
import { projectRoot } from '../lib/paths.js';
import { toSlug } from '../lib/slug.js';
import { editorialViewer, systemActor } from '../modules/access/index.js';
import { createArticle } from '../modules/articles/index.js';
import { createAuthor } from '../modules/authors/index.js';
import { createImage } from '../modules/images/index.js';
import { replaceRelatedLinks } from '../modules/related/index.js';
import { type ParsedSource, parseSourceArticle } from './parse-source.js';

export const sourceArticlePath = join(projectRoot, 'seeds', 'source-article.txt');

const importer = systemActor;

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

export async function importSourceArticle(
  ctx: Ctx,
  text = readFileSync(sourceArticlePath, 'utf8'),
): Promise<ImportResult> {
  const source = parseSourceArticle(text);
  // One transaction: the services called inside join it.
  return ctx.transaction(async (tx) => {
    const inside = within(ctx, tx);
    // The source article is in English (the default locale, unless LOCALES leaves English out).
    const locale = ctx.locales.all.includes('en') ? 'en' : ctx.locales.default;
    const existing = await tx.articles.findBySlug(toSlug(source.title), locale, editorialViewer, ctx.now());
    if (existing) return { articleId: existing.id, created: false };

    const findOrCreateImage = async (alt: string, extra: { caption?: string; credit?: string } = {}) =>
      (await tx.images.findBySlug(toSlug(alt)))?.id ?? (await createImage(inside, { alt, ...extra })).id;

    const leadImageId = await findOrCreateImage(source.leadImage.alt, {
      caption: source.leadImage.caption,
      credit: source.leadImage.credit,
    });
    const avatarImageId = await findOrCreateImage(source.author.name);
    const relatedImageId = await findOrCreateImage(source.related.title);
    const authorId =
      (await tx.authors.findByIdOrSlug(toSlug(source.author.name), editorialViewer, ctx.now()))?.id ??
      (
        await createAuthor(inside, {
          name: source.author.name,
          role: source.author.role,
          bio: source.author.bio,
          avatarImageId,
        })
      ).id;

    const article = await createArticle(
      inside,
      {
        locale,
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
    await replaceRelatedLinks(inside, article.id!, [
      { kind: 'related', title: source.related.title, excerpt: source.related.teaser, imageId: relatedImageId },
      { kind: 'read-more', excerpt: source.readMore.teaser },
    ]);
    return { articleId: article.id!, created: true };
  });
}

/** `npm start` imports the source article into an empty database, once. */
export async function seedIfEmpty(ctx: Ctx, log: FastifyBaseLogger): Promise<void> {
  if ((await ctx.repos.articles.count(editorialViewer, ctx.now(), {})) > 0) return;
  const result = await importSourceArticle(ctx);
  log.info({ articleId: result.articleId }, 'imported the source article into the empty database');
}
