// Articles: SQL only. Lists are keyset-paginated; embedded objects are fetched for a whole page
// at once (one statement per kind of include, whatever the page size).

import type Database from 'better-sqlite3';
import { and, eq, getTableColumns, gt, lte, type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { jsonArraySql, jsonObjectSql, jsonOneSql } from '../../db/json-sql.js';
import { afterCursor, type Direction, inJsonArray, orderByKey } from '../../db/keyset.js';
import { preparedInsert } from '../../db/prepared-insert.js';
import {
  type ArticleRow,
  type AuthorRow,
  articleAuthors,
  articleRevisions,
  articleSearch,
  articleSlugHistory,
  articles,
  articleTags,
  authors,
  images,
  relatedLinks,
} from '../../db/schema.js';
import { type Cursor, integerCursorId } from '../../lib/cursor.js';
import { authorSchema } from '../authors/schema.js';
import { srcsetOf } from '../images/media-formats.js';
import { imageSchema } from '../images/schema.js';
import { relatedLinkSchema } from '../related/schema.js';
import { type ArticleSort, articleSchema, type Field, type Include } from './schema.js';
import { indexableText, inTitle, MATCH_CLOSE, MATCH_OPEN } from './search.js';

export type Visibility = 'public' | 'all';

/** An article as written (the generated sort column is SQLite's business). */
export type StoredArticle = Omit<ArticleRow, 'publishedSort'>;

export type ArticleFilters = {
  status?: ArticleRow['status'] | undefined;
  section?: string | undefined;
  tag?: string | undefined;
  authorId?: string | undefined;
  publishedAfter?: string | undefined;
  publishedBefore?: string | undefined;
  /** An FTS5 query from `toFtsQuery`. */
  match?: string | undefined;
};

export type ArticleListRow = Omit<ArticleRow, 'body' | 'bodyHtml' | 'bodyText' | 'publishedSort'> &
  Partial<Pick<ArticleRow, 'body' | 'bodyHtml'>> & { sortKey: string | number };

const { body, bodyHtml, bodyText, publishedSort, ...summaryColumns } = getTableColumns(articles);

export type ListOptions = {
  visibility: Visibility;
  now: string;
  filters: ArticleFilters;
  sort: ArticleSort;
  cursor: Cursor | undefined;
  limit: number;
  withBody: boolean;
};
/** A page's article, its sort key, and what breaks ties on the key in the cursor (the id, or a
 *  search hit's docid); search hits carry their snippet. */
export type ListKey = { id: string; sortKey: string | number; cursorId: string; snippet?: string };

/** The columns filters and sort keys read: the article's own, or its search row's copies. */
type Filterable = Record<
  'id' | 'status' | 'publishedAt' | 'publishedSort' | 'section' | 'title' | 'updatedAt',
  SQLWrapper
>;
const articleColumns: Filterable = pickFilterable(articles, articles.id);
const searchColumns: Filterable = pickFilterable(articleSearch, articleSearch.articleId);
function pickFilterable(table: Omit<Filterable, 'id'>, id: SQLWrapper): Filterable {
  const { status, publishedAt, publishedSort, section, title, updatedAt } = table;
  return { id, status, publishedAt, publishedSort, section, title, updatedAt };
}

/** What the public may see: published, and not scheduled for later. */
// Compared on published_sort (= published_at for published rows) so that the index on
// (status, published_sort, id) bounds the range: scheduled articles are skipped without reading them.
const visibleIn = (columns: Filterable, now: string | Placeholder): SQL =>
  and(eq(columns.status, 'published'), lte(columns.publishedSort, now))!;
export const publiclyVisible = (now: string | Placeholder): SQL => visibleIn(articleColumns, now);

// bm25 is lower for better matches; weights by column: title, subtitle, excerpt, body.
// Weights alone cannot put every title match first (bm25 saturates term frequency and
// penalises long documents: a long article with the word in its title would lose to a short one
// that repeats it in the body), so articles whose title matches the whole query come first, by
// an offset larger than any bm25 score (at most about 2.2 × idf ≈ 30 per term, 32 terms).
const TITLE_MATCH_BONUS = 10_000;
/** A relevance key with the title bonus (bm25 alone stays far above minus half the bonus). */
const inTitleTier = (key: string | number): boolean => typeof key === 'number' && key < -TITLE_MATCH_BONUS / 2;
/** The query, and the same query on titles alone (inTitle), as placeholders or values. */
type FtsQuery = { match: string | Placeholder; inTitle: string | Placeholder };
const bm25 = sql`bm25(articles_fts, 10, 4, 2, 1)`;
/** The docids of the articles whose title matches the query. */
const titleMatches = (inTitle: string | Placeholder): SQL =>
  sql`(select rowid from articles_fts where articles_fts match ${inTitle})`;
const relevance = (query: FtsQuery): SQL =>
  sql`${bm25} - case when articles_fts.rowid in ${titleMatches(query.inTitle)} then ${TITLE_MATCH_BONUS} else 0 end`;

function sortKey(
  sort: ArticleSort,
  query: FtsQuery | undefined,
  columns: Filterable,
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
    case 'relevance':
      // The query schema refuses sort=relevance without q.
      if (query === undefined) throw new Error('sort=relevance needs a full-text query');
      return { key: relevance(query), direction: 'asc' };
  }
}

