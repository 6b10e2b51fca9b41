// Related links of one article: SQL only. Positions are kept dense (0..n-1) in list order.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { preparedInsert } from '../../db/prepared-insert.js';
import { type RelatedLinkRow, relatedLinks } from '../../db/schema.js';

export function createRelatedLinkRepository(db: Db) {
  const insertLink = preparedInsert(db, relatedLinks);
  const ofArticle = db
    .select()
    .from(relatedLinks)
    .where(eq(relatedLinks.articleId, sql.placeholder('articleId')))
    .orderBy(asc(relatedLinks.position))
    .prepare();

  return {
    listFor: (articleId: string): RelatedLinkRow[] => ofArticle.all({ articleId }),
    find: (articleId: string, linkId: string): RelatedLinkRow | undefined =>
      db
        .select()
        .from(relatedLinks)
        .where(and(eq(relatedLinks.articleId, articleId), eq(relatedLinks.id, linkId)))
        .get(),
    insert: (_tx: Db, row: RelatedLinkRow): void => insertLink(row),
    update: (tx: Db, id: string, changes: Partial<RelatedLinkRow>): void =>
      void tx
        .update(relatedLinks)
        .set({ ...changes, version: sql`${relatedLinks.version} + 1` })
        .where(eq(relatedLinks.id, id))
        .run(),
    /** Rewrites positions to follow `orderedIds`, touching only rows whose position moves. */
    reorder(tx: Db, orderedIds: readonly string[], now: string): void {
      orderedIds.forEach((id, position) => {
        tx.update(relatedLinks)
          .set({ position, updatedAt: now, version: sql`${relatedLinks.version} + 1` })
          .where(and(eq(relatedLinks.id, id), sql`${relatedLinks.position} <> ${position}`))
          .run();
      });
    },
    delete: (tx: Db, id: string): void => void tx.delete(relatedLinks).where(eq(relatedLinks.id, id)).run(),
    deleteAllFor: (tx: Db, articleId: string): void =>
      void tx.delete(relatedLinks).where(eq(relatedLinks.articleId, articleId)).run(),
  };
}

export type RelatedLinkRepository = ReturnType<typeof createRelatedLinkRepository>;
