// Sitemaps (sitemaps.org 0.9) and Google News sitemaps, written as text: each value escaped.
import type { SiteConfig } from '../../config.js';
import type { Links } from '../../lib/links.js';
import type { NewsEntry, SitemapEntry } from './repository.js';
import { escapeXml, w3cDate, XML_DECLARATION } from './xml.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export const sitemapPath = (page: number): string => `/v1/sitemaps/articles-${page}.xml`;

/** https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export function newsSitemapXml(site: SiteConfig, links: Links, entries: NewsEntry[]): string {
  const publication = `<news:publication><news:name>${escapeXml(site.publisherName)}</news:name><news:language>${escapeXml(site.language)}</news:language></news:publication>`;
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(links.article(entry))}</loc><news:news>${publication}` +
      `<news:publication_date>${w3cDate(entry.publishedAt)}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`, ...urls, '</urlset>', ''].join(
    '\n',
  );
}

export function sitemapIndexXml(links: Links, pages: { page: number; lastModified: string | null }[]): string {
  const sitemaps = pages.map(
    ({ page, lastModified }) =>
      `<sitemap><loc>${escapeXml(links.api(sitemapPath(page)))}</loc>${lastModified ? `<lastmod>${w3cDate(lastModified)}</lastmod>` : ''}</sitemap>`,
  );
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...sitemaps, '</sitemapindex>', ''].join('\n');
}

export function sitemapXml(links: Links, entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeXml(links.article(entry))}</loc><lastmod>${w3cDate(entry.updatedAt)}</lastmod></url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, '</urlset>', ''].join('\n');
}
