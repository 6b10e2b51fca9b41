// Public URLs: where readers find an article or an author, and absolute URLs for what the API
// serves. The one home of the rule: the JSON API, feeds, sitemaps and JSON-LD all build theirs here
// (the read model's SQL fills the same templates, see urlParams in modules/articles/read-model.ts).
import { expandUrlTemplate, type SiteConfig } from '../config.js';

type Page = { id: string; slug: string };

export type Links = {
  article: (article: Page) => string;
  /** Null when the site has no author pages (AUTHOR_URL_TEMPLATE unset). */
  author: (author: Page) => string | null;
  /** A media URL made absolute and checked, for feeds and structured data: `/media/…` files are
   *  served by the API; anything else but http(s) is null. */
  media: (url: string) => string | null;
  /** A path of this API (`/v1/…`, `/media/…`) as the public reaches it. */
  api: (path: string) => string;
};

export function createLinks(site: SiteConfig): Links {
  const page = (template: string, { id, slug }: Page) =>
    expandUrlTemplate(template, { base: site.url, slug: encodeURIComponent(slug), id });
  return {
    article: (article) => page(site.articleUrlTemplate, article),
    author: (author) => (site.authorUrlTemplate === null ? null : page(site.authorUrlTemplate, author)),
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
