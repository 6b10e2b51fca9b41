// schema.org NewsArticle for the article page, as Google's Article structured data reads it:
// https://developers.google.com/search/docs/appearance/structured-data/article
import type { SiteConfig } from '../../config.js';
import type { AuthorRow } from '../../db/rows.js';
import { wordCount } from '../articles/index.js';
import type { Links } from './links.js';
import type { NewsArticleJsonLd } from './schema.js';
import type { JsonLdSubject, UsableImage } from './service.js';

const isWebUrl = (value: string): boolean => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

function imageObject(image: UsableImage): NonNullable<NewsArticleJsonLd['image']>[number] {
  return {
    '@type': 'ImageObject',
    url: image.absoluteUrl,
    contentUrl: image.absoluteUrl,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.alt ? { description: image.alt } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
    ...(image.copyright ? { copyrightNotice: image.copyright } : {}),
    // schema.org wants a license document's URL; a licence named in words is left to copyrightNotice.
    ...(image.license && isWebUrl(image.license) ? { license: image.license } : {}),
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
  };
}

function person(author: AuthorRow): NewsArticleJsonLd['author'][number] {
  const { website, ...others } = author.links;
  const sameAs = Object.values(others).filter(isWebUrl);
  return {
    '@type': 'Person',
    name: author.name,
    ...(author.role ? { jobTitle: author.role } : {}),
    ...(website ? { url: website } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

export function toNewsArticle(
  site: SiteConfig,
  links: Links,
  { row, authors, image }: JsonLdSubject,
): NewsArticleJsonLd {
  const url = links.article(row);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: row.title,
    ...(row.excerpt ? { description: row.excerpt } : {}),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(image ? { image: [imageObject(image)] } : {}),
    author: authors.map(person),
    ...(row.publishedAt ? { datePublished: row.publishedAt } : {}),
    dateModified: row.updatedAt,
    publisher: {
      '@type': 'Organization',
      name: site.publisherName,
      url: site.url,
      ...(site.publisherLogoUrl ? { logo: { '@type': 'ImageObject' as const, url: site.publisherLogoUrl } } : {}),
    },
    ...(row.section ? { articleSection: row.section } : {}),
    keywords: row.tags,
    inLanguage: site.language,
    wordCount: wordCount(row.bodyText),
  };
}
