// Articles: SQL only. Lists are keyset-paginated; embedded objects are fetched for a whole page
// at once (one statement per kind of include, whatever the page size).
import { and, eq, getTableColumns, gt, lte, sql, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { afterCursor, inJsonArray, orderByKey, type Direction } from '../../db/keyset.js';
import { articleAuthors, articleRevisions, articles, articleSearch, articleSlugHistory, articleTags, authors, images, relatedLinks, type ArticleRow, type AuthorRow } from '../../db/schema.js';
import type { Cursor } from '../../lib/cursor.js';
import type { ArticleSort } from './schema.js';
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
  Partial<Pick<ArticleRow, 'body' | 'bodyHtml'>> & { sortKey: string | number; snippet?: string };

const { body, bodyHtml, bodyText, publishedSort, ...summaryColumns } = getTableColumns(articles);


/** The columns filters and sort keys read: the article's own, or its search row's copies. */
type Filterable = Record<'id' | 'status' | 'publishedAt' | 'publishedSort' | 'section' | 'title' | 'updatedAt', SQLWrapper>;
const articleColumns: Filterable = pickFilterable(articles, articles.id);
const searchColumns: Filterable = pickFilterable(articleSearch, articleSearch.articleId);
function pickFilterable(table: Omit<Filterable, 'id'>, id: SQLWrapper): Filterable {
  const { status, publishedAt, publishedSort, section, title, updatedAt } = table;
  return { id, status, publishedAt, publishedSort, section, title, updatedAt };
}

/** What the public may see: published, and not scheduled for later. */
// Compared on published_sort (= published_at for published rows) so that the index on
// (status, published_sort, id) bounds the range: scheduled articles are skipped without reading them.
const visibleIn = (columns: Filterable, now: string | Placeholder): SQL => and(eq(columns.status, 'published'), lte(columns.publishedSort, now))!;
export const publiclyVisible = (now: string | Placeholder): SQL => visibleIn(articleColumns, now);

// bm25 is lower for better matches; weights by column: title, subtitle, excerpt, body.
// Weights alone cannot put every title match first (bm25 saturates term frequency and
// penalises long documents: a long article with the word in its title would lose to a short one
// that repeats it in the body), so articles whose title matches the whole query come first, by
// an offset larger than any bm25 score (at most about 2.2 × idf ≈ 30 per term, 32 terms).
const TITLE_MATCH_BONUS = 10_000;
const relevance = (match: string): SQL =>
  sql`bm25(articles_fts, 10, 4, 2, 1) - case when articles_fts.rowid in (select rowid from articles_fts where articles_fts match ${inTitle(match)}) then ${TITLE_MATCH_BONUS} else 0 end`;

function sortKey(sort: ArticleSort, match: string | undefined, columns: Filterable): { key: SQL; direction: Direction } {
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
      if (match === undefined) throw new Error('sort=relevance needs a full-text query');
      return { key: relevance(match), direction: 'asc' };
  }
}

const SNIPPET_TOKENS = 24;
/** The best passage of the body (of the excerpt when there is no body text), matches marked. */
const snippet = (): SQL<string> =>
  sql<string>`case when articles_fts.body = '' then snippet(articles_fts, 2, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', ${SNIPPET_TOKENS})
    else snippet(articles_fts, 3, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', ${SNIPPET_TOKENS}) end`;

/** Hits of a full-text query joined to their search rows; the index stays the outer loop (CROSS
 *  JOIN), so the MATCH runs once rather than once per article the planner might start from. */
const matching = (match: string): SQL[] => [sql`articles_fts match ${match}`, sql`${articleSearch.docid} = articles_fts.rowid`];

