// Images: SQL only, nothing of HTTP. Returns undefined when nothing is found.
// better-sqlite3 runs everything on one connection, so reads inside a write transaction see its
// writes; writers take the transaction handle to make that scope explicit at the call site.
import { and, desc, eq, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { afterCursor, inJsonArray, orderByKey } from '../../db/keyset.js';
import { preparedInsert } from '../../db/prepared-insert.js';
import { articleAuthors, articles, authors, type ImageRow, images, relatedLinks } from '../../db/schema.js';
import type { Cursor } from '../../lib/cursor.js';
import { publiclyVisible, type Visibility } from '../articles/repository.js';

export type ImageReferrers = {
  avatarOf: { id: string; slug: string }[];
  featuredIn: { id: string; slug: string }[];
  inBodyOf: { id: string; slug: string }[];
  relatedLinks: { id: string; articleId: string }[];
};

// The public sees an image once something public shows it: a visible article's featured image,
// the avatar of a publicly credited author, or the picture of a visible article's related link.
function shownPublicly(now: string | Placeholder): SQL {
  return sql`(exists (select 1 from ${articles} where ${articles.featuredImageId} = ${images.id} and ${publiclyVisible(now)})
    or exists (select 1 from ${relatedLinks} join ${articles} on ${articles.id} = ${relatedLinks.articleId} where ${relatedLinks.imageId} = ${images.id} and ${publiclyVisible(now)})
    or exists (select 1 from ${authors} join ${articleAuthors} on ${articleAuthors.authorId} = ${authors.id} join ${articles} on ${articles.id} = ${articleAuthors.articleId}
      where ${authors.avatarImageId} = ${images.id} and ${publiclyVisible(now)}))`;
}

export function createImageRepository(db: Db) {
  const insertImage = preparedInsert(db, images);
  const anyByIdOrSlug = db
    .select()
    .from(images)
    .where(or(eq(images.id, sql.placeholder('key')), eq(images.slug, sql.placeholder('key'))))
    .prepare();
  const publicByIdOrSlug = db
    .select()
    .from(images)
    .where(
      and(
        or(eq(images.id, sql.placeholder('key')), eq(images.slug, sql.placeholder('key'))),
        shownPublicly(sql.placeholder('now')),
      ),
    )
    .prepare();

  const byId = db
    .select()
    .from(images)
    .where(eq(images.id, sql.placeholder('id')))
    .prepare();
  const bySlug = db
    .select()
    .from(images)
    .where(eq(images.slug, sql.placeholder('slug')))
    .prepare();
  const byIds = db
    .select()
    .from(images)
    .where(inJsonArray(images.id, sql.placeholder('ids')))
    .prepare();
  const bySha256 = db
    .select({ id: images.id })
    .from(images)
    .where(eq(images.sha256, sql.placeholder('sha256')))
    .limit(1)
    .prepare();

  return {
    findById: (id: string): ImageRow | undefined => byId.get({ id }),
    findBySlug: (slug: string): ImageRow | undefined => bySlug.get({ slug }),
    findByIds: (ids: readonly string[]): ImageRow[] =>
      ids.length === 0 ? [] : byIds.all({ ids: JSON.stringify(ids) }),
    slugTaken: (slug: string): boolean =>
      db.select({ id: images.id }).from(images).where(eq(images.slug, slug)).get() !== undefined,
    /** Whether any image record is stored under this content hash (its file is still needed). */
    sha256InUse: (sha256: string): boolean => bySha256.get({ sha256 }) !== undefined,

    findByIdOrSlug: (key: string, visibility: Visibility, now: string): ImageRow | undefined =>
      visibility === 'public' ? publicByIdOrSlug.get({ key, now }) : anyByIdOrSlug.get({ key }),

    list(visibility: Visibility, now: string, limit: number, cursor: Cursor | undefined): ImageRow[] {
      return db
        .select()
        .from(images)
        .where(
          and(
            visibility === 'public' ? shownPublicly(now) : undefined,
            cursor ? afterCursor(images.id, images.id, 'desc', cursor) : undefined,
          ),
        )
        .orderBy(...orderByKey(images.id, images.id, 'desc'))
        .limit(limit)
        .all();
    },
    count: (visibility: Visibility, now: string): number =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(images)
        .where(visibility === 'public' ? shownPublicly(now) : undefined)
        .get()!.n,

    insert: (_tx: Db, row: ImageRow): void => insertImage(row),
    update: (tx: Db, id: string, changes: Partial<ImageRow>): void =>
      void tx
        .update(images)
        .set({ ...changes, version: sql`${images.version} + 1` })
        .where(eq(images.id, id))
        .run(),
    delete: (tx: Db, id: string): void => void tx.delete(images).where(eq(images.id, id)).run(),

    referrers(tx: Db, id: string): ImageReferrers {
      const inBody = sql`exists (select 1 from json_each(${articles.body}) where json_extract(value, '$.type') = 'image' and json_extract(value, '$.imageId') = ${id})`;
      return {
        avatarOf: tx
          .select({ id: authors.id, slug: authors.slug })
          .from(authors)
          .where(eq(authors.avatarImageId, id))
          .all(),
        featuredIn: tx
          .select({ id: articles.id, slug: articles.slug })
          .from(articles)
          .where(eq(articles.featuredImageId, id))
          .all(),
        inBodyOf: tx
          .select({ id: articles.id, slug: articles.slug })
          .from(articles)
          .where(inBody)
          .orderBy(desc(articles.id))
          .all(),
        relatedLinks: tx
          .select({ id: relatedLinks.id, articleId: relatedLinks.articleId })
          .from(relatedLinks)
          .where(eq(relatedLinks.imageId, id))
          .all(),
      };
    },

    /** Detaches the image from avatars and related links (articles are detached by their own service). */
    detachFromAuthorsAndLinks(tx: Db, id: string, now: string): void {
      tx.update(authors)
        .set({ avatarImageId: null, updatedAt: now, version: sql`${authors.version} + 1` })
        .where(eq(authors.avatarImageId, id))
        .run();
      tx.update(relatedLinks)
        .set({ imageId: null, updatedAt: now, version: sql`${relatedLinks.version} + 1` })
        .where(eq(relatedLinks.imageId, id))
        .run();
    },
  };
}

export type ImageRepository = ReturnType<typeof createImageRepository>;
