// SQL for sitemaps: every public article, in publication order, addressed by page number. It
// reads the articles' narrow search rows (slug, locale, status, dates, title), never the article rows.
import { and, asc, desc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { isPublishedAt } from '../access/index.js';

export type SitemapEntry = { id: string; slug: string; locale: string; updatedAt: string };
export type NewsEntry = { id: string; slug: string; locale: string; title: string; publishedAt: string };

export function createDistributionRepository({ db, tables: t }: Handle) {
  const { articleSearch: rows } = t;
  // Public visibility over the covering (status, published_at, article_id, slug, updated_at) index.
  // In one locale, or in all.
  const visibleAt = (now: string, locale: string | undefined): SQL =>
    and(
      isPublishedAt({ status: rows.status, publishedSort: rows.publishedAt }, now),
      locale === undefined ? undefined : eq(rows.locale, locale),
    )!;
  const publicationOrder = [asc(rows.publishedAt), asc(rows.articleId)];
  return {
    /** Per page of `pageSize` articles (oldest first), when its newest change happened. */
    async sitemapPages(
      now: string,
      pageSize: number,
      locale?: string,
    ): Promise<{ page: number; lastModified: string }[]> {
      const numbered = db
        .select({
          updatedAt: rows.updatedAt,
          position: sql<number>`row_number() over (order by ${sql.join(publicationOrder, sql`, `)})`.as('position'),
        })
        .from(rows)
        .where(visibleAt(now, locale))
        .as('numbered');
      const page = sql<number>`(${numbered.position} - 1) / ${sql.raw(String(Math.trunc(pageSize)))} + 1`;
      const pages = await db
        .select({ page, lastModified: sql<string>`max(${numbered.updatedAt})` })
        .from(numbered)
        .groupBy(page)
        .orderBy(page);
      return pages.map((entry) => ({ page: Number(entry.page), lastModified: entry.lastModified }));
    },
    /** One page of the article sitemap. Pages are addressed by number, so this one skips rows
     *  (OFFSET) over the covering index: no row is read to be skipped. */
    sitemapPage: (now: string, page: number, pageSize: number, locale?: string): Promise<SitemapEntry[]> =>
      db
        .select({ id: rows.articleId, slug: rows.slug, locale: rows.locale, updatedAt: rows.updatedAt })
        .from(rows)
        .where(visibleAt(now, locale))
        .orderBy(...publicationOrder)
        .limit(pageSize)
        .offset((page - 1) * pageSize),
    /** Articles published since `since`, newest first. */
    publishedSince: (now: string, since: string, limit: number, locale?: string): Promise<NewsEntry[]> =>
      db
        .select({
          id: rows.articleId,
          slug: rows.slug,
          locale: rows.locale,
          title: rows.title,
          publishedAt: sql<string>`${rows.publishedAt}`,
        })
        .from(rows)
        .where(and(visibleAt(now, locale), gte(rows.publishedAt, since)))
        .orderBy(desc(rows.publishedAt), desc(rows.articleId))
        .limit(limit),
  };
}

export type DistributionRepository = ReturnType<typeof createDistributionRepository>;
