// Tags and sections are derived, read-only resources: a tag is the tag names articles carry that
// have one slug (made by lib/slug.ts, so "World", "world" and "WORLD" are one tag), named by its
// most used spelling, counted over the articles the viewer may see. Nothing is stored besides the
// articles: a tag exists while a visible article carries it, and editing an article is the only
// way to create, rename or remove one. The article filters find articles by tag or section
// through the same slugs (namesFor). `locale=` names and counts them over the articles of one
// language: each language's tags and sections are the names its articles carry.
import type { Ctx } from '../../context.js';
import { decodeCursor, encodeCursor, notIssuedHere } from '../../lib/cursor.js';
import { AppError } from '../../lib/errors.js';
import { requireLocale } from '../../lib/locales.js';
import { toSlug } from '../../lib/slug.js';
import type { Repositories } from '../../repositories.js';
import type { Viewer } from '../access/index.js';
import type { NameCount, TaxonomyKind } from './repository.js';
import type { Term, TermListQuery, TermReadQuery, TermSort } from './schema.js';

/** Slugs of the names seen, by name: a name is slugged once, not once per request. */
const SLUGS_REMEMBERED = 50_000;
const slugs = new Map<string, string>();

export function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    slug = toSlug(name);
    if (slugs.size >= SLUGS_REMEMBERED) slugs.delete(slugs.keys().next().value as string);
    slugs.set(name, slug);
  }
  return slug;
}

/** The tags or sections of the names counted (all, or those of `names`), in no order: one
 *  statement, and one more for all the tags spelt more than one way. */
async function termsOf(
  repos: Repositories,
  kind: TaxonomyKind,
  viewer: Viewer,
  now: string,
  names?: readonly string[],
  locale?: string,
): Promise<Term[]> {
  const bySlug = new Map<string, NameCount[]>();
  for (const row of await repos.taxonomy.counts(kind, viewer, now, names, locale)) {
    const slug = slugOf(row.name);
    const spellings = bySlug.get(slug);
    if (spellings) spellings.push(row);
    else bySlug.set(slug, [row]);
  }
  // An article has one section, but may carry two spellings of one tag: it is counted once.
  const spelt = [...bySlug.values()].filter((spellings) => spellings.length > 1).flat();
  const pairs =
    kind === 'tag' && spelt.length > 0
      ? await repos.taxonomy.taggedArticles(
          viewer,
          now,
          spelt.map((row) => row.name),
          locale,
        )
      : [];
  const carriers = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const slug = slugOf(pair.name);
    const ids = carriers.get(slug);
    if (ids) ids.add(pair.articleId);
    else carriers.set(slug, new Set([pair.articleId]));
  }
  return [...bySlug].map(([slug, spellings]) => {
    const named = spellings.reduce((best, row) =>
      row.n > best.n || (row.n === best.n && row.name < best.name) ? row : best,
    );
    const articles = carriers.get(slug)?.size ?? spellings.reduce((sum, row) => sum + row.n, 0);
    return { slug, name: named.name, count: { articles } };
  });
}

type Position = { slug: string; articles: number };
const orders: Record<TermSort, (a: Position, b: Position) => number> = {
  slug: (a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  '-count': (a, b) => b.articles - a.articles || orders.slug(a, b),
};
const positionOf = (term: Term): Position => ({ slug: term.slug, articles: term.count.articles });

/** A page of tags or sections in `sort` order after the cursor (the last one's slug, and its
 *  count when sorted by count). */
export async function listTerms(ctx: Ctx, kind: TaxonomyKind, query: TermListQuery, viewer: Viewer) {
  const sort = query.sort ?? 'slug';
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor, sort);
  if (cursor && sort === '-count' && typeof cursor.key !== 'number') throw notIssuedHere('cursor');
  const order = orders[sort];
  const locale = query.locale === undefined ? undefined : requireLocale(ctx.locales, query.locale);
  const terms = (await termsOf(ctx.repos, kind, viewer, ctx.now(), undefined, locale)).sort((a, b) =>
    order(positionOf(a), positionOf(b)),
  );
  const past: Position | undefined = cursor && { slug: cursor.id, articles: Number(cursor.key) };
  const after = past ? terms.filter((term) => order(positionOf(term), past) > 0) : terms;
  const page = after.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    after.length > query.limit && last
      ? encodeCursor({ sort, key: sort === '-count' ? last.count.articles : null, id: last.slug })
      : null;
  return { data: page, meta: { limit: query.limit, nextCursor, ...(query.count ? { total: terms.length } : {}) } };
}

/** The tag or section of `slug`, if the viewer may see an article carrying it. */
export async function readTerm(
  ctx: Ctx,
  kind: TaxonomyKind,
  slug: string,
  viewer: Viewer,
  query: TermReadQuery,
): Promise<Term> {
  const locale = query.locale === undefined ? undefined : requireLocale(ctx.locales, query.locale);
  const [names] = await namesFor(ctx.repos, kind, [slug]);
  const term = names!.length === 0 ? undefined : (await termsOf(ctx.repos, kind, viewer, ctx.now(), names, locale))[0];
  if (!term)
    throw new AppError(kind === 'tag' ? 'TAG_NOT_FOUND' : 'SECTION_NOT_FOUND', `No ${kind} has the slug '${slug}'`);
  return term;
}

/** For each tag or section asked for by slug or name (in any case: `world` finds "World"), the
 *  names in use that have its slug, visible or not (the filters that use them apply visibility);
 *  one read of the names in use for all. */
export async function namesFor(repos: Repositories, kind: TaxonomyKind, asked: readonly string[]): Promise<string[][]> {
  if (asked.length === 0) return [];
  const inUse = await repos.taxonomy.namesInUse(kind);
  return asked.map((text) => {
    const slug = slugOf(text);
    return inUse.filter((name) => slugOf(name) === slug);
  });
}
