// RSS 2.0 through the `feed` package, and JSON Feed 1.1 as a plain object (`feed` writes JSON
// Feed 1.0 only: one `author`, no `language`).
//
// `feed` serialises with xml-js, whose escaping has gaps this module closes before handing text
// over: CDATA sections split only at the first `]]>`, text elements turn an existing `&amp;`
// back into `&` before escaping, attribute values are not escaped for `&`, and characters XML
// forbids pass through. The channel's build date defaults to the current time, which would give
// every response a new ETag; it is the newest article's change instead.
import { Feed } from 'feed';
import type { SiteConfig } from '../../config.js';
import type { Links } from '../../lib/links.js';
import type { FeedQuery, JsonFeed } from './schema.js';
import type { FeedEntry } from './service.js';
import { escapeHtml, xmlChars } from './xml.js';

/** For `_cdata` values: every `]]>` but the first pre-split (xml-js splits the first itself). */
function cdata(text: string): string {
  const clean = xmlChars(text);
  const first = clean.indexOf(']]>');
  if (first === -1) return clean;
  const rest = first + ']]>'.length;
  return clean.slice(0, rest) + clean.slice(rest).replaceAll(']]>', ']]]]><![CDATA[>');
}
/** For `_text` values: xml-js decodes `&amp;` before it escapes, so every `&` is encoded once more. */
const text = (value: string): string => xmlChars(value).replaceAll('&', '&amp;');
/** For attribute values: xml-js escapes only `"`. */
const attribute = (value: string): string => xmlChars(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** `language`: the locale asked for, else the publication's (PUBLICATION_LANGUAGE). */
export type Channel = { title: string; description: string; selfUrl: string; language: string };

/** Title, description and self link of a feed, naming its filters. */
export function channelFor(site: SiteConfig, links: Links, path: string, query: FeedQuery): Channel {
  const filters = new URLSearchParams();
  for (const name of ['locale', 'section', 'tag', 'allTags', 'author'] as const) {
    const value = query[name];
    if (value !== undefined) filters.set(name, Array.isArray(value) ? value.join(',') : value);
  }
  const named = [...filters].map(([name, value]) => `${name} ${value}`).join(', ');
  const search = filters.size > 0 ? `?${filters}` : '';
  return {
    title: named ? `${site.publisherName}: ${named}` : site.publisherName,
    description: `The latest articles from ${site.publisherName}${named ? ` (${named})` : ''}`,
    selfUrl: links.api(`${path}${search}`),
    language: query.locale ?? site.language,
  };
}

const categoriesOf = (entry: FeedEntry): string[] => [
  ...new Set([...(entry.article.section ? [entry.article.section] : []), ...entry.article.tags]),
];

/** When anything in the feed last changed; the epoch for an empty feed, so its ETag is stable too. */
const lastChange = (entries: FeedEntry[]): Date =>
  new Date(
    entries.reduce(
      // ISO timestamps in UTC: text order is time order (Math.max would compare numbers).
      // biome-ignore lint/complexity/useMathMinMax: strings
      (latest, entry) => (entry.article.updatedAt > latest ? entry.article.updatedAt : latest),
      '1970-01-01T00:00:00.000Z',
    ),
  );

/** The article's content as HTML: its body, or its excerpt when it has none. */
const contentHtml = (entry: FeedEntry): string =>
  entry.bodyHtml || `<p>${escapeHtml(entry.article.excerpt || entry.article.title)}</p>`;

export function toRss(site: SiteConfig, links: Links, channel: Channel, entries: FeedEntry[]): string {
  const feed = new Feed({
    id: site.url,
    title: text(channel.title),
    description: text(channel.description),
    link: site.url,
    language: channel.language,
    updated: lastChange(entries),
    generator: 'Newsdesk',
    feedLinks: { rss: channel.selfUrl },
    ...(site.publisherLogoUrl ? { image: text(site.publisherLogoUrl) } : {}),
  });
  for (const entry of entries) {
    const { article, image } = entry;
    feed.addItem({
      id: article.id,
      title: cdata(article.title),
      link: links.article(article),
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt!),
      description: cdata(escapeHtml(article.excerpt)),
      // Always present: it is also what makes `feed` declare the dc: namespace used below.
      content: cdata(contentHtml(entry)),
      category: categoriesOf(entry).map((name) => ({ name: text(name) })),
      ...(image
        ? {
            enclosure: {
              url: attribute(image.absoluteUrl),
              type: image.mimeType ?? imageType(image.absoluteUrl),
              length: image.bytes ?? 0,
            },
          }
        : {}),
      // RSS <author> wants an email address; the byline goes in dc:creator, as most publishers do.
      extensions:
        entry.authors.length > 0
          ? [{ name: 'dc:creator', objects: { _text: text(entry.authors.map((author) => author.name).join(', ')) } }]
          : [],
    });
  }
  return feed.rss2();
}

/** A media type from the file extension, for enclosures of images whose type is not recorded. */
function imageType(url: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    webp: 'image/webp',
    avif: 'image/avif',
    svg: 'image/svg+xml',
  };
  return (extension && known[extension]) ?? 'image/jpeg';
}

export function toJsonFeed(site: SiteConfig, links: Links, channel: Channel, entries: FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: site.url,
    feed_url: channel.selfUrl,
    description: channel.description,
    language: channel.language,
    ...(site.publisherLogoUrl ? { icon: site.publisherLogoUrl } : {}),
    authors: [{ name: site.publisherName, url: site.url }],
    items: entries.map((entry) => {
      const { article, image } = entry;
      const categories = categoriesOf(entry);
      return {
        id: article.id,
        url: links.article(article),
        title: article.title,
        content_html: contentHtml(entry),
        ...(article.excerpt ? { summary: article.excerpt } : {}),
        ...(image ? { image: image.absoluteUrl } : {}),
        date_published: article.publishedAt!,
        date_modified: article.updatedAt,
        ...(entry.authors.length > 0
          ? {
              authors: entry.authors.map((author) => ({
                name: author.name,
                ...(author.links.website ? { url: author.links.website } : {}),
              })),
            }
          : {}),
        ...(categories.length > 0 ? { tags: categories } : {}),
        language: article.locale,
      };
    }),
  };
}
