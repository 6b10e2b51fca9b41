// Article filters and sort keys: what a list can ask for (`status, section, tag, author,
// publishedAfter, publishedBefore`) as SQL over either the article rows or their narrow search
// rows. A new filter goes here: its type, its condition, and its query parameter in schema.ts.
import { eq, gt, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Tables } from '../../db/engine.js';
import type { Direction } from '../../db/keyset.js';
import type { ArticleRow } from '../../db/rows.js';
import type { ArticleSort } from './schema.js';

export type ArticleFilters = {
  status?: ArticleRow['status'] | undefined;
  section?: string | undefined;
  tag?: string | undefined;
  authorId?: string | undefined;
  publishedAfter?: string | undefined;
  publishedBefore?: string | undefined;
};

/** The columns filters and sort keys read: the article's own, or its search row's copies. */
export type FilterColumns = Record<
  'id' | 'status' | 'publishedAt' | 'publishedSort' | 'section' | 'title' | 'updatedAt' | 'createdBy',
  SQLWrapper
>;

export const articleColumns = (t: Tables): FilterColumns => {
  const { id, status, publishedAt, publishedSort, section, title, updatedAt, createdBy } = t.articles;
  return { id, status, publishedAt, publishedSort, section, title, updatedAt, createdBy };
};

/** The filters present, in a stable order: what decides the shape of a prepared statement. */
export const presentFilters = (filters: ArticleFilters): (keyof ArticleFilters)[] =>
  (Object.keys(filters) as (keyof ArticleFilters)[]).filter((name) => filters[name] !== undefined).sort();

const value = (name: keyof ArticleFilters) => sql.placeholder(name);

/** Each filter's condition, against a placeholder of the filter's name. */
const conditionOf: Record<keyof ArticleFilters, (t: Tables, columns: FilterColumns) => SQL> = {
  status: (_t, columns) => eq(columns.status, value('status')),
  section: (_t, columns) => eq(columns.section, value('section')),
  tag: (t, columns) =>
    sql`exists (select 1 from ${t.articleTags} where ${t.articleTags.articleId} = ${columns.id} and ${t.articleTags.tag} = ${value('tag')})`,
  authorId: (t, columns) =>
    sql`exists (select 1 from ${t.articleAuthors} where ${t.articleAuthors.articleId} = ${columns.id} and ${t.articleAuthors.authorId} = ${value('authorId')})`,
  publishedAfter: (_t, columns) => gt(columns.publishedAt, value('publishedAfter')),
  publishedBefore: (_t, columns) => sql`${columns.publishedAt} < ${value('publishedBefore')}`,
};

/** Conditions for the filters named. */
export const filterConditions = (
  t: Tables,
  present: readonly (keyof ArticleFilters)[],
  columns: FilterColumns,
): SQL[] => present.map((name) => conditionOf[name](t, columns));

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
