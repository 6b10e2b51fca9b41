// Article rows and everything written with them: bylines, tags, the images it shows, its search
// entry and its revision. Every write of an article writes its revision: no change can skip the
// history.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { ArticleRow, AuthorRow, RevisionRow, StoredArticle } from '../../db/rows.js';
import { articlesVisible, publicViewer, type Viewer } from '../access/index.js';
import type { Block } from './schema.js';

/** What a revision keeps: what the editor wrote (the derived HTML and text are left out). */
export type RevisionSnapshot = Omit<StoredArticle, 'bodyHtml' | 'bodyText'>;

/** The images an article shows: its featured image and those of its body, each once. */
export const imagesShownBy = (row: Pick<StoredArticle, 'featuredImageId' | 'body'>): string[] => [
  ...new Set([
    ...(row.featuredImageId ? [row.featuredImageId] : []),
    ...(row.body as Block[]).flatMap((block) => (block.type === 'image' ? [block.imageId] : [])),
  ]),
];

export function createArticleRows({ db, tables: t, dialect, insertRows, search }: Handle) {
  const { articles } = t;
  // By id, or by slug within a locale (slugs are unique per locale).
  const keyOf = (column: 'id' | 'slug') =>
    column === 'id'
      ? eq(articles.id, sql.placeholder('key'))
      : and(eq(articles.slug, sql.placeholder('key')), eq(articles.locale, sql.placeholder('locale')));
  const by = (column: 'id' | 'slug', visible: boolean) =>
    prepared(
      `articles_by_${column}${visible ? '_public' : ''}`,
      db
        .select()
        .from(articles)
        .where(
          and(keyOf(column), visible ? articlesVisible(publicViewer, articles, sql.placeholder('now')) : undefined),
        )
        .limit(1),
    );
  const lookups = {
    id: { any: by('id', false), visible: by('id', true) },
    slug: { any: by('slug', false), visible: by('slug', true) },
  };
  const find = async (
    column: 'id' | 'slug',
    key: string,
    viewer: Viewer,
    now: string,
    locale?: string,
  ): Promise<ArticleRow | undefined> => {
    if (viewer.articles === 'all') return (await lookups[column].any({ key, locale }))[0];
    if (viewer.articles === 'public') return (await lookups[column].visible({ key, locale, now }))[0];
    // A contributor's own articles besides: rare enough to build the statement each time.
    const keyed = column === 'id' ? eq(articles.id, key) : and(eq(articles.slug, key), eq(articles.locale, locale!));
    return (
      await db
        .select()
        .from(articles)
        .where(and(keyed, articlesVisible(viewer, articles, now)))
    )[0];
  };
  const retiredSlug = prepared(
    'articles_retired_slug',
    db
      .select({ articleId: t.articleSlugHistory.articleId, locale: t.articleSlugHistory.locale })
      .from(t.articleSlugHistory)
      .where(eq(t.articleSlugHistory.slug, sql.placeholder('slug'))),
  );
  /** The articles that used to have this slug, one per locale. */
  const findByRetiredSlug = async (slug: string): Promise<{ articleId: string; locale: string }[]> =>
    retiredSlug({ slug });

  /** What follows an article's row: byline, tag and image rows, its search entry, its revision. */
  async function writeDependents(row: StoredArticle, indexNow: boolean): Promise<void> {
    await insertRows(
      t.articleAuthors,
      row.authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position })),
    );
    await insertRows(
      t.articleTags,
      row.tags.map((tag) => ({ articleId: row.id, tag })),
    );
    await insertRows(
      t.articleImages,
      imagesShownBy(row).map((imageId) => ({ articleId: row.id, imageId })),
    );
    await search.write(row, !indexNow);
    const { bodyText: _text, bodyHtml: _html, ...snapshot } = row;
    await insertRows(t.articleRevisions, [
      { articleId: row.id, number: row.version, snapshot, createdAt: row.updatedAt, createdBy: row.updatedBy },
    ]);
  }

  // The search entry is not removed: writing it again keeps its docid while its time is unchanged.
  async function removeDependents(id: string): Promise<void> {
    await db.delete(t.articleAuthors).where(eq(t.articleAuthors.articleId, id));
    await db.delete(t.articleTags).where(eq(t.articleTags.articleId, id));
    await db.delete(t.articleImages).where(eq(t.articleImages.articleId, id));
  }

  return {
    findById: (id: string, viewer: Viewer, now: string) => find('id', id, viewer, now),
    findBySlug: (slug: string, locale: string, viewer: Viewer, now: string) => find('slug', slug, viewer, now, locale),
    /** A slug is taken in a locale by another article's current slug or by one it used to have there. */
    slugTaken: async (slug: string, locale: string, exceptId?: string): Promise<boolean> => {
      const owner =
        (await lookups.slug.any({ key: slug, locale }))[0]?.id ??
        (await findByRetiredSlug(slug)).find((retired) => retired.locale === locale)?.articleId;
      return owner !== undefined && owner !== exceptId;
    },
    /** The article that used to have this slug, if any. */
    findByRetiredSlug,
    existingIds: async (ids: readonly string[]): Promise<Set<string>> =>
      new Set(
        (await db.select({ id: articles.id }).from(articles).where(dialect.inList(articles.id, ids))).map(
          (row) => row.id,
        ),
      ),

    /** With `searchIndex: 'later'`, the article is searchable once indexForSearch(its id) ran in
     *  the same transaction (bulk loads index a batch at once). */
    async insert(
      row: StoredArticle,
      options: { searchIndex: 'now' | 'later' } = { searchIndex: 'now' },
    ): Promise<void> {
      await insertRows(articles, [row]);
      await writeDependents(row, options.searchIndex === 'now');
    },
    indexForSearch: (ids: readonly string[]): Promise<void> => search.indexLater(ids),
    async update(row: StoredArticle, previous: { slug: string; locale: string }): Promise<void> {
      const { id, createdAt: _created, ...changes } = row;
      await db.update(articles).set(changes).where(eq(articles.id, id));
      await removeDependents(id);
      await writeDependents(row, true);
      const history = t.articleSlugHistory;
      if (previous.slug !== row.slug || previous.locale !== row.locale) {
        await db.delete(history).where(and(eq(history.slug, row.slug), eq(history.locale, row.locale)));
        await db
          .insert(history)
          .values({ locale: previous.locale, slug: previous.slug, articleId: id, retiredAt: row.updatedAt });
      }
    },
    async delete(id: string): Promise<void> {
      await search.remove(id);
      await db.delete(articles).where(eq(articles.id, id));
    },

    revisions: (articleId: string): Promise<Pick<RevisionRow, 'number' | 'createdAt' | 'createdBy'>[]> =>
      db
        .select({
          number: t.articleRevisions.number,
          createdAt: t.articleRevisions.createdAt,
          createdBy: t.articleRevisions.createdBy,
        })
        .from(t.articleRevisions)
        .where(eq(t.articleRevisions.articleId, articleId))
        .orderBy(desc(t.articleRevisions.number)),
    revision: async (articleId: string, number: number) =>
      (
        await db
          .select()
          .from(t.articleRevisions)
          .where(and(eq(t.articleRevisions.articleId, articleId), eq(t.articleRevisions.number, number)))
      )[0] as (Omit<RevisionRow, 'snapshot'> & { snapshot: RevisionSnapshot }) | undefined,

    /** Articles crediting an author (for 409s and forced detaching). */
    usingAuthor: (authorId: string): Promise<{ id: string; slug: string }[]> =>
      db
        .select({ id: articles.id, slug: articles.slug })
        .from(articles)
        .innerJoin(t.articleAuthors, eq(t.articleAuthors.articleId, articles.id))
        .where(eq(t.articleAuthors.authorId, authorId)),
    /** Articles showing an image, featured or in the body. */
    usingImage: (imageId: string): Promise<ArticleRow[]> =>
      db
        .select(getTableColumns(articles))
        .from(articles)
        .innerJoin(t.articleImages, eq(t.articleImages.articleId, articles.id))
        .where(eq(t.articleImages.imageId, imageId)),
    /** The bylines of several articles, in order (feeds and structured data). */
    async authorsOf(articleIds: readonly string[]): Promise<Map<string, AuthorRow[]>> {
      const rows = await db
        .select({ articleId: t.articleAuthors.articleId, author: t.authors })
        .from(t.articleAuthors)
        .innerJoin(t.authors, eq(t.authors.id, t.articleAuthors.authorId))
        .where(dialect.inList(t.articleAuthors.articleId, articleIds))
        .orderBy(t.articleAuthors.articleId, t.articleAuthors.position);
      const byArticle = new Map<string, AuthorRow[]>();
      for (const row of rows) byArticle.set(row.articleId, [...(byArticle.get(row.articleId) ?? []), row.author]);
      return byArticle;
    },
  };
}
