// Shapes of the distribution formats. XML documents are strings (declared with their media
// type); JSON Feed and JSON-LD are objects serialised from these schemas like every JSON reply.
import { z } from 'zod';
import { localeParam, sectionFilter, tagsFilter } from '../articles/schema.js';

export const FEED_SIZE = 50;
export const NEWS_SITEMAP_MAX = 1000;
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export const mediaTypes = {
  rss: 'application/rss+xml',
  jsonFeed: 'application/feed+json',
  xml: 'application/xml',
  jsonLd: 'application/ld+json',
} as const;

const localeFilter = localeParam.optional().meta({ description: 'Only articles in this locale (one of LOCALES).' });

export const feedQuery = z.strictObject({
  locale: localeFilter,
  section: sectionFilter.optional(),
  tag: tagsFilter('Any of').optional(),
  allTags: tagsFilter('All of').optional(),
  author: z.string().min(1).max(200).optional().meta({ description: 'Only articles by this author (id or slug).' }),
});
export type FeedQuery = z.infer<typeof feedQuery>;

/** A sitemap of one locale, or of all. */
export const sitemapQuery = z.strictObject({ locale: localeFilter });
export type SitemapQuery = z.infer<typeof sitemapQuery>;

/** JSON-LD of the article a slug names in a locale (the default locale's without it). */
export const jsonLdQuery = z.strictObject({
  locale: localeParam.optional().meta({
    description: 'The translation in this locale of the article named; without it, by slug the default locale’s.',
  }),
});

export const sitemapPageParams = z.object({
  page: z.coerce
    .number({ message: 'must be a page number' })
    .int('must be a page number')
    .min(1, 'pages start at 1')
    .max(1_000_000),
});

const sourceUrl =
  'https://www.example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports';
const sourceTitle = 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports';
const sourceLead =
  'Russia will demand that Ukraine cut its ties with NATO and become "a neutral state with a limited military" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.';

export const rssDocument = z.string().meta({
  description: 'An RSS 2.0 document.',
  example: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
    <channel>
        <title>Newsdesk</title>
        <link>https://www.example.org</link>
        <item>
            <title><![CDATA[${sourceTitle}]]></title>
            <link>${sourceUrl}</link>
            <guid isPermaLink="false">01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e</guid>
            <pubDate>Wed, 15 Jan 2025 00:00:00 GMT</pubDate>
            <dc:creator>Kateryna Hodunova</dc:creator>
            <category>News Feed</category>
        </item>
    </channel>
</rss>`,
});

const newsSitemapExample = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${sourceUrl}</loc><news:news><news:publication><news:name>Newsdesk</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-01-15T00:00:00Z</news:publication_date><news:title>${sourceTitle}</news:title></news:news></url>
</urlset>`;
export const newsSitemapDocument = z
  .string()
  .meta({ description: 'A Google News sitemap.', example: newsSitemapExample });
export const sitemapIndexDocument = z.string().meta({
  description: 'A sitemap index (sitemaps.org 0.9).',
  example: `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://www.example.org/v1/sitemaps/articles-1.xml</loc><lastmod>2025-01-15T00:00:00Z</lastmod></sitemap>
</sitemapindex>`,
});
export const sitemapDocument = z.string().meta({
  description: 'A sitemap (sitemaps.org 0.9).',
  example: `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${sourceUrl}</loc><lastmod>2025-01-15T00:00:00Z</lastmod></url>
</urlset>`,
});

const jsonFeedAuthor = z.object({ name: z.string(), url: z.string().optional(), avatar: z.string().optional() });

export const jsonFeedSchema = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    description: z.string(),
    language: z.string(),
    icon: z.string().optional(),
    authors: z.array(jsonFeedAuthor),
    items: z.array(
      z.object({
        id: z.string(),
        url: z.string(),
        title: z.string(),
        content_html: z.string(),
        summary: z.string().optional(),
        image: z.string().optional(),
        date_published: z.string(),
        date_modified: z.string(),
        authors: z.array(jsonFeedAuthor).optional(),
        tags: z.array(z.string()).optional(),
        language: z.string().meta({ description: "The article's locale." }),
      }),
    ),
  })
  .meta({
    id: 'JsonFeed',
    description: 'A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/).',
    example: {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Newsdesk',
      home_page_url: 'https://www.example.org',
      feed_url: 'https://www.example.org/v1/feeds/feed.json',
      description: 'The latest articles from Newsdesk',
      language: 'en',
      authors: [{ name: 'Newsdesk', url: 'https://www.example.org' }],
      items: [
        {
          id: '01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e',
          url: sourceUrl,
          title: sourceTitle,
          content_html: `<p>${sourceLead}</p>`,
          summary: sourceLead,
          image: 'https://assets.example.org/putin-2024-07-08.jpg',
          date_published: '2025-01-15T00:00:00.000Z',
          date_modified: '2025-01-15T00:00:00.000Z',
          authors: [{ name: 'Kateryna Hodunova' }],
          tags: ['News Feed'],
          language: 'en',
        },
      ],
    },
  });
