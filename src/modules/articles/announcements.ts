// What article writes tell their audiences, in the write's own transaction: the article as the
// audience reads it (the read model), its appearance to the public and its withdrawal, and the
// related links from public articles that appear and go with it.
import type { Ctx } from '../../context.js';
import type { StoredArticle } from '../../db/rows.js';
import type { Repositories } from '../../repositories.js';
import { editorialViewer, publicViewer } from '../access/index.js';
import { emit, emitChange } from '../events/index.js';
import { renderShapeOf } from './read-model.js';
import type { Article, Include } from './schema.js';

/** An event's embeds are the article's own (its bylines, lead image and links); what they name in
 *  turn (avatars, a link's image and target) changes on its own, with events of its own. */
const announcedEmbeds: Include[] = ['authors', 'featuredImage', 'related'];

/** The article as an event carries it: with its embeds, as the audience may see it. */
async function eventData(
  ctx: Ctx,
  tx: Repositories,
  row: Pick<StoredArticle, 'id'>,
  audience: 'public' | 'private',
): Promise<Article> {
  const viewer = audience === 'public' ? publicViewer : editorialViewer;
  // The row is written already (same transaction): the event carries what a read would answer.
  const rendered = await tx.articles.render('id', row.id, renderShapeOf(viewer, { include: announcedEmbeds }, true), {
    at: ctx.now(),
    links: ctx.links,
  });
  if (!rendered) throw new Error(`article ${row.id} announced to the ${audience} audience cannot be read by it`);
  return JSON.parse(rendered.json.toString()) as Article;
}

export async function announce(
  ctx: Ctx,
  tx: Repositories,
  row: Pick<StoredArticle, 'id' | 'section'>,
  type: string,
  audience: 'public' | 'private',
) {
  await emit(ctx, tx, {
    type,
    resourceType: 'article',
    resourceId: row.id,
    audience,
    operation: 'upsert',
    section: row.section,
    data: await eventData(ctx, tx, row, audience),
  });
}

/** Links to an article that appeared to the public (or is about to disappear) from public
 *  articles appear (or disappear) with it: the public feed says so, link by link. */
export async function linksFollow(ctx: Ctx, tx: Repositories, targetId: string, appeared: boolean): Promise<void> {
  for (const link of await tx.related.toTargetFrom(targetId, publicViewer, ctx.now()))
    await emitChange(ctx, tx, {
      type: appeared ? 'relatedLink.updated' : 'relatedLink.deleted',
      resourceType: 'relatedLink',
      id: link.id,
      isPublic: true,
      representation: () => link,
      tombstone: { id: link.id, articleId: link.articleId },
    });
}

/** A scheduled article whose time has come, marked announced by the scheduler: the public is told. */
export async function announcePublication(ctx: Ctx, tx: Repositories, row: StoredArticle): Promise<void> {
  await announce(ctx, tx, row, 'article.published', 'public');
  await linksFollow(ctx, tx, row.id, true);
}

/** An article the public could see and no longer can (unpublished, archived, rescheduled): its
 *  tombstone (id and the slug it was public under), and the links to it go with it. */
export async function announceWithdrawal(ctx: Ctx, tx: Repositories, row: StoredArticle, publicSlug: string) {
  await emit(ctx, tx, {
    type: 'article.unpublished',
    resourceType: 'article',
    resourceId: row.id,
    audience: 'public',
    operation: 'delete',
    section: row.section,
    data: { id: row.id, slug: publicSlug },
  });
  await linksFollow(ctx, tx, row.id, false);
}
