// Keyset-paginated lists of articles: WHERE (key, id) is past the cursor, never OFFSET. Each
// shape of list (which filters, which sort, a cursor or not, what visibility) is prepared once.
import { and, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db, Handle } from '../../db/engine.js';
import { afterCursor, orderByKey } from '../../db/keyset.js';
import { prepared } from '../../db/prepared.js';
import type { ArticleRow } from '../../db/rows.js';
import { statementCache } from '../../db/statement-cache.js';
import type { Cursor } from '../../lib/cursor.js';
import { PAGE_LIMIT_MAX } from '../../lib/http-schemas.js';
import { articlesVisible, byScope, ownerParam, type Viewer } from '../access/index.js';
import {
  type ArticleFilters,
  articleColumns,
  filterConditions,
  filterShape,
  filterValues,
  sortKey,
} from './filters.js';
import type { Reading, ReadModel, RenderShape } from './read-model.js';
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

export function createArticleLists({ db, tables: t, dialect }: Handle, readModel: ReadModel) {
  const { body, bodyHtml, bodyText: _text, publishedSort: _sort, ...summaryColumns } = getTableColumns(t.articles);
  const columns = articleColumns(t);
  const statements = statementCache<object, Run<ArticleListRow>>('article_list');
  const counts = statementCache<object, Run<{ n: number }>>('article_count');

  const shapeOf = (options: Omit<ListOptions, 'withBody'>) => ({
    articles: options.viewer.articles,
    sort: options.sort,
    cursor: options.cursor !== undefined,
    filters: filterShape(options.filters),
  });

  /** The list's query: what `selected` names of the visible articles past the cursor, in order. */
  function query(
    options: Omit<ListOptions, 'withBody'>,
    selected: (sortColumn: SQL<string | number>) => NonNullable<Parameters<Db['select']>[0]>,
  ) {
    const { key, direction } = sortKey(options.sort, columns);
    const where = [
      articlesVisible(byScope(options.viewer), columns, sql.placeholder('bound')),
      ...filterConditions(t, dialect, options.filters, columns),
    ];
    if (options.cursor)
      where.push(
        afterCursor(key, t.articles.id, direction, {
          key: sql.placeholder('cursorKey'),
          id: sql.placeholder('cursorId'),
        }),
      );
    return db
      .select(selected(sql<string | number>`${key}`))
      .from(t.articles)
      .where(and(...where))
      .orderBy(...orderByKey(key, t.articles.id, direction));
  }

  function values(options: Omit<ListOptions, 'withBody'>, take: number): Record<string, unknown> {
    // Newest first past a cursor, "published_sort <= now" and the cursor are two upper bounds on
    // the same index column and SQLite ranges over only one: giving it the lower of the two (the
    // cursor implies it) keeps a page 4,000 deep as cheap as the first.
    const cursorKey = options.cursor?.key;
    const bound =
      options.sort === '-publishedAt' && typeof cursorKey === 'string' && cursorKey < options.now
        ? cursorKey
        : options.now;
    return {
      ...filterValues(dialect, options.filters),
      ...ownerParam(options.viewer),
      bound,
      cursorKey,
      cursorId: options.cursor?.id,
      take,
    };
  }

  function select(options: ListOptions): Promise<ArticleListRow[]> {
    const shape = { ...shapeOf(options), columns: options.withBody ? 'body' : 'summary' };
    const statement = statements(
      shape,
      (name) =>
        prepared(
          name,
          query(options, (sortColumn) => ({
            ...summaryColumns,
            ...(options.withBody ? { body, bodyHtml } : {}),
            sortKey: sortColumn,
          })).limit(sql.placeholder('take')),
        ) as Run<ArticleListRow>,
    );
    return statement(values(options, options.limit));
  }

  return {
    /** A page of articles as rows (for feeds and sitemaps). */
    list: select,
    /** A page as the API answers it, rendered by the read model in the statement that finds it
     *  (one statement, not one for the keys and one for the JSON), with the cursor of the next. */
    async renderList(
      options: Omit<ListOptions, 'withBody'>,
      shape: RenderShape,
      reading: Reading,
    ): Promise<{ json: Buffer; last: Omit<ListKey, 'cursorId'> | undefined }> {
      if (options.limit > PAGE_LIMIT_MAX) throw new Error(`a page holds at most ${PAGE_LIMIT_MAX} articles`);
      const { direction } = sortKey(options.sort, columns);
      const keys = () => {
        const page = query(options, (sortColumn) => ({ id: t.articles.id, sortKey: sortColumn.as('sort_key') }));
        return dialect.firstRows(
          page.getSQL(),
          sql`q.sort_key ${sql.raw(direction)}, q.id ${sql.raw(direction)}`,
          sql.placeholder('take'),
          PAGE_LIMIT_MAX + 1,
        );
      };
      const { json, last } = await readModel.renderKeyed(
        shapeOf(options),
        keys,
        shape,
        values(options, options.limit + 1),
        options.limit,
        reading,
      );
      return { json, last: last && { id: last.id, sortKey: last.sortKey } };
    },
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
