// SQL for sitemaps: every public article, in publication order, addressed by page number. It
// reads the articles' narrow search rows (slug, status, dates, title), never the article rows.
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { articleSearch } from '../../db/schema.js';

/** Public visibility (published, its time has come), over the covering
 *  (status, published_at, article_id, slug, updated_at) index: no other column is read. */
const visibleAt = (now: string): SQL =>
  and(eq(articleSearch.status, 'published'), lte(articleSearch.publishedAt, now))!;
const publicationOrder = [asc(articleSearch.publishedAt), asc(articleSearch.articleId)];

export type SitemapEntry = { id: string; slug: string; updatedAt: string };
export type NewsEntry = { id: string; slug: string; title: string; publishedAt: string };

export function createDistributionRepository(db: Db) {
  return {
    /** Per page of `pageSize` articles (oldest first), when its newest change happened. */
    sitemapPages(now: string, pageSize: number): { page: number; lastModified: string }[] {
      const numbered = db
        .select({
          updatedAt: articleSearch.updatedAt,
          position: sql<number>`row_number() over (order by ${sql.join(publicationOrder, sql`, `)})`.as('position'),
        })
        .from(articleSearch)
        .where(visibleAt(now))
        .as('numbered');
      // Parameters are bound as reals: the cast keeps the division an integer one.
      const page = sql<number>`(${numbered.position} - 1) / cast(${pageSize} as integer) + 1`;
      return db
        .select({ page, lastModified: sql<string>`max(${numbered.updatedAt})` })
        .from(numbered)
        .groupBy(page)
        .orderBy(page)
        .all();
    },
    /** One page of the article sitemap. Pages are addressed by number, so this one skips rows
     *  (OFFSET) over the covering index: no row is read to be skipped. */
    sitemapPage(now: string, page: number, pageSize: number): SitemapEntry[] {
      return db
        .select({ id: articleSearch.articleId, slug: articleSearch.slug, updatedAt: articleSearch.updatedAt })
        .from(articleSearch)
        .where(visibleAt(now))
        .orderBy(...publicationOrder)
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .all();
    },
    /** Articles published since `since`, newest first. */
    publishedSince(now: string, since: string, limit: number): NewsEntry[] {
      return db
        .select({
          id: articleSearch.articleId,
          slug: articleSearch.slug,
          title: articleSearch.title,
          publishedAt: sql<string>`${articleSearch.publishedAt}`,
        })
        .from(articleSearch)
        .where(and(visibleAt(now), gte(articleSearch.publishedAt, since)))
        .orderBy(desc(articleSearch.publishedAt), desc(articleSearch.articleId))
        .limit(limit)
        .all();
    },
  };
}

export type DistributionRepository = ReturnType<typeof createDistributionRepository>;
