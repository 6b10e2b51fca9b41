// Full-text search on SQLite: FTS5 (unicode61, diacritics folded) over title, subtitle, excerpt
// and body, its rowid the `docid` of the article's narrow search row (article_search), which the
// filters and sort keys read. Ranking by relevance puts articles whose title matches the whole
// query first, then bm25.
import type Database from 'better-sqlite3';
import { and, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { integerCursorId } from '../../lib/cursor.js';
import {
  type Db,
  indexableText,
  MATCH_CLOSE,
  MATCH_OPEN,
  type SearchColumns,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchRequest,
  type SearchSort,
  type SearchWords,
} from '../engine.js';
import { afterCursor, type Direction, orderByKey } from '../keyset.js';
import { prepared } from '../prepared.js';
import { statementCache } from '../statement-cache.js';
import { preparedInsert } from './prepared-insert.js';
import { articleSearch } from './schema.js';

/** Every word a quoted string (so quotes, `*`, NEAR(, AND/OR/NOT, `-` and column filters are just
 *  text), words ANDed, the last one a prefix when asked. */
export function toFtsQuery({ words, prefixLast }: SearchWords): string {
  const terms = words.map((word) => `"${word}"`);
  if (prefixLast) terms[terms.length - 1] += '*';
  return terms.join(' ');
}
/** The same query, matched against the title alone. */
const inTitle = (ftsQuery: string): string => `title : (${ftsQuery})`;

// bm25 is lower for better matches; weights by column: title, subtitle, excerpt, body. Weights
// alone cannot put every title match first (bm25 saturates term frequency and penalises long
// documents), so articles whose title matches the whole query come first, by an offset larger
// than any bm25 score (at most about 2.2 × idf ≈ 30 per term, 32 terms).
const TITLE_MATCH_BONUS = 10_000;
/** A relevance key with the title bonus (bm25 alone stays far above minus half the bonus). */
const inTitleTier = (key: string | number | null): boolean => typeof key === 'number' && key < -TITLE_MATCH_BONUS / 2;
const bm25 = sql`bm25(articles_fts, 10, 4, 2, 1)`;
/** The docids of the articles whose title matches the query. */
const titleMatches = (titleQuery: Placeholder): SQL =>
  sql`(select rowid from articles_fts where articles_fts match ${titleQuery})`;

const searchRow: SearchColumns = {
  id: articleSearch.articleId,
  status: articleSearch.status,
  publishedAt: articleSearch.publishedAt,
  publishedSort: articleSearch.publishedSort,
  section: articleSearch.section,
  title: articleSearch.title,
  updatedAt: articleSearch.updatedAt,
  createdBy: articleSearch.createdBy,
};

function sortKey(sort: SearchSort): { key: SQL; direction: Direction } {
  switch (sort) {
    case '-publishedAt':
      return { key: sql`${articleSearch.publishedSort}`, direction: 'desc' };
    case 'publishedAt':
      return { key: sql`${articleSearch.publishedSort}`, direction: 'asc' };
    case '-updatedAt':
      return { key: sql`${articleSearch.updatedAt}`, direction: 'desc' };
    case 'title':
      return { key: sql`${articleSearch.title}`, direction: 'asc' };
    case 'relevance':
      return {
        key: sql`${bm25} - case when articles_fts.rowid in ${titleMatches(sql.placeholder('titleMatch'))} then ${TITLE_MATCH_BONUS} else 0 end`,
        direction: 'asc',
      };
  }
}

/** Hits of the query joined to their search rows; the index stays the outer loop (CROSS JOIN),
 *  so the MATCH runs once rather than once per article the planner might start from. */
const matching = [
  sql`articles_fts match ${sql.placeholder('match')}`,
  sql`${articleSearch.docid} = articles_fts.rowid`,
];

type Hit = { id: string; docid: number; sortKey: string | number };

type Run<Row> = (values?: Record<string, unknown>) => Promise<Row[]>;

export function createSqliteSearch(db: Db, connection: Database.Database): SearchIndex {
  const visibleRows = statementCache<object, Run<{ docid: number; articleId: string }>>('search_rows');
  const joinedStatements = statementCache<object, Run<Hit>>('search_joined');
  const countStatements = statementCache<object, Run<{ n: number }>>('search_count');
  const insertRow = preparedInsert(connection, articleSearch);
  const insertText = connection.prepare(
    'insert into articles_fts (rowid, title, subtitle, excerpt, body) select docid, ?, ?, ?, ? from article_search where article_id = ?',
  );
  // Index rows for many articles in one statement, their text read back from the rows just
  // written: for a bulk load, half the cost of binding each article's text to its own insert.
  // The replace() calls strip the match markers as indexableText() does.
  const strip = (text: string) =>
    `replace(replace(${text}, char(${MATCH_OPEN.codePointAt(0)}), ''), char(${MATCH_CLOSE.codePointAt(0)}), '')`;
  const insertLater = connection.prepare(
    `insert into articles_fts (rowid, title, subtitle, excerpt, body)
     select s.docid, ${['a.title', "coalesce(a.subtitle, '')", 'a.excerpt', 'a.body_text'].map(strip).join(', ')}
     from json_each(?) k join article_search s on s.article_id = k.value join articles a on a.id = k.value`,
  );
  const removeText = connection.prepare(
    'delete from articles_fts where rowid in (select docid from article_search where article_id = ?)',
  );
  const removeRow = connection.prepare('delete from article_search where article_id = ?');

  // The candidates' search rows by primary key, with the visibility test (CROSS JOIN keeps the
  // short list outside: with the test, SQLite would rather scan the status index).
  const rowsOf = (request: SearchRequest) =>
    visibleRows({ visibility: request.shape }, (name) =>
      prepared(
        name,
        db
          .select({ docid: articleSearch.docid, articleId: articleSearch.articleId })
          .from(sql`json_each(${sql.placeholder('docids')}) as candidate`)
          .crossJoin(articleSearch)
          .where(and(sql`${articleSearch.docid} = candidate.value`, request.visible(searchRow))),
      ),
    );
  // The index's hits by relevance, in two tiers: hits whose title matches (their key is bm25
  // minus the bonus), then the others. The tiers' keys never overlap, so reading the first and
  // then the second gives the `relevance` order, and only a tier that is read has its hits scored.
  // From a tier's first hit, or after a (score, docid) cursor.
  const tierHits = (tier: 'title' | 'rest', afterKey: boolean) =>
    prepared(
      'search_tier',
      db
        .select({
          docid: sql<number>`articles_fts.rowid`,
          sortKey: sql<number>`${bm25}${tier === 'title' ? sql` - ${sql.raw(String(TITLE_MATCH_BONUS))}` : sql``}`.as(
            'sort_key',
          ),
        })
        .from(sql`articles_fts`)
        .where(
          and(
            sql`articles_fts match ${sql.placeholder('match')}`,
            sql`+articles_fts.rowid ${sql.raw(tier === 'title' ? 'in' : 'not in')} ${titleMatches(sql.placeholder('titleMatch'))}`,
            ...(afterKey
              ? [
                  sql`(sort_key, articles_fts.rowid) > (${sql.placeholder('cursorKey')}, ${sql.placeholder('cursorId')})`,
                ]
              : []),
          ),
        )
        .orderBy(sql`sort_key`, sql`articles_fts.rowid`)
        .limit(sql.placeholder('chunk')),
    );
  const tiers = {
    title: { fromFirst: tierHits('title', false), after: tierHits('title', true) },
    rest: { fromFirst: tierHits('rest', false), after: tierHits('rest', true) },
  };
  /** Any sort, any filter: every hit joined to its search row, then sorted. */
  const joined = (request: SearchRequest) =>
    joinedStatements({ sort: request.sort, cursor: request.cursor !== undefined, shape: request.shape }, (name) => {
      const { key, direction } = sortKey(request.sort);
      const where = [...matching, request.visible(searchRow), ...request.filters(searchRow)];
      if (request.cursor)
        where.push(
          afterCursor(key, articleSearch.docid, direction, {
            key: sql.placeholder('cursorKey'),
            id: sql.placeholder('cursorId'),
          }),
        );
      // Ordered by the selected column's name: the key (bm25 and the title test) is computed once
      // per hit, not again for the ORDER BY.
      return prepared(
        name,
        db
          .select({
            id: articleSearch.articleId,
            docid: articleSearch.docid,
            sortKey: sql<string | number>`${key}`.as('sort_key'),
          })
          .from(sql`articles_fts`)
          .crossJoin(articleSearch)
          .where(and(...where))
          .orderBy(...orderByKey(sql`sort_key`, articleSearch.docid, direction))
          .limit(sql.placeholder('limit')),
      );
    });
  const counting = (request: Omit<SearchRequest, 'sort' | 'cursor' | 'limit'>) =>
    countStatements({ shape: request.shape }, (name) =>
      prepared(
        name,
        db
          .select({ n: sql<number>`count(*)` })
          .from(sql`articles_fts`)
          .crossJoin(articleSearch)
          .where(and(...matching, request.visible(searchRow), ...request.filters(searchRow))),
      ),
    );

  /**
   * By relevance with no filter but visibility: the index alone ranks its hits, a tier at a time,
   * and only the best ones are looked up for visibility, a chunk at a time until the page is full.
   */
  async function rankedFirst(request: SearchRequest, params: Record<string, unknown>, limit: number): Promise<Hit[]> {
    const lookup = rowsOf(request);
    const restricted = request.visible(searchRow) !== undefined;
    const page: Hit[] = [];
    const cursor = request.cursor ? { cursorKey: Number(params.cursorKey), cursorId: params.cursorId } : undefined;
    // A cursor past the title tier's keys means that tier is done.
    const order: (keyof typeof tiers)[] = cursor && !inTitleTier(cursor.cursorKey) ? ['rest'] : ['title', 'rest'];
    for (const tier of order) {
      // Most hits are visible: a chunk a little larger than the page usually fills it. A chunk
      // that does not grows fourfold for the next, so hidden hits cost few rounds.
      let chunk = restricted ? Math.max(2 * limit, 64) : limit;
      let after = cursor;
      for (;;) {
        const terms = { match: params.match, titleMatch: params.titleMatch, chunk };
        const candidates = (await (after
          ? tiers[tier].after({ ...terms, ...after })
          : tiers[tier].fromFirst(terms))) as {
          docid: number;
          sortKey: number;
        }[];
        const ids = new Map(
          (await lookup({ ...params, docids: JSON.stringify(candidates.map((hit) => hit.docid)) })).map((row) => [
            row.docid,
            row.articleId,
          ]),
        );
        for (const hit of candidates) {
          const id = ids.get(hit.docid);
          if (id !== undefined) page.push({ id, docid: hit.docid, sortKey: hit.sortKey });
          if (page.length === limit) return page;
        }
        if (candidates.length < chunk) break;
        const last = candidates.at(-1)!;
        after = { cursorKey: last.sortKey, cursorId: last.docid };
        chunk *= 4;
      }
    }
    return page;
  }

  const paramsOf = (request: Pick<SearchRequest, 'words' | 'params'>) => {
    const match = toFtsQuery(request.words);
    return { ...request.params, match, titleMatch: inTitle(match) };
  };

  return {
    async search(request) {
      const params = {
        ...paramsOf(request),
        cursorKey: request.cursor?.key,
        cursorId: request.cursor && integerCursorId({ sort: request.sort, ...request.cursor }),
        limit: request.limit,
      };
      const unfiltered = request.filters(searchRow).length === 0;
      const hits =
        request.sort === 'relevance' && unfiltered
          ? await rankedFirst(request, params, request.limit)
          : ((await joined(request)(params)) as Hit[]);
      // Hits tie on their sort key in docid order, so the cursor carries the docid.
      return hits.map((hit): SearchHit => ({ id: hit.id, sortKey: hit.sortKey, cursorId: String(hit.docid) }));
    },
    async count(request) {
      return (await counting(request)(paramsOf(request)))[0]!.n;
    },
    async write(document: SearchDocument, later = false) {
      insertRow({
        articleId: document.id,
        slug: document.slug,
        status: document.status,
        publishedAt: document.publishedAt,
        section: document.section,
        title: document.title,
        updatedAt: document.updatedAt,
        createdBy: document.createdBy,
      });
      if (!later)
        insertText.run(
          ...[document.title, document.subtitle ?? '', document.excerpt, document.bodyText].map(indexableText),
          document.id,
        );
    },
    async indexLater(articleIds) {
      if (articleIds.length > 0) insertLater.run(JSON.stringify(articleIds));
    },
    async remove(articleId) {
      removeText.run(articleId);
      removeRow.run(articleId);
    },
  };
}
