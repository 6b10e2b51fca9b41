// Public URLs: where readers find an article, and absolute URLs for what the API serves.
import { expandArticleUrl, type SiteConfig } from '../../config.js';

export type Links = {
  article: (article: { id: string; slug: string }) => string;
  /** A media URL made absolute: `/media/…` files are served by the API. */
  media: (url: string) => string | null;
  /** A path of this API (`/v1/…`) as the public reaches it. */
  api: (path: string) => string;
};

export function createLinks(site: SiteConfig): Links {
  return {
    article: ({ id, slug }) =>
      expandArticleUrl(site.articleUrlTemplate, { base: site.url, slug: encodeURIComponent(slug), id }),
    media: (url) => {
      // Root-relative URLs are paths of the API, which may itself live under a path prefix.
      const absolute = url.startsWith('/') && !url.startsWith('//') ? `${site.apiUrl}${url}` : url;
      if (!URL.canParse(absolute, `${site.apiUrl}/`)) return null;
      const parsed = new URL(absolute, `${site.apiUrl}/`);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    },
    api: (path) => `${site.apiUrl}${path}`,
  };
}