export type JsonFeed = z.infer<typeof jsonFeedSchema>;

const imageObject = z.object({
  '@type': z.literal('ImageObject'),
  url: z.string(),
  contentUrl: z.string().optional(),
  caption: z.string().optional(),
  description: z.string().optional(),
  creditText: z.string().optional(),
  copyrightNotice: z.string().optional(),
  license: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
});

const translationWork = z.object({
  '@type': z.literal('NewsArticle'),
  '@id': z.string(),
  url: z.string(),
  inLanguage: z.string(),
});

export const newsArticleJsonLd = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('NewsArticle'),
    headline: z.string(),
    description: z.string().optional(),
    url: z.string(),
    mainEntityOfPage: z.object({ '@type': z.literal('WebPage'), '@id': z.string() }),
    image: z.array(imageObject).optional(),
    author: z.array(
      z.object({
        '@type': z.literal('Person'),
        name: z.string(),
        jobTitle: z.string().optional(),
        url: z.string().optional(),
        sameAs: z.array(z.string()).optional(),
      }),
    ),
    datePublished: z.string().optional(),
    dateModified: z.string(),
    publisher: z.object({
      '@type': z.literal('Organization'),
      name: z.string(),
      url: z.string(),
      logo: imageObject.optional(),
    }),
    articleSection: z.string().optional(),
    keywords: z.array(z.string()).optional(),
    inLanguage: z.string().meta({ description: "The article's locale (BCP 47)." }),
    wordCount: z.number().int(),
    workTranslation: z
      .array(translationWork)
      .optional()
      .meta({ description: "Of a story's source: its public translations." }),
    translationOfWork: translationWork.optional().meta({ description: 'Of a translation: its public source.' }),
  })
  .meta({
    id: 'NewsArticleJsonLd',
    description: 'schema.org NewsArticle structured data (JSON-LD) for the article page.',
    example: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: sourceTitle,
      description: sourceLead,
      url: sourceUrl,
      mainEntityOfPage: { '@type': 'WebPage', '@id': sourceUrl },
      image: [
        {
          '@type': 'ImageObject',
          url: 'https://assets.example.org/putin-2024-07-08.jpg',
          caption: 'Russian President Vladimir Putin smiles during his meeting …',
          creditText: 'Contributor/Getty Images',
        },
      ],
      author: [{ '@type': 'Person', name: 'Kateryna Hodunova', jobTitle: 'News Editor' }],
      datePublished: '2025-01-15T00:00:00.000Z',
      dateModified: '2025-01-15T00:00:00.000Z',
      publisher: { '@type': 'Organization', name: 'Newsdesk', url: 'https://www.example.org' },
      articleSection: 'News Feed',
      keywords: [],
      inLanguage: 'en',
      wordCount: 421,
    },
  });
export type NewsArticleJsonLd = z.infer<typeof newsArticleJsonLd>;
