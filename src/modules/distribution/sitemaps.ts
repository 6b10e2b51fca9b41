// Sitemaps (sitemaps.org 0.9) and Google News sitemaps, written as text: each value escaped. An
// article with public translations lists each (itself included) as an `xhtml:link` alternate with
// its hreflang, and the version for every other reader as `x-default`, as Google reads them:
// https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
import type { SiteConfig } from '../../config.js';
import type { Links } from '../../lib/links.js';
import type { Alternates } from '../articles/index.js';
import type { NewsEntry, SitemapEntry } from './repository.js';
import type { WithAlternates } from './service.js';
import { escapeXml, w3cDate, XML_DECLARATION } from './xml.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** A page of the article sitemap, of one locale or of all. */
export const sitemapPath = (page: number, locale?: string): string =>
  `/v1/sitemaps/articles-${page}.xml${locale === undefined ? '' : `?locale=${encodeURIComponent(locale)}`}`;

function alternateLinks(links: Links, alternates: Alternates | undefined): string {
  if (!alternates) return '';
  const link = (hreflang: string, page: { id: string; slug: string }) =>
    `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(links.article(page))}"/>`;
  return [
    ...alternates.versions.map((version) => link(version.locale, version)),
    ...(alternates.fallback ? [link('x-default', alternates.fallback)] : []),
  ].join('');
}

/** https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap */
export function newsSitemapXml(site: SiteConfig, links: Links, entries: WithAlternates<NewsEntry>[]): string {
  const publication = (locale: string) =>
    `<news:publication><news:name>${escapeXml(site.publisherName)}</news:name><news:language>${escapeXml(locale)}</news:language></news:publication>`;
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(links.article(entry))}</loc>${alternateLinks(links, entry.alternates)}<news:news>${publication(entry.locale)}` +
      `<news:publication_date>${w3cDate(entry.publishedAt)}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}" xmlns:xhtml="${XHTML_NS}">`,
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function sitemapIndexXml(
  links: Links,
  pages: { page: number; lastModified: string | null }[],
  locale?: string,
): string {
  const sitemaps = pages.map(
    ({ page, lastModified }) =>
      `<sitemap><loc>${escapeXml(links.api(sitemapPath(page, locale)))}</loc>${lastModified ? `<lastmod>${w3cDate(lastModified)}</lastmod>` : ''}</sitemap>`,
  );
  return [XML_DECLARATION, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...sitemaps, '</sitemapindex>', ''].join('\n');
}

export function sitemapXml(links: Links, entries: WithAlternates<SitemapEntry>[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(links.article(entry))}</loc><lastmod>${w3cDate(entry.updatedAt)}</lastmod>${alternateLinks(links, entry.alternates)}</url>`,
  );
  return [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`, ...urls, '</urlset>', ''].join(
    '\n',
  );
}
