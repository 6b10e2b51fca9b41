// Scheduled publishing: an article published with a time to come becomes visible by itself at
// that time; the public is told (article.published) once, by whichever process claims it first.
import type { Ctx } from '../../context.js';
import { announcePublication } from '../articles/index.js';

/**
 * Announces the articles whose time has come. The due rows are read and marked inside one write
 * transaction, and write transactions are serialised across processes and nodes: two schedulers
 * can never announce the same article.
 */
export async function announceDueArticles(ctx: Ctx, limit = 100): Promise<number> {
  // A read first, so a poll with nothing due takes no write lock.
  const next = await ctx.repos.scheduling.nextUnannouncedAt();
  if (next === null || next > ctx.now()) return 0;
  return ctx.transaction(async (tx) => {
    const due = await tx.scheduling.dueForAnnouncement(ctx.now(), limit);
    for (const row of due) {
      await tx.scheduling.markAnnounced(row.id);
      await announcePublication(ctx, tx, { ...row, announced: true });
    }
    return due.length;
  });
}
