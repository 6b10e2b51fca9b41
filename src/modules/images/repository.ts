// Images: SQL only, nothing of HTTP. Returns undefined when nothing is found.
import { and, count, desc, eq, or, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { afterCursor, orderByKey } from '../../db/keyset.js';
import { prepared } from '../../db/prepared.js';
import type { ImageRow } from '../../db/rows.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Cursor } from '../../lib/cursor.js';
import { imagesVisible, publicViewer, type Viewer } from '../access/index.js';

export type ImageReferrers = {
  avatarOf: { id: string; slug: string }[];
  articles: { id: string; slug: string }[];
  relatedLinks: { id: string; articleId: string }[];
};

export function createImageRepository({ db, tables: t, dialect, insertRows }: Handle) {
  const { images } = t;
  const byIdOrSlug = or(eq(images.id, sql.placeholder('key')), eq(images.slug, sql.placeholder('key')));
  const anyByIdOrSlug = prepared('images_by_key', db.select().from(images).where(byIdOrSlug).limit(1));
  const publicByIdOrSlug = prepared(
    'images_public_by_key',
    db
      .select()
      .from(images)
      .where(and(byIdOrSlug, imagesVisible(t, publicViewer, images.id, sql.placeholder('now'))))
      .limit(1),
  );
  const byIds = prepared(
    'images_by_ids',
    db
      .select()
      .from(images)
      .where(dialect.inList(images.id, sql.placeholder('ids'))),
  );
  const bySha256 = prepared(
    'images_by_sha256',
    db
      .select({ id: images.id })
      .from(images)
      .where(eq(images.sha256, sql.placeholder('sha256')))
      .limit(1),
  );
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0];

  return {
    findById: (id: string): Promise<ImageRow | undefined> => one(db.select().from(images).where(eq(images.id, id))),
    findBySlug: (slug: string): Promise<ImageRow | undefined> =>
      one(db.select().from(images).where(eq(images.slug, slug))),
    findByIds: async (ids: readonly string[]): Promise<ImageRow[]> =>
      ids.length === 0 ? [] : byIds({ ids: dialect.listParam(ids) }),
    /** Whether any image record is stored under this content hash (its file is still needed). */
    sha256InUse: async (sha256: string): Promise<boolean> => (await bySha256({ sha256 })).length > 0,

    findByIdOrSlug: (key: string, viewer: Viewer, now: string): Promise<ImageRow | undefined> => {
      if (viewer.articles === 'all') return one(anyByIdOrSlug({ key }));
      if (viewer.articles === 'public') return one(publicByIdOrSlug({ key, now }));
      return one(
        db
          .select()
          .from(images)
          .where(and(or(eq(images.id, key), eq(images.slug, key)), imagesVisible(t, viewer, images.id, now))),
      );
    },

    list: (viewer: Viewer, now: string, limit: number, cursor: Cursor | undefined): Promise<ImageRow[]> =>
      db
        .select()
        .from(images)
        .where(
          and(
            imagesVisible(t, viewer, images.id, now),
            cursor ? afterCursor(images.id, images.id, 'desc', cursor) : undefined,
          ),
        )
        .orderBy(...orderByKey(images.id, images.id, 'desc'))
        .limit(limit),
    count: async (viewer: Viewer, now: string): Promise<number> =>
      (
        await db
          .select({ n: count() })
          .from(images)
          .where(imagesVisible(t, viewer, images.id, now))
      )[0]!.n,

    insert: (row: ImageRow): Promise<void> => insertRows(images, [row]),
    update: (id: string, changes: Partial<ImageRow>): Promise<void> => updateVersioned(db, images, changes, id),
    delete: async (id: string): Promise<void> => void (await db.delete(images).where(eq(images.id, id))),

    /** Everything that shows the image: authors' avatars, articles (featured or in the body), related links. */
    async referrers(id: string): Promise<ImageReferrers> {
      return {
        avatarOf: await db
          .select({ id: t.authors.id, slug: t.authors.slug })
          .from(t.authors)
          .where(eq(t.authors.avatarImageId, id)),
        articles: await db
          .select({ id: t.articles.id, slug: t.articles.slug })
          .from(t.articleImages)
          .innerJoin(t.articles, eq(t.articles.id, t.articleImages.articleId))
          .where(eq(t.articleImages.imageId, id))
          .orderBy(desc(t.articles.id)),
        relatedLinks: await db
          .select({ id: t.relatedLinks.id, articleId: t.relatedLinks.articleId })
          .from(t.relatedLinks)
          .where(eq(t.relatedLinks.imageId, id)),
      };
    },

    /** Detaches the image from avatars and related links (articles are detached by their own service). */
    async detachFromAuthorsAndLinks(id: string, now: string): Promise<void> {
      await updateVersioned(db, t.authors, { avatarImageId: null, updatedAt: now }, eq(t.authors.avatarImageId, id));
      await updateVersioned(db, t.relatedLinks, { imageId: null, updatedAt: now }, eq(t.relatedLinks.imageId, id));
    },
  };
}

export type ImageRepository = ReturnType<typeof createImageRepository>;
