// Full-text search on PostgreSQL: a tsvector per article in its search row (title, subtitle,
// excerpt and body weighted A to D, and the title alone), GIN-indexed, in the `newsdesk`
// configuration (simple words, accents folded by unaccent: migration 0001). Ranking by relevance
// puts articles whose title matches the whole query first, then ts_rank.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { integerCursorId } from '../../lib/cursor.js';
import {
  type Handle,
  indexableText,
  type SearchColumns,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchSort,
  type SearchWords,
} from '../engine.js';
import { afterCursor, type Direction, orderByKey } from '../keyset.js';
import { prepared } from '../prepared.js';
import { statementCache } from '../statement-cache.js';
import { articleSearch as rows } from './schema.js';

/** Every word a quoted lexeme (words hold letters, digits and marks only), ANDed, the last a
 *  prefix when asked; the configuration folds case and accents. */
export const toTsQuery = ({ words, prefixLast }: SearchWords): string =>
  words.map((word, index) => `'${word}'${prefixLast && index === words.length - 1 ? ':*' : ''}`).join(' & ');

// Articles whose title matches the whole query come first, by an offset larger than any
// ts_rank (at most 1).
const TITLE_MATCH_BONUS = 10;
const query = sql`to_tsquery('newsdesk', ${sql.placeholder('match')})`;
const relevance = sql`(case when ${rows.titleDocument} @@ q.query then ${sql.raw(String(-TITLE_MATCH_BONUS))} else 0 end - ts_rank(${rows.document}, q.query))`;

const searchRow: SearchColumns = {
  id: rows.articleId,
  status: rows.status,
  publishedAt: rows.publishedAt,
  publishedSort: rows.publishedSort,
  section: rows.section,
  title: rows.title,
  updatedAt: rows.updatedAt,
  createdBy: rows.createdBy,
};

function sortKey(sort: SearchSort): { key: SQL; direction: Direction } {
  switch (sort) {
    case '-publishedAt':
      return { key: sql`${rows.publishedSort}`, direction: 'desc' };
    case 'publishedAt':
      return { key: sql`${rows.publishedSort}`, direction: 'asc' };
    case '-updatedAt':
      return { key: sql`${rows.updatedAt}`, direction: 'desc' };
    case 'title':
      return { key: sql`${rows.title}`, direction: 'asc' };
    case 'relevance':
      return { key: relevance, direction: 'asc' };
  }
}

/**
 * Text as PostgreSQL's parser should read it: lower-cased here, so case folds whatever the
 * database's locale; `<`, `>` and `&` as spaces, since the parser reads markup in them (tags,
 * entities, and it skips what follows a `<script>`), while to Newsdesk they separate words.
 */
const documentText = (text: string | null): string =>
  indexableText(text ?? '')
    .replace(/[<>&]/g, ' ')
    .toLowerCase();
const weighted = (text: string | null, weight: 'A' | 'B' | 'C' | 'D') =>
  sql`setweight(to_tsvector('newsdesk', ${documentText(text)}), ${weight})`;

type Run<Row> = (values?: Record<string, unknown>) => Promise<Row[]>;
type Hit = { id: string; docid: number; sortKey: string | number };

export function createPostgresSearch(handle: Handle): SearchIndex {
  const { db } = handle;
  const pages = statementCache<object, Run<Hit>>('pg_search_page');
  const counts = statementCache<object, Run<{ n: number }>>('pg_search_count');
  const where = (request: Omit<SearchRequest, 'sort' | 'cursor' | 'limit'>) => [
    sql`${rows.document} @@ q.query`,
    request.visible(searchRow),
    ...request.filters(searchRow),
  ];

  return {
    async search(request) {
      const statement = pages(
        { sort: request.sort, cursor: request.cursor !== undefined, shape: request.shape },
        (name) => {
          const { key, direction } = sortKey(request.sort);
          const conditions = where(request);
          if (request.cursor)
            conditions.push(
              afterCursor(key, rows.docid, direction, {
                key: sql.placeholder('cursorKey'),
                id: sql.placeholder('cursorId'),
              }),
            );
          return prepared(
            name,
            db
              .select({
                id: sql<string>`${rows.articleId}`,
                docid: sql<number>`${rows.docid}`,
                sortKey: sql<string | number>`${key}`.as('sort_key'),
              })
              .from(rows as never)
              .crossJoin(sql`${query} as q(query)`)
              .where(and(...conditions))
              .orderBy(...orderByKey(key, rows.docid, direction))
              .limit(sql.placeholder('limit')),
          ) as Run<Hit>;
        },
      );
      const match = toTsQuery(request.words);
      const hits = await statement({
        ...request.params,
        match,
        cursorKey: request.cursor?.key,
        cursorId: request.cursor && integerCursorId({ sort: request.sort, ...request.cursor }),
        limit: request.limit,
      });
      return hits.map(
        (hit): SearchHit => ({
          id: hit.id,
          sortKey: typeof hit.sortKey === 'string' ? hit.sortKey : Number(hit.sortKey),
          cursorId: String(hit.docid),
        }),
      );
    },
    async count(request) {
      const statement = counts(
        { shape: request.shape },
        (name) =>
          prepared(
            name,
            db
              .select({ n: sql<number>`count(*)` })
              .from(rows as never)
              .crossJoin(sql`${query} as q(query)`)
              .where(and(...where(request))),
          ) as Run<{ n: number }>,
      );
      return Number((await statement({ ...request.params, match: toTsQuery(request.words) }))[0]!.n);
    },
    async write(document) {
      await db.insert(rows as never).values({
        articleId: document.id,
        slug: document.slug,
        status: document.status,
        publishedAt: document.publishedAt,
        section: document.section,
        title: document.title,
        updatedAt: document.updatedAt,
        createdBy: document.createdBy,
        document: sql`${weighted(document.title, 'A')} || ${weighted(document.subtitle, 'B')} || ${weighted(document.excerpt, 'C')} || ${weighted(document.bodyText, 'D')}`,
        titleDocument: sql`to_tsvector('newsdesk', ${documentText(document.title)})`,
      } as never);
    },
    // Each entry is indexed as it is written.
    async indexLater() {},
    async remove(articleId) {
      await db.delete(rows as never).where(eq(rows.articleId, articleId));
    },
  };
}