export function createArticleRepository(db: Db) {
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
  const anyById = db.select().from(articles).where(eq(articles.id, sql.placeholder('id'))).prepare();
  const anyBySlug = db.select().from(articles).where(eq(articles.slug, sql.placeholder('slug'))).prepare();
  const authorsOf = db
    .select({ articleId: articleAuthors.articleId, author: authors })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inJsonArray(articleAuthors.articleId, sql.placeholder('ids')))
    .orderBy(articleAuthors.articleId, articleAuthors.position)
    .prepare();
  const imagesByIds = db.select().from(images).where(inJsonArray(images.id, sql.placeholder('ids'))).prepare();
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

  const retiredSlug = db
    .select({ articleId: articleSlugHistory.articleId })
    .from(articleSlugHistory)
    .where(eq(articleSlugHistory.slug, sql.placeholder('slug')))
    .prepare();

  function conditions(visibility: Visibility, now: string | Placeholder, filters: ArticleFilters, columns: Filterable): SQL[] {
    const where: SQL[] = [];
    if (visibility === 'public') where.push(visibleIn(columns, now));
    if (filters.status) where.push(eq(columns.status, filters.status));
    if (filters.section) where.push(eq(columns.section, filters.section));
    if (filters.tag) where.push(sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${columns.id} and ${articleTags.tag} = ${filters.tag})`);
    if (filters.authorId)
      where.push(sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${columns.id} and ${articleAuthors.authorId} = ${filters.authorId})`);
    if (filters.publishedAfter) where.push(gt(columns.publishedAt, filters.publishedAfter));
    if (filters.publishedBefore) where.push(sql`${columns.publishedAt} < ${filters.publishedBefore}`);
    return where;
  }

  /** A page of search results: first the hits' ids and sort keys from the index and the search
   *  rows, then those articles with their snippets (two statements, whatever the number of hits). */
  function search(match: string, options: { visibility: Visibility; now: string; filters: ArticleFilters; sort: ArticleSort; cursor: Cursor | undefined; limit: number; withBody: boolean }): ArticleListRow[] {
    const { key, direction } = sortKey(options.sort, match, searchColumns);
    const where = conditions(options.visibility, options.now, options.filters, searchColumns);
    if (options.cursor) where.push(afterCursor(key, articleSearch.articleId, direction, options.cursor));
    const hits = db
      .select({ id: articleSearch.articleId, docid: articleSearch.docid, sortKey: sql<string | number>`${key}` })
      .from(sql`articles_fts`)
      .crossJoin(articleSearch)
      .where(and(...matching(match), ...where))
      .orderBy(...orderByKey(key, articleSearch.articleId, direction))
      .limit(options.limit)
      .all();
    if (hits.length === 0) return [];
    // `+rowid` keeps the list a filter on one pass over the hits: as an index constraint it would
    // re-run the MATCH once per row, expanding a prefix term every time.
    const rows = db
      .select({ ...summaryColumns, ...(options.withBody ? { body, bodyHtml } : {}), snippet: snippet() })
      .from(sql`articles_fts`)
      .crossJoin(articleSearch)
      .crossJoin(articles)
      .where(and(...matching(match), inJsonArray(sql`+articles_fts.rowid`, JSON.stringify(hits.map((hit) => hit.docid))), eq(articles.id, articleSearch.articleId)))
      .all();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row ? [{ ...row, sortKey: hit.sortKey } as ArticleListRow] : [];
    });
  }

  return {
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
      new Set(db.select({ id: articles.id }).from(articles).where(inJsonArray(articles.id, JSON.stringify(ids))).all().map((row) => row.id)),

    list(options: {
      visibility: Visibility;
      now: string;
      filters: ArticleFilters;
      sort: ArticleSort;
      cursor: Cursor | undefined;
      limit: number;
      withBody: boolean;
    }): ArticleListRow[] {
      if (options.filters.match !== undefined) return search(options.filters.match, options);
      const { key, direction } = sortKey(options.sort, undefined, articleColumns);
      // Newest first past a cursor, "published_sort <= now" and the cursor are two upper bounds on
      // the same index column and SQLite ranges over only one: giving it the lower of the two (the
      // cursor implies it) keeps a page 4,000 deep as cheap as the first.
      const cursorKey = options.cursor?.key;
      const bound = options.sort === '-publishedAt' && typeof cursorKey === 'string' && cursorKey < options.now ? cursorKey : options.now;
      // Building a query costs more than running it here, so each shape of list (which filters,
      // which sort, a cursor or not) is prepared once with placeholders and reused.
      const present = (Object.keys(options.filters) as (keyof ArticleFilters)[]).filter((name) => options.filters[name] !== undefined).sort();
      const shape = [options.visibility, options.sort, options.cursor ? 'cursor' : '', options.withBody ? 'body' : '', ...present].join('|');
      let statement = listStatements.get(shape);
      if (!statement) {
        const placeholders = Object.fromEntries(present.map((name) => [name, sql.placeholder(name)])) as unknown as ArticleFilters;
        const where = conditions(options.visibility, sql.placeholder('now'), placeholders, articleColumns);
        if (options.cursor) where.push(afterCursor(key, articles.id, direction, { key: sql.placeholder('cursorKey'), id: sql.placeholder('cursorId') }));
        const columns = { ...summaryColumns, ...(options.withBody ? { body, bodyHtml } : {}), sortKey: sql<string | number>`${key}` };
        statement = db
          .select(columns)
          .from(articles)
          .where(and(...where))
          .orderBy(...orderByKey(key, articles.id, direction))
          .limit(sql.placeholder('limit'))
          .prepare();
        listStatements.set(shape, statement);
      }
      return statement.all({ ...options.filters, now: bound, cursorKey, cursorId: options.cursor?.id, limit: options.limit }) as ArticleListRow[];
    },

    count(visibility: Visibility, now: string, filters: ArticleFilters): number {
      const n = sql<number>`count(*)`;
      if (filters.match !== undefined) {
        const where = conditions(visibility, now, filters, searchColumns);
        return db.select({ n }).from(sql`articles_fts`).crossJoin(articleSearch).where(and(...matching(filters.match), ...where)).get()!.n;
      }
      return db.select({ n }).from(articles).where(and(...conditions(visibility, now, filters, articleColumns))).get()!.n;
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
      visibility === 'public' ? publicRelatedOf.all({ ids: JSON.stringify(articleIds), now }) : relatedOf.all({ ids: JSON.stringify(articleIds) }),

    // Every write of an article also writes its revision: no change can skip the history.
    insert(tx: Db, row: StoredArticle): void {
      tx.insert(articles).values(row).run();
      replaceJoins(tx, row.id, row.authorIds, row.tags);
      writeSearchIndex(tx, row);
      writeRevision(tx, row);
    },
    update(tx: Db, row: StoredArticle, previousSlug: string): void {
      const { id, createdAt, ...changes } = row;
      tx.update(articles).set(changes).where(eq(articles.id, id)).run();
      replaceJoins(tx, id, row.authorIds, row.tags);
      removeFromSearchIndex(tx, id);
      writeSearchIndex(tx, row);
      writeRevision(tx, row);
      if (previousSlug !== row.slug) {
        tx.delete(articleSlugHistory).where(eq(articleSlugHistory.slug, row.slug)).run();
        tx.insert(articleSlugHistory).values({ slug: previousSlug, articleId: id, retiredAt: row.updatedAt }).run();
      }
    },
    markAnnounced: (tx: Db, id: string): void => void tx.update(articles).set({ announced: true }).where(eq(articles.id, id)).run(),
    revisions: (articleId: string) =>
      db
        .select({ number: articleRevisions.number, createdAt: articleRevisions.createdAt, createdBy: articleRevisions.createdBy })
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, articleId))
        .orderBy(sql`${articleRevisions.number} desc`)
        .all(),
    revision: (articleId: string, number: number) =>
      db
        .select()
        .from(articleRevisions)
        .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
        .get() as { articleId: string; number: number; snapshot: Omit<StoredArticle, 'bodyHtml' | 'bodyText'>; createdAt: string; createdBy: string | null } | undefined,
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

