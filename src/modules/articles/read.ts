// Reading articles: one article or a page of them as the JSON the database builds (read-model.ts),
// revisions, and the row-side representation (toArticle) that write responses use.
import type { Ctx } from '../../context.js';
import type { ArticleRow, StoredArticle } from '../../db/rows.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { AppError } from '../../lib/errors.js';
import type { Links } from '../../lib/links.js';
import { requireLocale } from '../../lib/locales.js';
import type { Repositories } from '../../repositories.js';
import { editorialViewer, type Viewer } from '../access/index.js';
import { namesFor } from '../taxonomy/index.js';
import { type ArticleFilters, publicationBound } from './filters.js';
import type { ArticleListRow, ListKey } from './lists.js';
import { renderShapeOf } from './read-model.js';
import type { RevisionSnapshot } from './rows.js';
import type { Article, ArticleListQuery, Block, Field, Include } from './schema.js';
import { parseQuery } from './search.js';
import { type LocaleChoice, locateArticle, type TranslationState } from './translations.js';

export async function requireArticle(
  repos: Repositories,
  id: string,
  viewer: Viewer,
  now: string,
): Promise<ArticleRow> {
  const row = await repos.articles.findById(id, viewer, now);
  if (!row) throw new AppError('ARTICLE_NOT_FOUND', `No article has the id ${id}`);
  return row;
}

/** Attribution as the API shows it, from the users' ids. */
export type People = (userId: string | null) => { id: string; name: string } | null;

/** The user names behind attribution ids, read in one statement. */
export async function peopleOf(repos: Repositories, ids: readonly (string | null)[]): Promise<People> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = new Map(
    (await Promise.all(wanted.map((id) => repos.users.findById(id)))).flatMap((user) =>
      user ? [[user.id, user]] : [],
    ),
  );
  return (id) => {
    const user = id === null ? undefined : found.get(id);
    return user ? { id: user.id, name: user.name } : null;
  };
}