const SNIPPET_TOKENS = 24;
/** The best passage of the body (of the excerpt when there is no body text), matches marked. */
const snippet = (): SQL<string> =>
  sql<string>`case when articles_fts.body = '' then snippet(articles_fts, 2, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', ${SNIPPET_TOKENS})
    else snippet(articles_fts, 3, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', ${SNIPPET_TOKENS}) end`;

/** Hits of a full-text query joined to their search rows; the index stays the outer loop (CROSS
 *  JOIN), so the MATCH runs once rather than once per article the planner might start from. */
const matching = (match: string | Placeholder): SQL[] => [
  sql`articles_fts match ${match}`,
  sql`${articleSearch.docid} = articles_fts.rowid`,
];

// ---- The read model: an article's JSON as the API answers it, built by SQLite ----
// One statement per read (the article with every embed it asked for), one per page of a list.
// Service-side toArticle() builds the same JSON from rows for write responses; a test holds the
// two to the same output for every viewer, include and field selection.

/** What one rendering shows: it decides the statement, which is prepared once per shape. */
export type RenderShape = {
  visibility: Visibility;
  include: readonly Include[];
  fields: readonly Field[] | undefined;
  withBody: boolean;
  /** Search results carry the snippet given with each id of the page. */
  withSnippet?: boolean;
};

/** Keys kept whatever `fields` says: embeds asked for, attribution, the search snippet. */
const ALWAYS_KEPT = new Set(['authors', 'featuredImage', 'related', 'createdBy', 'updatedBy', 'snippet']);
const ONLY_FOR_EDITORS = new Set(['createdBy', 'updatedBy']);
const visibleSql = (alias: string) => `${alias}.status = 'published' and ${alias}.published_sort <= :now`;

function articleJsonSql(shape: RenderShape): string {
  const wanted = shape.fields && shape.fields.length > 0 ? new Set<string>(shape.fields) : undefined;
  const keys = Object.keys(articleSchema.shape).filter((key) => {
    if ((key === 'body' || key === 'bodyHtml') && !shape.withBody) return false;
    if (ONLY_FOR_EDITORS.has(key) && shape.visibility !== 'all') return false;
    if (key === 'authors' || key === 'featuredImage' || key === 'related') return shape.include.includes(key);
    if (key === 'snippet') return shape.withSnippet === true;
    return wanted === undefined || wanted.has(key) || ALWAYS_KEPT.has(key);
  });
  const authorKeys = Object.keys(authorSchema.shape).filter((key) => key !== 'email' || shape.visibility === 'all');
  const authorJson = jsonObjectSql(authors, 'au', authorKeys);
  const imageJson = jsonObjectSql(images, 'i', Object.keys(imageSchema.shape), {
    // Stored times are ISO-8601 in UTC, so text order is time order.
    rightsExpired: `json(case when i.rights_expires_at is not null and i.rights_expires_at <= :now then 'true' else 'false' end)`,
    srcset: `json(newsdesk_srcset(i.sha256, i.file_ext, i.width))`,
  });
  // The public never sees a link to an internal article it could not open.
  const relatedVisible =
    shape.visibility === 'public'
      ? `and (r.target_article_id is null or exists (select 1 from articles t where t.id = r.target_article_id and ${visibleSql('t')}))`
      : '';
  return jsonObjectSql(articles, 'a', keys, {
    seo: `json_object('title', a.seo_title, 'description', a.seo_description)`,
    authors: jsonArraySql(
      authorJson,
      'from article_authors aa join authors au on au.id = aa.author_id where aa.article_id = a.id',
      'aa.position',
    ),
    featuredImage: jsonOneSql(imageJson, 'from images i where i.id = a.featured_image_id'),
    related: jsonArraySql(
      jsonObjectSql(relatedLinks, 'r', Object.keys(relatedLinkSchema.shape)),
      `from related_links r where r.article_id = a.id ${relatedVisible}`,
      'r.position',
    ),
    snippet: 'k.value ->> 1',
  });
}