function replaceJoins(tx: Db, articleId: string, authorIds: readonly string[], tags: readonly string[]): void {
  tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId)).run();
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  if (authorIds.length > 0) tx.insert(articleAuthors).values(authorIds.map((authorId, position) => ({ articleId, authorId, position }))).run();
  if (tags.length > 0) tx.insert(articleTags).values(tags.map((tag) => ({ articleId, tag }))).run();
}

function writeRevision(tx: Db, row: StoredArticle): void {
  // The derived HTML and text are left out: a revision is what the editor wrote.
  const { bodyText, bodyHtml, ...snapshot } = row;
  tx.insert(articleRevisions).values({ articleId: row.id, number: row.version, snapshot, createdAt: row.updatedAt, createdBy: row.updatedBy }).run();
}

/** The article's search row and index row, in the transaction that writes the article. */
function writeSearchIndex(tx: Db, row: Pick<ArticleRow, 'id' | 'slug' | 'title' | 'subtitle' | 'excerpt' | 'bodyText' | 'status' | 'publishedAt' | 'section' | 'updatedAt'>): void {
  tx.insert(articleSearch).values({ articleId: row.id, slug: row.slug, status: row.status, publishedAt: row.publishedAt, section: row.section, title: row.title, updatedAt: row.updatedAt }).run();
  const [title, subtitle, excerpt, text] = [row.title, row.subtitle ?? '', row.excerpt, row.bodyText].map(indexableText);
  tx.run(sql`insert into articles_fts (rowid, title, subtitle, excerpt, body) select ${articleSearch.docid}, ${title}, ${subtitle}, ${excerpt}, ${text} from ${articleSearch} where ${articleSearch.articleId} = ${row.id}`);
}

function removeFromSearchIndex(tx: Db, articleId: string): void {
  tx.run(sql`delete from articles_fts where rowid in (select ${articleSearch.docid} from ${articleSearch} where ${articleSearch.articleId} = ${articleId})`);
  tx.delete(articleSearch).where(eq(articleSearch.articleId, articleId)).run();
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;
