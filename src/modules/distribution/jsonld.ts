// schema.org NewsArticle for the article page, as Google's Article structured data reads it:
// https://developers.google.com/search/docs/appearance/structured-data/article
import type { SiteConfig } from '../../config.js';
import type { AuthorRow } from '../../db/rows.js';
import type { Links } from '../../lib/links.js';
import { type Alternate, type Alternates, wordCount } from '../articles/index.js';
import type { NewsArticleJsonLd } from './schema.js';
import type { JsonLdSubject, UsableImage } from './service.js';

const isWebUrl = (value: string): boolean => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** Google's guideline for `headline`: at most 110 characters. */
export const HEADLINE_MAX_CHARACTERS = 110;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A headline within `max` characters (user-perceived ones: an emoji or a letter with its accent
 * counts once): cut at the last space that fits, or inside a word with no space to cut at, and
 * ended with "…".
 */
export function fitHeadline(text: string, max = HEADLINE_MAX_CHARACTERS): string {
  const characters = Array.from(graphemes.segment(text.trim()), ({ segment }) => segment);
  if (characters.length <= max) return characters.join('');
  const kept = characters.slice(0, max - 1);
  const lastSpace = kept.findLastIndex((character) => /^\s+$/u.test(character));
  const cut = (lastSpace > 0 ? kept.slice(0, lastSpace) : kept).join('');
  return `${cut.replace(/[\s,;:\-–—]+$/u, '')}…`;
}

/** What a page inlines in `<script type="application/ld+json">` and the HTML parser must not read as markup. */
const unsafeInScript = /[<>&\u2028\u2029]/g;

/**
 * The document as JSON that is safe to inline in a script element: `<`, `>`, `&`, U+2028 and
 * U+2029 are written as \u escapes (they can only occur inside strings, so the value is the same),
 * so `</script>` in a title cannot end the element.
 */
export function inlineSafeJson(document: NewsArticleJsonLd): string {
  return JSON.stringify(document).replace(
    unsafeInScript,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const given = (value: string | null): string | undefined => (value?.trim() ? value : undefined);

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

/** A translation or the source of one, as schema.org links them. */
const work = (links: Links, version: Alternate) => {
  const url = links.article(version);
  return { '@type': 'NewsArticle' as const, '@id': url, url, inLanguage: version.locale };
};

/** schema.org's translation links among the public versions of a story: the source lists its
 *  translations (workTranslation), a translation names its source (translationOfWork). */
function translationWorks(links: Links, row: JsonLdSubject['row'], alternates: Alternates | undefined) {
  if (!alternates) return {};
  const others = alternates.versions.filter((version) => version.id !== row.id);
  if (row.translationOf === null) {
    const translations = others.filter((version) => alternates.sources.get(version.id) === row.id);
    return translations.length > 0 ? { workTranslation: translations.map((version) => work(links, version)) } : {};
  }
  const source = others.find((version) => version.id === row.translationOf);
  return source ? { translationOfWork: work(links, source) } : {};
}

export function toNewsArticle(
  site: SiteConfig,
  links: Links,
  { row, authors, image, alternates }: JsonLdSubject,
): NewsArticleJsonLd {
  const url = links.article(row);
  // What the editors wrote for search engines comes first.
  const description = given(row.seoDescription) ?? given(row.excerpt);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: fitHeadline(given(row.seoTitle) ?? row.title),
    ...(description ? { description } : {}),
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
    inLanguage: row.locale,
    wordCount: wordCount(row.bodyText),
    ...translationWorks(links, row, alternates),
  };
}