/** Statements are kept per shape; `fields` makes many shapes possible, so the cache is bounded. */
const MAX_RENDER_SHAPES = 256;

export function createArticleRepository(db: Db) {
  // srcset is computed by the same function the JS side uses, called from SQL.
  db.$client.function('newsdesk_srcset', { deterministic: true }, (sha256: unknown, ext: unknown, width: unknown) =>
    JSON.stringify(
      typeof sha256 === 'string' && typeof ext === 'string'
        ? srcsetOf(sha256, ext, typeof width === 'number' || typeof width === 'bigint' ? Number(width) : null)
        : [],
    ),
  );
  const renderStatements = new Map<string, Database.Statement>();
  function renderStatement(kind: 'id' | 'slug' | 'page', shape: RenderShape): Database.Statement {
    const key = `${kind}|${shape.visibility}|${shape.withBody}|${shape.withSnippet === true}|${shape.include.join(',')}|${shape.fields?.join(',') ?? ''}`;
    let statement = renderStatements.get(key);
    if (statement) return statement;
    const visible = shape.visibility === 'public' ? ` and ${visibleSql('a')}` : '';
    // Answers are blobs (UTF-8 bytes): hashed for the ETag and written to the socket as they are,
    // with no V8 string made of them and none encoded back.
    const text =
      kind === 'page'
        ? // The page's ids in order (with their snippets), each joined to its article by key.
          `select cast('[' || coalesce(group_concat(${articleJsonSql(shape)}, ',' order by k.key), '') || ']' as blob)
             from json_each(:page) k cross join articles a on a.id = k.value ->> 0`
        : `select a.version, cast(${articleJsonSql(shape)} as blob) from articles a where a.${kind} = :key${visible}`;
    statement = db.$client.prepare(text).raw();
    if (renderStatements.size >= MAX_RENDER_SHAPES) renderStatements.clear();
    renderStatements.set(key, statement);
    return statement;
  }

  const visibleById = db
    .select()
    .from(articles)
    .where(and(eq(articles.id, sql.placeholder('id')), publiclyVisible(sql.placeholder('now'))))
    .prepare();
  const visibleBySlug = db
    .select()
    .from(articles)
    .where(and(eq(articles.slug, sql.placeholder('slug')), publiclyVisible(sql.placeholder('now'))))
    .prepare();
  const anyById = db
    .select()
    .from(articles)
    .where(eq(articles.id, sql.placeholder('id')))
    .prepare();
  const anyBySlug = db
    .select()
    .from(articles)
    .where(eq(articles.slug, sql.placeholder('slug')))
    .prepare();
  const authorsOf = db
    .select({ articleId: articleAuthors.articleId, author: authors })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inJsonArray(articleAuthors.articleId, sql.placeholder('ids')))
    .orderBy(articleAuthors.articleId, articleAuthors.position)
    .prepare();
  const imagesByIds = db
    .select()
    .from(images)
    .where(inJsonArray(images.id, sql.placeholder('ids')))
    .prepare();
  const relatedOf = db
    .select()
    .from(relatedLinks)
    .where(inJsonArray(relatedLinks.articleId, sql.placeholder('ids')))
    .orderBy(relatedLinks.articleId, relatedLinks.position)
    .prepare();
  // Related links to internal articles the public cannot see are hidden from the public.
  const publicRelatedOf = db
    .select(getTableColumns(relatedLinks))
    .from(relatedLinks)
    .leftJoin(articles, eq(articles.id, relatedLinks.targetArticleId))
    .where(
      and(
        inJsonArray(relatedLinks.articleId, sql.placeholder('ids')),
        sql`(${relatedLinks.targetArticleId} is null or (${publiclyVisible(sql.placeholder('now'))}))`,
      ),
    )
    .orderBy(relatedLinks.articleId, relatedLinks.position)
    .prepare();

  const listStatements = new Map<string, { all: (params: Record<string, unknown>) => unknown[] }>();
  const inserts = {
    article: preparedInsert(db, articles),
    author: preparedInsert(db, articleAuthors),
    tag: preparedInsert(db, articleTags),
    search: preparedInsert(db, articleSearch),
    revision: preparedInsert(db, articleRevisions),
    fts: (
      (statement) =>
      (...values: string[]) =>
        void statement.run(values)
    )(
      db.$client.prepare(
        'insert into articles_fts (rowid, title, subtitle, excerpt, body) select docid, ?, ?, ?, ? from article_search where article_id = ?',
      ),
    ),
  };
  /** What follows an article's row: byline and tag rows, its search and index rows (the index
   *  row shares the search row's docid), and the revision. */
  function writeDependents(row: StoredArticle, indexNow = true): void {
    for (const [position, authorId] of row.authorIds.entries())
      inserts.author({ articleId: row.id, authorId, position });
    for (const tag of row.tags) inserts.tag({ articleId: row.id, tag });
    inserts.search(searchRowOf(row));
    if (indexNow) inserts.fts(...ftsValuesOf(row), row.id);
    inserts.revision(revisionOf(row));
  }
  // Index rows for many articles in one statement, their text read back from the rows just
  // written: for a bulk load, half the cost of binding each article's text to its own insert.
  // The replace() calls strip the match markers as indexableText() does (and migration 0002).
  const indexLater = db.$client.prepare(
    `insert into articles_fts (rowid, title, subtitle, excerpt, body)
     select s.docid, ${['a.title', "coalesce(a.subtitle, '')", 'a.excerpt', 'a.body_text'].map((text) => `replace(replace(${text}, char(${MATCH_OPEN.codePointAt(0)}), ''), char(${MATCH_CLOSE.codePointAt(0)}), '')`).join(', ')}
     from json_each(?) k join article_search s on s.article_id = k.value join articles a on a.id = k.value`,
  );

  const retiredSlug = db
    .select({ articleId: articleSlugHistory.articleId })
    .from(articleSlugHistory)
    .where(eq(articleSlugHistory.slug, sql.placeholder('slug')))
    .prepare();

  function conditions(
    visibility: Visibility,
    now: string | Placeholder,
    filters: ArticleFilters,
    columns: Filterable,
  ): SQL[] {
    const where: SQL[] = [];
    if (visibility === 'public') where.push(visibleIn(columns, now));
    if (filters.status) where.push(eq(columns.status, filters.status));
    if (filters.section) where.push(eq(columns.section, filters.section));
    if (filters.tag)
      where.push(
        sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${columns.id} and ${articleTags.tag} = ${filters.tag})`,
      );
    if (filters.authorId)
      where.push(
        sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${columns.id} and ${articleAuthors.authorId} = ${filters.authorId})`,
      );
    if (filters.publishedAfter) where.push(gt(columns.publishedAt, filters.publishedAfter));
    if (filters.publishedBefore) where.push(sql`${columns.publishedAt} < ${filters.publishedBefore}`);
    return where;
  }

  /** A page of search results: the hits' ids and sort keys from the index and the search rows,
   *  then the page's snippets (two statements, whatever the number of hits). Both are prepared
   *  once per shape of query, like the lists. */
  const searchStatements = new Map<string, { all: (params: Record<string, unknown>) => unknown[] }>();
  const snippetsOf = db
    .select({ docid: sql<number>`articles_fts.rowid`, snippet: snippet() })
    .from(sql`articles_fts`)
    // `+rowid` keeps the list a filter on one pass over the hits: as an index constraint it would
    // re-run the MATCH once per row.
    .where(
      and(
        sql`articles_fts match ${sql.placeholder('match')}`,
        inJsonArray(sql`+articles_fts.rowid`, sql.placeholder('docids')),
      ),
    )
    .prepare();
  // The candidates' search rows by primary key (CROSS JOIN keeps the short list outside: with
  // the visibility test, SQLite would rather scan the status index over every published row).
  const searchRowsOf = (visibility: Visibility) =>
    db
      .select({ docid: articleSearch.docid, articleId: articleSearch.articleId })
      .from(sql`json_each(${sql.placeholder('docids')}) as candidate`)
      .crossJoin(articleSearch)
      .where(
        and(
          sql`${articleSearch.docid} = candidate.value`,
          ...(visibility === 'public' ? [visibleIn(searchColumns, sql.placeholder('now'))] : []),
        ),
      )
      .prepare();
  const visibleSearchRows = searchRowsOf('public');
  const anySearchRows = searchRowsOf('all');
  // The index's hits by relevance, in two tiers: hits whose title matches (their key is bm25 minus
  // the bonus), then the others (bm25 alone). The tiers' keys never overlap, so reading the first
  // and then the second gives the order `relevance` defines, and only a tier that is read has its
  // hits scored: bm25 is most of a search's cost (~0.5 µs a hit), and the first page of a common
  // word is usually all title matches (a word in ~8,400 of 100,000 articles: 5.4 ms to rank every
  // hit, 1.7 ms for its ~600 title matches). The tier test filters one pass over the hits
  // (`+rowid`): as an index constraint it would re-run the MATCH once per row.
  // From a tier's first hit, or after a (score, docid) cursor (a condition on the score computes
  // it twice per hit: only pages after the first pay for that).
  const tierHits = (tier: 'title' | 'rest', afterCursor: boolean) =>
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
          ...(afterCursor
            ? [sql`(sort_key, articles_fts.rowid) > (${sql.placeholder('cursorKey')}, ${sql.placeholder('cursorId')})`]
            : []),
        ),
      )
      .orderBy(sql`sort_key`, sql`articles_fts.rowid`)
      .limit(sql.placeholder('chunk'))
      .prepare();
  const tiers = {
    title: { fromFirst: tierHits('title', false), after: tierHits('title', true) },
    rest: { fromFirst: tierHits('rest', false), after: tierHits('rest', true) },
  };
  function search(match: string, options: ListOptions): ListKey[] {
    const present = (Object.keys(options.filters) as (keyof ArticleFilters)[])
      .filter((name) => name !== 'match' && options.filters[name] !== undefined)
      .sort();
    const params = {
      ...options.filters,
      match,
      titleMatch: inTitle(match),
      now: options.now,
      cursorKey: options.cursor?.key,
      cursorId: options.cursor && integerCursorId(options.cursor),
      limit: options.limit,
    };
    const hits =
      options.sort === 'relevance' && present.length === 0
        ? rankedFirst(params, options)
        : joinedFirst(params, options, present);
    if (hits.length === 0) return [];
    // The snippet pass walks every hit of its query to find the page's. When the page holds title
    // matches only, the query also asks for the title match, so the walk covers those alone; the
    // snippets are the same (a phrase held to the title has no matches in the body to mark).
    const titleMatchesOnly = options.sort === 'relevance' && hits.every((hit) => inTitleTier(hit.sortKey));
    const snippetMatch = titleMatchesOnly ? `(${match}) AND (${inTitle(match)})` : match;
    const snippets = new Map(
      snippetsOf
        .all({ match: snippetMatch, docids: JSON.stringify(hits.map((hit) => hit.docid)) })
        .map((row) => [row.docid, row.snippet]),
    );
    // Hits tie on their sort key in docid order, so the cursor carries the docid.
    return hits.map((hit) => ({
      id: hit.id,
      sortKey: hit.sortKey,
      cursorId: String(hit.docid),
      snippet: snippets.get(hit.docid) ?? '',
    }));
  }

  type Hit = { id: string; docid: number; sortKey: string | number };
  type SearchParams = Record<string, unknown> & { limit: number };

  /** Any sort, any filter: every hit joined to its search row, then sorted. */
  function joinedFirst(params: SearchParams, options: ListOptions, present: (keyof ArticleFilters)[]): Hit[] {
    const shape = [options.visibility, options.sort, options.cursor ? 'cursor' : '', ...present].join('|');
    let statement = searchStatements.get(shape);
    if (!statement) {
      const { key, direction } = sortKey(
        options.sort,
        { match: sql.placeholder('match'), inTitle: sql.placeholder('titleMatch') },
        searchColumns,
      );
      const placeholders = Object.fromEntries(
        present.map((name) => [name, sql.placeholder(name)]),
      ) as unknown as ArticleFilters;
      const where = conditions(options.visibility, sql.placeholder('now'), placeholders, searchColumns);
      if (options.cursor)
        where.push(
          afterCursor(key, articleSearch.docid, direction, {
            key: sql.placeholder('cursorKey'),
            id: sql.placeholder('cursorId'),
          }),
        );
      // Ordered by the selected column's name: the key (bm25 and the title test) is computed once
      // per hit, not again for the ORDER BY.
      statement = db
        .select({
          id: articleSearch.articleId,
          docid: articleSearch.docid,
          sortKey: sql<string | number>`${key}`.as('sort_key'),
        })
        .from(sql`articles_fts`)
        .crossJoin(articleSearch)
        .where(and(...matching(sql.placeholder('match')), ...where))
        .orderBy(...orderByKey(sql`sort_key`, articleSearch.docid, direction))
        .limit(sql.placeholder('limit'))
        .prepare();
      searchStatements.set(shape, statement);
    }
    return statement.all(params) as Hit[];
  }

  /**
   * By relevance with no filter but visibility: the index alone ranks its hits, a tier at a time,
   * and only the best ones are looked up for visibility, a chunk at a time until the page is full.
   * Joining every hit to its search row first cost ~12 of ~16 ms for a word in 7,155 of 100,000
   * articles.
   */
  function rankedFirst(params: SearchParams, options: ListOptions): Hit[] {
    const lookup = options.visibility === 'public' ? visibleSearchRows : anySearchRows;
    const page: Hit[] = [];
    const cursor = options.cursor ? { cursorKey: Number(params.cursorKey), cursorId: params.cursorId } : undefined;
    // A cursor past the title tier's keys means that tier is done. A cursor applies to either
    // tier as it is: every key of the rest is above every key of the title tier.
    const order: (keyof typeof tiers)[] = cursor && !inTitleTier(cursor.cursorKey) ? ['rest'] : ['title', 'rest'];
    for (const tier of order) {
      // Most hits are visible: a chunk a little larger than the page usually fills it. A chunk that
      // does not, grows fourfold for the next, so hidden hits cost few rounds whatever their number.
      let chunk = options.visibility === 'public' ? Math.max(2 * params.limit, 64) : params.limit;
      let after = cursor;
      for (;;) {
        const terms = { match: params.match, titleMatch: params.titleMatch, chunk };
        const candidates = (
          after ? tiers[tier].after.all({ ...terms, ...after }) : tiers[tier].fromFirst.all(terms)
        ) as { docid: number; sortKey: number }[];
        const ids = new Map(
          lookup
            .all({ docids: JSON.stringify(candidates.map((hit) => hit.docid)), now: options.now })
            .map((row) => [row.docid, row.articleId]),
        );
        for (const hit of candidates) {
          const id = ids.get(hit.docid);
          if (id !== undefined) page.push({ id, docid: hit.docid, sortKey: hit.sortKey });
          if (page.length === params.limit) return page;
        }
        if (candidates.length < chunk) break;
        const last = candidates.at(-1)!;
        after = { cursorKey: last.sortKey, cursorId: last.docid };
        chunk *= 4;
      }
    }
    return page;
  }

  function select(options: ListOptions, keysOnly: boolean): ArticleListRow[] {
    if (options.filters.match !== undefined) throw new Error('a full-text query lists keys only (listKeys)');
    const { key, direction } = sortKey(options.sort, undefined, articleColumns);
    // Newest first past a cursor, "published_sort <= now" and the cursor are two upper bounds on
    // the same index column and SQLite ranges over only one: giving it the lower of the two (the
    // cursor implies it) keeps a page 4,000 deep as cheap as the first.
    const cursorKey = options.cursor?.key;
    const bound =
      options.sort === '-publishedAt' && typeof cursorKey === 'string' && cursorKey < options.now
        ? cursorKey
        : options.now;
    // Building a query costs more than running it here, so each shape of list (which filters,
    // which sort, a cursor or not) is prepared once with placeholders and reused.
    const present = (Object.keys(options.filters) as (keyof ArticleFilters)[])
      .filter((name) => options.filters[name] !== undefined)
      .sort();
    const shape = [
      options.visibility,
      options.sort,
      options.cursor ? 'cursor' : '',
      keysOnly ? 'keys' : options.withBody ? 'body' : '',
      ...present,
    ].join('|');
    let statement = listStatements.get(shape);
    if (!statement) {
      const placeholders = Object.fromEntries(
        present.map((name) => [name, sql.placeholder(name)]),
      ) as unknown as ArticleFilters;
      const where = conditions(options.visibility, sql.placeholder('now'), placeholders, articleColumns);
      if (options.cursor)
        where.push(
          afterCursor(key, articles.id, direction, {
            key: sql.placeholder('cursorKey'),
            id: sql.placeholder('cursorId'),
          }),
        );
      const sortColumn = sql<string | number>`${key}`;
      const columns = keysOnly
        ? { id: articles.id, sortKey: sortColumn }
        : { ...summaryColumns, ...(options.withBody ? { body, bodyHtml } : {}), sortKey: sortColumn };
      statement = db
        .select(columns)
        .from(articles)
        .where(and(...where))
        .orderBy(...orderByKey(key, articles.id, direction))
        .limit(sql.placeholder('limit'))
        .prepare();
      listStatements.set(shape, statement);
    }
    return statement.all({
      ...options.filters,
      now: bound,
      cursorKey,
      cursorId: options.cursor?.id,
      limit: options.limit,
    }) as ArticleListRow[];
  }

  return {
    /** One article's JSON and version, by id or slug, or undefined when the viewer cannot see it. */
    render(
      by: 'id' | 'slug',
      key: string,
      shape: RenderShape,
      now: string,
    ): { version: number; json: Buffer } | undefined {
      const row = renderStatement(by, shape).get({ key, now }) as [number, Buffer] | undefined;
      return row && { version: row[0], json: row[1] };
    },
    /** A JSON array of the articles in `page` order (ids already filtered by the list query). */
    renderPage(page: readonly { id: string; snippet?: string | undefined }[], shape: RenderShape, now: string): Buffer {
      const row = renderStatement('page', shape).get({
        page: JSON.stringify(page.map((item) => [item.id, item.snippet ?? null])),
        now,
      }) as [Buffer];
      return row[0];
    },
    findById: (id: string, visibility: Visibility, now: string): ArticleRow | undefined =>
      visibility === 'public' ? visibleById.get({ id, now }) : anyById.get({ id }),
    findBySlug: (slug: string, visibility: Visibility, now: string): ArticleRow | undefined =>
      visibility === 'public' ? visibleBySlug.get({ slug, now }) : anyBySlug.get({ slug }),
    /** A slug is taken by another article's current slug or by one it used to have. */
    slugTaken: (slug: string, exceptId?: string): boolean => {
      const owner = anyBySlug.get({ slug })?.id ?? retiredSlug.get({ slug })?.articleId;
      return owner !== undefined && owner !== exceptId;
    },
    /** The article that used to have this slug, if any. */
    findByRetiredSlug: (slug: string): string | undefined => retiredSlug.get({ slug })?.articleId,
    existingIds: (ids: readonly string[]): Set<string> =>
      new Set(
        db
          .select({ id: articles.id })
          .from(articles)
          .where(inJsonArray(articles.id, JSON.stringify(ids)))
          .all()
          .map((row) => row.id),
      ),

    /** A page of articles as rows (for feeds and sitemaps). */
    list: (options: ListOptions): ArticleListRow[] => select(options, false),
    /** A page as ids, sort keys and snippets only: the API renders the page with renderPage. */
    listKeys: (options: Omit<ListOptions, 'withBody'>): ListKey[] =>
      options.filters.match !== undefined
        ? search(options.filters.match, { ...options, withBody: false })
        : select({ ...options, withBody: false }, true).map((row) => ({
            id: row.id,
            sortKey: row.sortKey,
            cursorId: row.id,
          })),

    count(visibility: Visibility, now: string, filters: ArticleFilters): number {
      const n = sql<number>`count(*)`;
      if (filters.match !== undefined) {
        const where = conditions(visibility, now, filters, searchColumns);
        return db
          .select({ n })
          .from(sql`articles_fts`)
          .crossJoin(articleSearch)
          .where(and(...matching(filters.match), ...where))
          .get()!.n;
      }
      return db
        .select({ n })
        .from(articles)
        .where(and(...conditions(visibility, now, filters, articleColumns)))
        .get()!.n;
    },

    authorsOf(articleIds: readonly string[]): Map<string, AuthorRow[]> {
      const byArticle = new Map<string, AuthorRow[]>();
      for (const row of authorsOf.all({ ids: JSON.stringify(articleIds) })) {
        const list = byArticle.get(row.articleId) ?? [];
        list.push(row.author);
        byArticle.set(row.articleId, list);
      }
      return byArticle;
    },
    imagesByIds: (ids: readonly string[]) => (ids.length === 0 ? [] : imagesByIds.all({ ids: JSON.stringify(ids) })),
    relatedOf: (articleIds: readonly string[], visibility: Visibility, now: string) =>
      visibility === 'public'
        ? publicRelatedOf.all({ ids: JSON.stringify(articleIds), now })
        : relatedOf.all({ ids: JSON.stringify(articleIds) }),

    // Every write of an article also writes its revision: no change can skip the history.
    // A new article has no join, search or revision rows yet: prepared inserts only.
    /** With `searchIndex: 'later'`, the article is searchable once indexForSearch(its id) ran in
     *  the same transaction (bulk loads index a batch at once). */
    insert(_tx: Db, row: StoredArticle, options: { searchIndex: 'now' | 'later' } = { searchIndex: 'now' }): void {
      inserts.article(row);
      writeDependents(row, options.searchIndex === 'now');
    },
    indexForSearch(_tx: Db, ids: readonly string[]): void {
      if (ids.length > 0) indexLater.run(JSON.stringify(ids));
    },
    update(tx: Db, row: StoredArticle, previousSlug: string): void {
      const { id, createdAt, ...changes } = row;
      tx.update(articles).set(changes).where(eq(articles.id, id)).run();
      tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id)).run();
      tx.delete(articleTags).where(eq(articleTags.articleId, id)).run();
      removeFromSearchIndex(tx, id);
      writeDependents(row);
      if (previousSlug !== row.slug) {
        tx.delete(articleSlugHistory).where(eq(articleSlugHistory.slug, row.slug)).run();
        tx.insert(articleSlugHistory).values({ slug: previousSlug, articleId: id, retiredAt: row.updatedAt }).run();
      }
    },
    markAnnounced: (tx: Db, id: string): void =>
      void tx.update(articles).set({ announced: true }).where(eq(articles.id, id)).run(),
    revisions: (articleId: string) =>
      db
        .select({
          number: articleRevisions.number,
          createdAt: articleRevisions.createdAt,
          createdBy: articleRevisions.createdBy,
        })
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, articleId))
        .orderBy(sql`${articleRevisions.number} desc`)
        .all(),
    revision: (articleId: string, number: number) =>
      db
        .select()
        .from(articleRevisions)
        .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
        .get() as
        | {
            articleId: string;
            number: number;
            snapshot: Omit<StoredArticle, 'bodyHtml' | 'bodyText'>;
            createdAt: string;
            createdBy: string | null;
          }
        | undefined,
    delete(tx: Db, id: string): void {
      removeFromSearchIndex(tx, id);
      tx.delete(articles).where(eq(articles.id, id)).run();
    },

    /** Articles using an author (for 409s and forced detaching). */
    usingAuthor: (authorId: string) =>
      db
        .select({ id: articles.id, slug: articles.slug })
        .from(articles)
        .innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id))
        .where(eq(articleAuthors.authorId, authorId))
        .all(),
    /** Articles whose featured image or body uses an image. */
    usingImage: (imageId: string): ArticleRow[] =>
      db
        .select()
        .from(articles)
        .where(
          sql`${articles.featuredImageId} = ${imageId} or exists (select 1 from json_each(${articles.body}) where json_extract(value, '$.imageId') = ${imageId})`,
        )
        .all(),
  };
}

