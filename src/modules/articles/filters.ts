// Article filters and sort keys: what a list can ask for (`status, locale, section, tag, allTags,
// author, publishedAfter, publishedBefore`) as SQL over either the article rows or their narrow search
// rows. A new filter goes here: its type, its condition, and its query parameter in schema.ts.
import { and, eq, gt, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Dialect, Tables } from '../../db/engine.js';
import type { Direction } from '../../db/keyset.js';
import type { ArticleRow } from '../../db/rows.js';
import type { ArticleSort } from './schema.js';

/** Sections and tags are asked for by slug or name and matched by the names articles carry that
 *  have that slug (modules/taxonomy): an empty list of names matches nothing. */
export type ArticleFilters = {
  status?: ArticleRow['status'] | undefined;
  /** A configured locale (checked already). */
  locale?: string | undefined;
  /** The section's names: the article's is one of them. */
  sections?: readonly string[] | undefined;
  /** Tag names: the article carries at least one. */
  anyTags?: readonly string[] | undefined;
  /** One list of names per tag asked for: the article carries one name of each. */
  allTags?: readonly (readonly string[])[] | undefined;
  authorId?: string | undefined;
  publishedAfter?: string | undefined;
  publishedBefore?: string | undefined;
};

/** The columns filters and sort keys read: the article's own, or its search row's copies. */
export type FilterColumns = Record<
  'id' | 'status' | 'locale' | 'publishedAt' | 'publishedSort' | 'section' | 'title' | 'updatedAt' | 'createdBy',
  SQLWrapper
>;

export const articleColumns = (t: Tables): FilterColumns => {
  const { id, status, locale, publishedAt, publishedSort, section, title, updatedAt, createdBy } = t.articles;
  return { id, status, locale, publishedAt, publishedSort, section, title, updatedAt, createdBy };
};

const presentFilters = (filters: ArticleFilters): (keyof ArticleFilters)[] =>
  (Object.keys(filters) as (keyof ArticleFilters)[]).filter((name) => filters[name] !== undefined).sort();

/** One name is compared with `=` (so the (section, published_sort) index serves a section's page),
 *  several with the engine's list. */
const many = (names: readonly string[]) => names.length !== 1;
const arity = (names: readonly string[]) => (many(names) ? 'many' : 'one');

/** The filters present, in a stable order, with the arity of each list of names: what decides
 *  the shape of a prepared statement. */
export const filterShape = (filters: ArticleFilters): string[] =>
  presentFilters(filters).map((name) => {
    if (name === 'allTags') return `allTags:${filters.allTags!.map(arity).join(',')}`;
    if (name === 'sections' || name === 'anyTags') return `${name}:${arity(filters[name]!)}`;
    return name;
  });

/** The statement's placeholder values for the filters: a list of names as the engine binds it. */
export function filterValues(dialect: Dialect, filters: ArticleFilters): Record<string, unknown> {
  const { sections, anyTags, allTags, ...scalars } = filters;
  const bind = (names: readonly string[]) => (many(names) ? dialect.listParam(names) : names[0]);
  return {
    ...scalars,
    ...(sections === undefined ? {} : { sections: bind(sections) }),
    ...(anyTags === undefined ? {} : { anyTags: bind(anyTags) }),
    ...Object.fromEntries((allTags ?? []).map((names, index) => [`allTags${index}`, bind(names)])),
  };
}

const value = (name: string) => sql.placeholder(name);

type Condition = (t: Tables, dialect: Dialect, columns: FilterColumns, filters: ArticleFilters) => SQL;

const oneOf = (dialect: Dialect, column: SQLWrapper, placeholder: string, names: readonly string[]) =>
  many(names) ? dialect.inList(column, value(placeholder)) : eq(column, value(placeholder));

const tagged = (t: Tables, dialect: Dialect, columns: FilterColumns, placeholder: string, names: readonly string[]) =>
  sql`exists (select 1 from ${t.articleTags} where ${t.articleTags.articleId} = ${columns.id} and ${oneOf(dialect, t.articleTags.tag, placeholder, names)})`;

/** Each filter's condition, against placeholders of the filter's name. */
const conditionOf: Record<keyof ArticleFilters, Condition> = {
  status: (_t, _dialect, columns) => eq(columns.status, value('status')),
  locale: (_t, _dialect, columns) => eq(columns.locale, value('locale')),
  sections: (_t, dialect, columns, filters) => oneOf(dialect, columns.section, 'sections', filters.sections!),
  anyTags: (t, dialect, columns, filters) => tagged(t, dialect, columns, 'anyTags', filters.anyTags!),
  allTags: (t, dialect, columns, filters) =>
    and(...filters.allTags!.map((names, index) => tagged(t, dialect, columns, `allTags${index}`, names)))!,
  authorId: (t, _dialect, columns) =>
    sql`exists (select 1 from ${t.articleAuthors} where ${t.articleAuthors.articleId} = ${columns.id} and ${t.articleAuthors.authorId} = ${value('authorId')})`,
  publishedAfter: (_t, _dialect, columns) => gt(columns.publishedAt, value('publishedAfter')),
  publishedBefore: (_t, _dialect, columns) => sql`${columns.publishedAt} < ${value('publishedBefore')}`,
};

/** Conditions for the filters present (a statement of their `filterShape`). */
export const filterConditions = (t: Tables, dialect: Dialect, filters: ArticleFilters, columns: FilterColumns): SQL[] =>
  presentFilters(filters).map((name) => conditionOf[name](t, dialect, columns, filters));

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date-only bound as the date-time it stands for: `publishedAfter=2026-11-30` is from the
 *  first millisecond of that UTC day on (inclusive: the condition is "later than the one
 *  before"), `publishedBefore=2026-11-30` until its first millisecond (exclusive). */
export function publicationBound(bound: 'after' | 'before', value: string): string {
  if (!DATE_ONLY.test(value)) return new Date(value).toISOString();
  const start = Date.parse(`${value}T00:00:00.000Z`);
  return new Date(bound === 'after' ? start - 1 : start).toISOString();
}
export function sortKey(
  sort: Exclude<ArticleSort, 'relevance'>,
  columns: FilterColumns,
): { key: SQL; direction: Direction } {
  switch (sort) {
    case '-publishedAt':
      return { key: sql`${columns.publishedSort}`, direction: 'desc' };
    case 'publishedAt':
      return { key: sql`${columns.publishedSort}`, direction: 'asc' };
    case '-updatedAt':
      return { key: sql`${columns.updatedAt}`, direction: 'desc' };
    case 'title':
      return { key: sql`${columns.title}`, direction: 'asc' };
  }
}
