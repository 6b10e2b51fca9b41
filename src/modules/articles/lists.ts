// Keyset-paginated lists of articles: WHERE (key, id) is past the cursor, never OFFSET. Each
// shape of list (which filters, which sort, a cursor or not, what visibility) is prepared once.
import { and, getTableColumns, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { afterCursor, orderByKey } from '../../db/keyset.js';
import { prepared } from '../../db/prepared.js';
import type { ArticleRow } from '../../db/rows.js';
import { statementCache } from '../../db/statement-cache.js';
import type { Cursor } from '../../lib/cursor.js';
import { articlesVisible, byScope, ownerParam, type Viewer } from '../access/index.js';
import {
  type ArticleFilters,
  articleColumns,
  filterConditions,
  filterShape,
  filterValues,
  sortKey,
} from './filters.js';
import type { ArticleSort } from './schema.js';

export type ListOptions = {
  viewer: Viewer;
  now: string;
  filters: ArticleFilters;
  sort: Exclude<ArticleSort, 'relevance'>;
  cursor: Cursor | undefined;
  limit: number;
  withBody: boolean;
};

export type ArticleListRow = Omit<ArticleRow, 'body' | 'bodyHtml' | 'bodyText' | 'publishedSort'> &
  Partial<Pick<ArticleRow, 'body' | 'bodyHtml'>> & { sortKey: string | number };

/** A page's article, its sort key, and what breaks ties on the key in the cursor (the id, or a
 *  search hit's docid); search hits carry their snippet. */
export type ListKey = { id: string; sortKey: string | number; cursorId: string; snippet?: string };

type Run<Row> = (values?: Record<string, unknown>) => Promise<Row[]>;

export function createArticleLists({ db, tables: t, dialect }: Handle) {
  const { body, bodyHtml, bodyText: _text, publishedSort: _sort, ...summaryColumns } = getTableColumns(t.articles);
  const columns = articleColumns(t);
  const statements = statementCache<object, Run<ArticleListRow>>('article_list');
  const counts = statementCache<object, Run<{ n: number }>>('article_count');

  function select(options: ListOptions, keysOnly: boolean): Promise<ArticleListRow[]> {
    const { key, direction } = sortKey(options.sort, columns);
    // Newest first past a cursor, "published_sort <= now" and the cursor are two upper bounds on
    // the same index column and SQLite ranges over only one: giving it the lower of the two (the
    // cursor implies it) keeps a page 4,000 deep as cheap as the first.
    const cursorKey = options.cursor?.key;
    const bound =
      options.sort === '-publishedAt' && typeof cursorKey === 'string' && cursorKey < options.now
        ? cursorKey
        : options.now;
    const shape = {
      articles: options.viewer.articles,
      sort: options.sort,
      cursor: options.cursor !== undefined,
      columns: keysOnly ? 'keys' : options.withBody ? 'body' : 'summary',
      filters: filterShape(options.filters),
    };
    const statement = statements(shape, (name) => {
      const where = [
        articlesVisible(byScope(options.viewer), columns, sql.placeholder('now')),
        ...filterConditions(t, dialect, options.filters, columns),
      ];
      if (options.cursor)
        where.push(
          afterCursor(key, t.articles.id, direction, {
            key: sql.placeholder('cursorKey'),
            id: sql.placeholder('cursorId'),
          }),
        );
      const sortColumn = sql<string | number>`${key}`;
      const selected = keysOnly
        ? { id: t.articles.id, sortKey: sortColumn }
        : { ...summaryColumns, ...(options.withBody ? { body, bodyHtml } : {}), sortKey: sortColumn };
      return prepared(
        name,
        db
          .select(selected)
          .from(t.articles)
          .where(and(...where))
          .orderBy(...orderByKey(key, t.articles.id, direction))
          .limit(sql.placeholder('limit')),
      ) as Run<ArticleListRow>;
    });
    return statement({
      ...filterValues(dialect, options.filters),
      ...ownerParam(options.viewer),
      now: bound,
      cursorKey,
      cursorId: options.cursor?.id,
      limit: options.limit,
    });
  }

  return {
    /** A page of articles as rows (for feeds and sitemaps). */
    list: (options: ListOptions): Promise<ArticleListRow[]> => select(options, false),
    /** A page as ids and sort keys: the API renders the page with the read model. */
    listKeys: async (options: Omit<ListOptions, 'withBody'>): Promise<ListKey[]> =>
      (await select({ ...options, withBody: false }, true)).map((row) => ({
        id: row.id,
        sortKey: row.sortKey,
        cursorId: row.id,
      })),
    count: async (viewer: Viewer, now: string, filters: ArticleFilters): Promise<number> => {
      const statement = counts({ articles: viewer.articles, filters: filterShape(filters) }, (name) =>
        prepared(
          name,
          db
            .select({ n: sql<number>`count(*)` })
            .from(t.articles)
            .where(
              and(
                articlesVisible(byScope(viewer), columns, sql.placeholder('now')),
                ...filterConditions(t, dialect, filters, columns),
              ),
            ),
        ),
      );
      return Number((await statement({ ...filterValues(dialect, filters), ...ownerParam(viewer), now }))[0]!.n);
    },
  };
}