function revisionOf(row: StoredArticle): typeof articleRevisions.$inferInsert {
  // The derived HTML and text are left out: a revision is what the editor wrote.
  const { bodyText, bodyHtml, ...snapshot } = row;
  return { articleId: row.id, number: row.version, snapshot, createdAt: row.updatedAt, createdBy: row.updatedBy };
}

type Searchable = Pick<
  ArticleRow,
  'id' | 'slug' | 'title' | 'subtitle' | 'excerpt' | 'bodyText' | 'status' | 'publishedAt' | 'section' | 'updatedAt'
>;
const searchRowOf = (row: Searchable): typeof articleSearch.$inferInsert => ({
  articleId: row.id,
  slug: row.slug,
  status: row.status,
  publishedAt: row.publishedAt,
  section: row.section,
  title: row.title,
  updatedAt: row.updatedAt,
});
/** The index's columns: title, subtitle, excerpt, body. */
const ftsValuesOf = (row: Searchable): string[] =>
  [row.title, row.subtitle ?? '', row.excerpt, row.bodyText].map(indexableText);

function removeFromSearchIndex(tx: Db, articleId: string): void {
  tx.run(
    sql`delete from articles_fts where rowid in (select ${articleSearch.docid} from ${articleSearch} where ${articleSearch.articleId} = ${articleId})`,
  );
  tx.delete(articleSearch).where(eq(articleSearch.articleId, articleId)).run();
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;
