// Related links: internal targets and images must exist; positions stay dense and ordered.
import type { Ctx } from '../../context.js';
import type { RelatedLinkRow } from '../../db/rows.js';
import { AppError, checkFields, type FieldError, invalidField } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import type { Repositories } from '../../repositories.js';
import { editorialViewer, publicViewer, type Viewer } from '../access/index.js';
import { requireArticle } from '../articles/index.js';
import { emitChange } from '../events/index.js';
import type { RelatedLink, RelatedLinkCreate, RelatedLinkInput, RelatedLinkPatch } from './schema.js';

/** A related-link event is public while the public may see the link (see access/visibility.ts). */
export async function emitLink(
  ctx: Ctx,
  tx: Repositories,
  type: string,
  link: RelatedLinkRow,
  wasPublic?: boolean,
): Promise<void> {
  const isPublic = wasPublic ?? (await tx.related.isVisible(link.id, publicViewer, ctx.now()));
  await emitChange(ctx, tx, {
    type,
    resourceType: 'relatedLink',
    id: link.id,
    isPublic,
    representation: () => link,
    tombstone: { id: link.id, articleId: link.articleId },
  });
}

/** `inList` prefixes each error path with the link's index, for PUT of the whole list. */
async function checkTargets(
  repos: Repositories,
  articleId: string,
  links: { targetArticleId?: string | null; imageId?: string | null }[],
  inList: boolean,
): Promise<void> {
  const path = (index: number, field: string) => (inList ? `${index}.${field}` : field);
  const errors: FieldError[] = [];
  const targets = await repos.articles.existingIds(
    links.flatMap((link) => (link.targetArticleId ? [link.targetArticleId] : [])),
  );
  const images = new Set(
    (await repos.images.findByIds(links.flatMap((link) => (link.imageId ? [link.imageId] : [])))).map(
      (image) => image.id,
    ),
  );
  for (const [index, link] of links.entries()) {
    if (link.targetArticleId && link.targetArticleId === articleId)
      errors.push({ path: path(index, 'targetArticleId'), message: 'an article cannot link to itself' });
    else if (link.targetArticleId && !targets.has(link.targetArticleId))
      errors.push({ path: path(index, 'targetArticleId'), message: 'no article has this id' });
    if (link.imageId && !images.has(link.imageId))
      errors.push({ path: path(index, 'imageId'), message: 'no image has this id' });
  }
  checkFields(errors);
}

const toValues = (input: RelatedLinkInput) => ({
  kind: input.kind,
  targetArticleId: input.targetArticleId ?? null,
  url: input.url ?? null,
  title: input.title ?? null,
  excerpt: input.excerpt ?? null,
  imageId: input.imageId ?? null,
});

/** The links of an article the viewer may see, as the viewer may see them. */
export async function listRelatedLinks(ctx: Ctx, articleId: string, viewer: Viewer): Promise<RelatedLink[]> {
  await requireArticle(ctx.repos, articleId, viewer, ctx.now());
  return ctx.repos.related.ofArticles([articleId], viewer, ctx.now());
}

export function addRelatedLink(ctx: Ctx, articleId: string, input: RelatedLinkCreate): Promise<RelatedLink> {
  return ctx.transaction(async (tx) => {
    await requireArticle(tx, articleId, editorialViewer, ctx.now());
    await checkTargets(tx, articleId, [input], false);
    const existing = await tx.related.listFor(articleId);
    const position = Math.min(input.position ?? existing.length, existing.length);
    const now = ctx.now();
    const row: RelatedLinkRow = {
      id: newId(),
      articleId,
      position,
      ...toValues(input),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await tx.related.insert(row);
    const order = existing.map((link) => link.id);
    order.splice(position, 0, row.id);
    await tx.related.reorder(order, now);
    const created = (await tx.related.find(articleId, row.id))!;
    await emitLink(ctx, tx, 'relatedLink.created', created);
    return created;
  });
}

async function requireLink(repos: Repositories, articleId: string, linkId: string): Promise<RelatedLinkRow> {
  const link = await repos.related.find(articleId, linkId);
  if (!link) throw new AppError('RELATED_LINK_NOT_FOUND', `Article ${articleId} has no related link ${linkId}`);
  return link;
}

export function updateRelatedLink(
  ctx: Ctx,
  articleId: string,
  linkId: string,
  input: RelatedLinkPatch,
  precondition?: Precondition,
): Promise<RelatedLink> {
  return ctx.transaction(async (tx) => {
    await requireArticle(tx, articleId, editorialViewer, ctx.now());
    const current = await requireLink(tx, articleId, linkId);
    checkPrecondition(precondition, current.version);
    const { position, ...changes } = stripUndefined(input);
    const merged = { ...current, ...changes };
    // Setting one kind of target clears the other, so a PATCH can switch between them.
    if (input.url) merged.targetArticleId = null;
    if (input.targetArticleId) merged.url = null;
    if (input.url && input.targetArticleId) throw invalidField('url', 'give targetArticleId or url, not both');
    await checkTargets(tx, articleId, [merged], false);
    const wasPublic = await tx.related.isVisible(linkId, publicViewer, ctx.now());
    const now = ctx.now();
    const { id: _id, version: _version, createdAt: _createdAt, position: _position, ...values } = merged;
    await tx.related.update(linkId, { ...values, updatedAt: now });
    if (position !== undefined) {
      const order = (await tx.related.listFor(articleId)).map((link) => link.id).filter((id) => id !== linkId);
      order.splice(Math.min(position, order.length), 0, linkId);
      await tx.related.reorder(order, now);
    }
    const updated = await requireLink(tx, articleId, linkId);
    // A link that leaves the public's view is a deletion to the public feed.
    const isPublic = await tx.related.isVisible(linkId, publicViewer, now);
    if (wasPublic && !isPublic) await emitLink(ctx, tx, 'relatedLink.deleted', updated, true);
    await emitLink(ctx, tx, 'relatedLink.updated', updated, isPublic);
    return updated;
  });
}

export function deleteRelatedLink(
  ctx: Ctx,
  articleId: string,
  linkId: string,
  precondition?: Precondition,
): Promise<void> {
  return ctx.transaction(async (tx) => {
    await requireArticle(tx, articleId, editorialViewer, ctx.now());
    const link = await requireLink(tx, articleId, linkId);
    checkPrecondition(precondition, link.version);
    const wasPublic = await tx.related.isVisible(linkId, publicViewer, ctx.now());
    await tx.related.delete(linkId);
    await emitLink(ctx, tx, 'relatedLink.deleted', link, wasPublic);
    await tx.related.reorder(
      (await tx.related.listFor(articleId)).map((other) => other.id),
      ctx.now(),
    );
  });
}

export function replaceRelatedLinks(ctx: Ctx, articleId: string, inputs: RelatedLinkInput[]): Promise<RelatedLink[]> {
  return ctx.transaction(async (tx) => {
    await requireArticle(tx, articleId, editorialViewer, ctx.now());
    await checkTargets(tx, articleId, inputs, true);
    const now = ctx.now();
    for (const old of await tx.related.listFor(articleId))
      await emitLink(ctx, tx, 'relatedLink.deleted', old, await tx.related.isVisible(old.id, publicViewer, now));
    await tx.related.deleteAllFor(articleId);
    for (const [position, input] of inputs.entries()) {
      await tx.related.insert({
        id: newId(),
        articleId,
        position,
        ...toValues(input),
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }
    const links = await tx.related.listFor(articleId);
    for (const link of links) await emitLink(ctx, tx, 'relatedLink.created', link);
    return links;
  });
}
