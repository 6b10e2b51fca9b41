// Related links of one article: SQL only. Positions are kept dense (0..n-1) in list order.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { RelatedLinkRow } from '../../db/rows.js';
import { updateVersioned } from '../../db/versioned.js';
import { relatedLinksVisible, type Viewer, visibleArticle } from '../access/index.js';

export function createRelatedLinkRepository({ db, tables: t, dialect, insertRows }: Handle) {
  const { relatedLinks } = t;
  const ofArticle = prepared(
    'related_of_article',
    db
      .select()
      .from(relatedLinks)
      .where(eq(relatedLinks.articleId, sql.placeholder('articleId')))
      .orderBy(asc(relatedLinks.position)),
  );

  return {
    listFor: (articleId: string): Promise<RelatedLinkRow[]> => ofArticle({ articleId }),
    /** The links of several articles, in order, as the viewer may see them. */
    ofArticles: (articleIds: readonly string[], viewer: Viewer, now: string): Promise<RelatedLinkRow[]> =>
      db
        .select()
        .from(relatedLinks)
        .where(
          and(
            dialect.inList(relatedLinks.articleId, articleIds),
            relatedLinksVisible(t, viewer, relatedLinks.targetArticleId, now),
          ),
        )
        .orderBy(relatedLinks.articleId, relatedLinks.position),
    /** Links to `targetId` from articles the viewer may see (whatever the target's own state):
     *  they appear and disappear with their target. */
    toTargetFrom: (targetId: string, viewer: Viewer, now: string): Promise<RelatedLinkRow[]> =>
      db
        .select()
        .from(relatedLinks)
        .where(
          and(
            eq(relatedLinks.targetArticleId, targetId),
            visibleArticle(t, viewer, relatedLinks.articleId, now, 'linking_article'),
          ),
        )
        .orderBy(relatedLinks.id),
    /** Whether the viewer may see the link: its article visible, and its target if internal. */
    isVisible: async (linkId: string, viewer: Viewer, now: string): Promise<boolean> =>
      (
        await db
          .select({ id: relatedLinks.id })
          .from(relatedLinks)
          .where(
            and(
              eq(relatedLinks.id, linkId),
              visibleArticle(t, viewer, relatedLinks.articleId, now, 'linking_article'),
              relatedLinksVisible(t, viewer, relatedLinks.targetArticleId, now),
            ),
          )
      ).length > 0,
    find: async (articleId: string, linkId: string): Promise<RelatedLinkRow | undefined> =>
      (
        await db
          .select()
          .from(relatedLinks)
          .where(and(eq(relatedLinks.articleId, articleId), eq(relatedLinks.id, linkId)))
      )[0],
    insert: (row: RelatedLinkRow): Promise<void> => insertRows(relatedLinks, [row]),
    update: (id: string, changes: Partial<RelatedLinkRow>): Promise<void> =>
      updateVersioned(db, relatedLinks, changes, id),
    /** Rewrites positions to follow `orderedIds`, touching only rows whose position moves. */
    async reorder(orderedIds: readonly string[], now: string): Promise<void> {
      for (const [position, id] of orderedIds.entries()) {
        await updateVersioned(
          db,
          relatedLinks,
          { position, updatedAt: now },
          and(eq(relatedLinks.id, id), ne(relatedLinks.position, position))!,
        );
      }
    },
    delete: async (id: string): Promise<void> => void (await db.delete(relatedLinks).where(eq(relatedLinks.id, id))),
    deleteAllFor: async (articleId: string): Promise<void> =>
      void (await db.delete(relatedLinks).where(eq(relatedLinks.articleId, articleId))),
  };
}

export type RelatedLinkRepository = ReturnType<typeof createRelatedLinkRepository>;
