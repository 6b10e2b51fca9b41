// Articles: SQL only. Lists are keyset-paginated; embedded objects are fetched for a whole page
// at once (one statement per kind of include, whatever the page size).
import { and, eq, getTableColumns, gt, lte, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { afterCursor, inJsonArray, orderByKey, type Direction } from '../../db/keyset.js';
import { articleAuthors, articleRevisions, articles, articleSlugHistory, articleTags, authors, images, relatedLinks, type ArticleRow, type AuthorRow } from '../../db/schema.js';
import type { Cursor } from '../../lib/cursor.js';
import type { ArticleSort } from './schema.js';

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
  match?: string | undefined;
};

export type ArticleListRow = Omit<ArticleRow, 'body' | 'bodyHtml' | 'bodyText' | 'publishedSort'> &
  Partial<Pick<ArticleRow, 'body' | 'bodyHtml'>> & { sortKey: string | number };

const { body, bodyHtml, bodyText, publishedSort, ...summaryColumns } = getTableColumns(articles);

/** What the public may see: published, and not scheduled for later. */
export const publiclyVisible = (now: string | Placeholder): SQL => and(eq(articles.status, 'published'), lte(articles.publishedAt, now))!;

const sortKeys: Record<ArticleSort, { key: SQL | typeof articles.title; direction: Direction }> = {
  '-publishedAt': { key: sql`${articles.publishedSort}`, direction: 'desc' },
  publishedAt: { key: sql`${articles.publishedSort}`, direction: 'asc' },
  '-updatedAt': { key: sql`${articles.updatedAt}`, direction: 'desc' },
  title: { key: articles.title, direction: 'asc' },
  // bm25 is lower for better matches; columns: article_id, title, subtitle, excerpt, body.
  relevance: { key: sql`bm25(articles_fts, 0, 10, 4, 2, 1)`, direction: 'asc' },
};

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

  const retiredSlug = db
    .select({ articleId: articleSlugHistory.articleId })
    .from(articleSlugHistory)
    .where(eq(articleSlugHistory.slug, sql.placeholder('slug')))
    .prepare();

  function conditions(visibility: Visibility, now: string, filters: ArticleFilters): SQL[] {
    const where: SQL[] = [];
    if (visibility === 'public') where.push(publiclyVisible(now));
    if (filters.status) where.push(eq(articles.status, filters.status));
    if (filters.section) where.push(eq(articles.section, filters.section));
    if (filters.tag) where.push(sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tag} = ${filters.tag})`);
    if (filters.authorId)
      where.push(sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.authorId} = ${filters.authorId})`);
    if (filters.publishedAfter) where.push(gt(articles.publishedAt, filters.publishedAfter));
    if (filters.publishedBefore) where.push(sql`${articles.publishedAt} < ${filters.publishedBefore}`);
    return where;
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
      const { key, direction } = sortKeys[options.sort];
      const where = conditions(options.visibility, options.now, options.filters);
      if (options.cursor) where.push(afterCursor(key, articles.id, direction, options.cursor));
      const columns = { ...summaryColumns, ...(options.withBody ? { body, bodyHtml } : {}), sortKey: sql<string | number>`${key}` };
      if (options.filters.match !== undefined) {
        return db
          .select(columns)
          .from(sql`articles_fts`)
          .innerJoin(articles, sql`${articles.id} = articles_fts.article_id`)
          .where(and(sql`articles_fts match ${options.filters.match}`, ...where))
          .orderBy(...orderByKey(key, articles.id, direction))
          .limit(options.limit)
          .all() as ArticleListRow[];
      }
      return db
        .select(columns)
        .from(articles)
        .where(and(...where))
        .orderBy(...orderByKey(key, articles.id, direction))
        .limit(options.limit)
        .all() as ArticleListRow[];
    },

    count(visibility: Visibility, now: string, filters: ArticleFilters): number {
      const where = conditions(visibility, now, filters);
      if (filters.match !== undefined) where.push(sql`${articles.id} in (select article_id from articles_fts where articles_fts match ${filters.match})`);
      return db.select({ n: sql<number>`count(*)` }).from(articles).where(and(...where)).get()!.n;
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
      tx.run(sql`delete from articles_fts where article_id = ${id}`);
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
        .get() as { articleId: string; number: number; snapshot: StoredArticle; createdAt: string; createdBy: string | null } | undefined,
    delete(tx: Db, id: string): void {
      tx.run(sql`delete from articles_fts where article_id = ${id}`);
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
  const { bodyText, ...snapshot } = row;
  tx.insert(articleRevisions).values({ articleId: row.id, number: row.version, snapshot, createdAt: row.updatedAt, createdBy: row.updatedBy }).run();
}

function writeSearchIndex(tx: Db, row: Pick<ArticleRow, 'id' | 'title' | 'subtitle' | 'excerpt' | 'bodyText'>): void {
  tx.run(sql`insert into articles_fts (article_id, title, subtitle, excerpt, body) values (${row.id}, ${row.title}, ${row.subtitle ?? ''}, ${row.excerpt}, ${row.bodyText})`);
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;
