// What the distribution formats show: the newest public articles with their bylines and usable
// lead images, the article sitemap pages, and one article for its structured data. Feeds and
// sitemaps are public artefacts: a token does not add drafts to them.
import type { SiteConfig } from '../../config.js';
import type { Ctx } from '../../context.js';
import type { ArticleRow, AuthorRow, ImageRow } from '../../db/rows.js';
import { AppError } from '../../lib/errors.js';
import type { Links } from '../../lib/links.js';
import { requireLocale } from '../../lib/locales.js';
import { publicViewer, type Viewer } from '../access/index.js';
import { type Alternates, type ArticleListRow, alternatesOf, filtersOf, findArticle } from '../articles/index.js';
import type { NewsEntry, SitemapEntry } from './repository.js';
import { FEED_SIZE, type FeedQuery, NEWS_SITEMAP_MAX, NEWS_SITEMAP_WINDOW_MS, type SitemapQuery } from './schema.js';

export type Distribution = { ctx: Ctx; site: SiteConfig; links: Links };

/** A lead image that may be shown: it has a file, its rights have not expired, its URL is absolute. */
export type UsableImage = ImageRow & { absoluteUrl: string };
export type FeedEntry = { article: ArticleListRow; bodyHtml: string; authors: AuthorRow[]; image: UsableImage | null };

export function usableImage(d: Distribution, image: ImageRow | undefined): UsableImage | null {
  if (!image?.url) return null;
  if (image.rightsExpiresAt !== null && image.rightsExpiresAt <= d.ctx.now()) return null;
  const absoluteUrl = d.links.media(image.url);
  return absoluteUrl ? { ...image, absoluteUrl } : null;
}

/** The newest public articles matching the feed's filters, with bylines and lead images (three statements). */
export async function latestArticles(d: Distribution, query: FeedQuery): Promise<FeedEntry[]> {
  const { repos } = d.ctx;
  const now = d.ctx.now();
  const filters = await filtersOf(d.ctx, query);
  const rows = await repos.articles.list({
    viewer: publicViewer,
    now,
    filters,
    sort: '-publishedAt',
    cursor: undefined,
    limit: FEED_SIZE,
    withBody: true,
  });
  const authors = await repos.articles.authorsOf(rows.map((row) => row.id));
  const imageIds = [...new Set(rows.map((row) => row.featuredImageId).filter((id): id is string => id !== null))];
  const images = new Map((await repos.images.findByIds(imageIds)).map((image) => [image.id, image]));
  return rows.map((article) => ({
    article,
    bodyHtml: article.bodyHtml ?? '',
    authors: authors.get(article.id) ?? [],
    image: article.featuredImageId ? usableImage(d, images.get(article.featuredImageId)) : null,
  }));
}

/** A sitemap's entry with the other language versions search engines are told of. */
export type WithAlternates<Entry> = Entry & { alternates: Alternates | undefined };

async function withAlternates<Entry extends { id: string }>(
  d: Distribution,
  entries: Entry[],
): Promise<WithAlternates<Entry>[]> {
  const alternates = await alternatesOf(
    d.ctx,
    entries.map((entry) => entry.id),
  );
  return entries.map((entry) => ({ ...entry, alternates: alternates.get(entry.id) }));
}

/** The locale a sitemap or feed is narrowed to, checked against LOCALES. */
const localeOf = (d: Distribution, query: SitemapQuery): string | undefined =>
  query.locale === undefined ? undefined : requireLocale(d.ctx.locales, query.locale);

export async function recentlyPublished(d: Distribution, query: SitemapQuery): Promise<WithAlternates<NewsEntry>[]> {
  const now = d.ctx.now();
  const since = new Date(Date.parse(now) - NEWS_SITEMAP_WINDOW_MS).toISOString();
  return withAlternates(
    d,
    await d.ctx.repos.distribution.publishedSince(now, since, NEWS_SITEMAP_MAX, localeOf(d, query)),
  );
}

export async function sitemapPages(d: Distribution, query: SitemapQuery) {
  const pages = await d.ctx.repos.distribution.sitemapPages(d.ctx.now(), d.site.sitemapPageSize, localeOf(d, query));
  // The first page always exists, if empty, so the index always lists something.
  return pages.length > 0 ? pages : [{ page: 1, lastModified: null }];
}

export async function sitemapPage(
  d: Distribution,
  page: number,
  query: SitemapQuery,
): Promise<WithAlternates<SitemapEntry>[]> {
  const entries = await d.ctx.repos.distribution.sitemapPage(
    d.ctx.now(),
    page,
    d.site.sitemapPageSize,
    localeOf(d, query),
  );
  if (entries.length === 0 && page > 1)
    throw new AppError(
      'ROUTE_NOT_FOUND',
      `The article sitemap has no page ${page}; /v1/sitemaps/index.xml lists the pages`,
    );
  return withAlternates(d, entries);
}

export type JsonLdSubject = {
  row: ArticleRow;
  authors: AuthorRow[];
  image: UsableImage | null;
  alternates: Alternates | undefined;
};

/** The article for its structured data, by the same visibility rules as reading it. */
export async function articleForJsonLd(
  d: Distribution,
  idOrSlug: string,
  viewer: Viewer,
  locale: string | undefined,
): Promise<JsonLdSubject | undefined> {
  const row = await findArticle(d.ctx, idOrSlug, viewer, { locale });
  if (!row) return undefined;
  const image = row.featuredImageId ? usableImage(d, await d.ctx.repos.images.findById(row.featuredImageId)) : null;
  return {
    row,
    authors: (await d.ctx.repos.articles.authorsOf([row.id])).get(row.id) ?? [],
    image,
    // What the public may see of its translations: structured data is for search engines.
    alternates: (await alternatesOf(d.ctx, [row.id])).get(row.id),
  };
}