/** The row as the API shows it; who created and changed it are private fields. */
export function toArticle(
  row: StoredArticle | ArticleListRow | RevisionSnapshot,
  viewer: Viewer,
  people: People,
  links: Links,
  translation: TranslationState | null = null,
): Article {
  const article: Article = {
    id: row.id,
    slug: row.slug,
    locale: row.locale,
    url: links.article(row),
    title: row.title,
    subtitle: row.subtitle,
    excerpt: row.excerpt,
    ...('body' in row && row.body !== undefined ? { body: row.body as Block[] } : {}),
    ...('bodyHtml' in row && row.bodyHtml !== undefined ? { bodyHtml: row.bodyHtml } : {}),
    section: row.section,
    tags: row.tags,
    status: row.status,
    publishedAt: row.publishedAt,
    readingTimeMinutes: row.readingTimeMinutes,
    authorIds: row.authorIds,
    featuredImageId: row.featuredImageId,
    seo: { title: row.seoTitle, description: row.seoDescription },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
  if (viewer.privateFields) {
    article.createdBy = people(row.createdBy);
    article.updatedBy = people(row.updatedBy);
    article.translation = translation;
  }
  return article;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The article a read names (by id, or by slug in a locale: translations.ts's locateArticle). */
export async function findArticle(
  ctx: Ctx,
  idOrSlug: string,
  viewer: Viewer,
  choice: LocaleChoice = {},
): Promise<ArticleRow | undefined> {
  const now = ctx.now();
  const byId = UUID.test(idOrSlug) ? await ctx.repos.articles.findById(idOrSlug, viewer, now) : undefined;
  const located = await locateArticle(ctx, byId, byId ? undefined : idOrSlug, viewer, choice);
  if (!located) return undefined;
  return located.id === byId?.id ? byId : ctx.repos.articles.findById(located.id, viewer, now);
}

type ReadOptions = { include?: Include[] | undefined; fields?: Field[] | undefined };
export type Rendered = { version: number; locale: string; json: Buffer };

/** An article as the JSON the API answers with, as `findArticle` finds it: one statement for a
 *  read that chooses no locale (by id, or a slug of the default locale), a few more to choose. */
export async function renderArticle(
  ctx: Ctx,
  idOrSlug: string,
  viewer: Viewer,
  options: ReadOptions,
  choice: LocaleChoice = {},
): Promise<Rendered | undefined> {
  const shape = renderShapeOf(viewer, options, true);
  const reading = { at: ctx.now(), links: ctx.links, viewer };
  const { articles } = ctx.repos;
  const choosing = choice.locale !== undefined || choice.acceptLanguage !== undefined;
  if (UUID.test(idOrSlug) && !choosing) {
    const byId = await articles.render('id', idOrSlug, shape, reading);
    if (byId) return byId;
  }
  if (!choosing) {
    const inDefault = await articles.render('slug', idOrSlug, shape, reading, ctx.locales.default);
    if (inDefault) return inDefault;
  }
  const byId = UUID.test(idOrSlug) ? await articles.findById(idOrSlug, viewer, reading.at) : undefined;
  const located = await locateArticle(ctx, byId, byId ? undefined : idOrSlug, viewer, choice);
  return located && articles.render('id', located.id, shape, reading);
}

/** Where a retired slug's read moves to: the current path with the query as it was, naming the
 *  locale when it is not the default (the slug may be another article's there). */
export function movedTo(url: string, path: string, locale: string, defaultLocale: string): string {
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  if (locale !== defaultLocale) query.set('locale', locale);
  return query.size > 0 ? `${path}?${query}` : path;
}

/** The current slug (and locale) of a visible article that used to have `slug`, for a 301: of the
 *  locale asked for, else the default locale's, else any. */
export async function currentSlugFor(
  ctx: Ctx,
  slug: string,
  viewer: Viewer,
  locale?: string,
): Promise<{ slug: string; locale: string } | undefined> {
  const retired = await ctx.repos.articles.findByRetiredSlug(slug);
  const chosen =
    retired.find((entry) => entry.locale === locale) ??
    retired.find((entry) => entry.locale === ctx.locales.default) ??
    retired[0];
  const article = chosen && (await ctx.repos.articles.findById(chosen.articleId, viewer, ctx.now()));
  return article && { slug: article.slug, locale: article.locale };
}

/** The list filters of a query; an unknown author matches nothing (a filter, not a lookup), as
 *  does a section or tag no article carries. */
export async function filtersOf(
  ctx: Ctx,
  query: Pick<ArticleListQuery, 'status' | 'section' | 'tag' | 'author' | 'publishedAfter' | 'publishedBefore'> &
    Partial<Pick<ArticleListQuery, 'allTags' | 'locale'>>,
): Promise<ArticleFilters> {
  const asked = [...(query.tag ?? []), ...(query.allTags ?? [])];
  const [sections, tagNames] = await Promise.all([
    query.section === undefined ? undefined : namesFor(ctx.repos, 'section', [query.section]),
    namesFor(ctx.repos, 'tag', asked),
  ]);
  const anyOf = query.tag && tagNames.slice(0, query.tag.length);
  return {
    status: query.status,
    locale: query.locale === undefined ? undefined : requireLocale(ctx.locales, query.locale),
    sections: sections?.[0],
    anyTags: anyOf && [...new Set(anyOf.flat())],
    allTags: query.allTags && tagNames.slice(anyOf?.length ?? 0),
    publishedAfter: query.publishedAfter && publicationBound('after', query.publishedAfter),
    publishedBefore: query.publishedBefore && publicationBound('before', query.publishedBefore),
    authorId:
      query.author === undefined
        ? undefined
        : ((await ctx.repos.authors.findByIdOrSlug(query.author, editorialViewer, ctx.now()))?.id ?? '-'),
  };
}

const DATA_OPEN = Buffer.from('{"data":');

/** A page of articles as the JSON the API answers with: the keys from the list (or search)
 *  query, the articles with their embeds from one rendering statement. */
export async function listArticles(ctx: Ctx, query: ArticleListQuery, viewer: Viewer): Promise<Buffer> {
  const sort = query.sort ?? (query.q !== undefined ? 'relevance' : '-publishedAt');
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const filters = await filtersOf(ctx, query);
  const now = ctx.now();
  const { articles } = ctx.repos;
  const clauses = query.q === undefined ? undefined : parseQuery(query.q);
  const withBody = query.fields?.some((field) => field === 'body' || field === 'bodyHtml') ?? false;
  const shape = renderShapeOf(viewer, query, withBody, clauses !== undefined);
  const reading = { at: now, links: ctx.links, viewer };
  let data: Buffer;
  let last: Omit<ListKey, 'snippet'> | undefined;
  if (clauses) {
    const keys = await articles.search({
      viewer,
      now,
      clauses,
      filters,
      sort,
      cursor,
      limit: query.limit + 1,
      snippets: query.limit,
    });
    const page = keys.slice(0, query.limit);
    last = keys.length > query.limit ? page.at(-1) : undefined;
    data = await articles.renderPage(page, shape, reading);
  } else if (sort === 'relevance') throw new Error('sort=relevance needs q (the query schema refuses it)');
  else {
    const list = await articles.renderList({ viewer, now, filters, sort, cursor, limit: query.limit }, shape, reading);
    data = list.json;
    last = list.last && { ...list.last, cursorId: list.last.id };
  }
  const nextCursor = last ? encodeCursor({ sort, key: last.sortKey, id: last.cursorId }) : null;
  // A search counts no further than a cap (docs/search.md); a list counts exactly.
  const counted = !query.count
    ? undefined
    : clauses
      ? await articles.searchCount({ viewer, now, clauses, filters })
      : { total: await articles.count(viewer, now, filters), exact: true };
  const meta = {
    limit: query.limit,
    nextCursor,
    ...(counted ? { total: counted.total, ...(clauses ? { totalExact: counted.exact } : {}) } : {}),
  };
  return Buffer.concat([DATA_OPEN, data, Buffer.from(`,"meta":${JSON.stringify(meta)}}`)]);
}
