// Related links: internal targets and images must exist; positions stay dense and ordered.
import { type Db, writeTransaction } from '../../db/client.js';
import type { RelatedLinkRow } from '../../db/schema.js';
import type { Ctx, Viewer } from '../../lib/context.js';
import { AppError, type FieldError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { requireArticle } from '../articles/service.js';
import { emitChange } from '../events/service.js';
import type { RelatedLink, RelatedLinkCreate, RelatedLinkInput, RelatedLinkPatch } from './schema.js';

export function toRelatedLink(row: RelatedLinkRow): RelatedLink {
  return row;
}

const editor = { visibility: 'all', actor: null } as const;

/** Related-link events are public while their article is. */
export function emitLink(ctx: Ctx, tx: Db, type: string, link: RelatedLinkRow, articlePublic: boolean): void {
  emitChange(ctx, tx, {
    type,
    resourceType: 'relatedLink',
    id: link.id,
    isPublic: articlePublic,
    representation: () => toRelatedLink(link),
    tombstone: { id: link.id, articleId: link.articleId },
  });
}

/** `inList` prefixes each error path with the link's index, for PUT of the whole list. */
function checkTargets(
  ctx: Ctx,
  articleId: string,
  links: { targetArticleId?: string | null; imageId?: string | null }[],
  inList: boolean,
): void {
  const path = (index: number, field: string) => (inList ? `${index}.${field}` : field);
  const errors: FieldError[] = [];
  const targets = ctx.repos.articles.existingIds(
    links.flatMap((link) => (link.targetArticleId ? [link.targetArticleId] : [])),
  );
  const images = new Set(
    ctx.repos.images.findByIds(links.flatMap((link) => (link.imageId ? [link.imageId] : []))).map((image) => image.id),
  );
  links.forEach((link, index) => {
    if (link.targetArticleId && link.targetArticleId === articleId)
      errors.push({ path: path(index, 'targetArticleId'), message: 'an article cannot link to itself' });
    else if (link.targetArticleId && !targets.has(link.targetArticleId))
      errors.push({ path: path(index, 'targetArticleId'), message: 'no article has this id' });
    if (link.imageId && !images.has(link.imageId))
      errors.push({ path: path(index, 'imageId'), message: 'no image has this id' });
  });
  if (errors.length > 0)
    throw new AppError('VALIDATION_FAILED', errors.map((error) => `${error.path}: ${error.message}`).join('; '), {
      errors,
    });
}

const toValues = (input: RelatedLinkInput) => ({
  kind: input.kind,
  targetArticleId: input.targetArticleId ?? null,
  url: input.url ?? null,
  title: input.title ?? null,
  excerpt: input.excerpt ?? null,
  imageId: input.imageId ?? null,
});

/** The public sees the links of visible articles, minus internal links to invisible ones. */
export function listRelatedLinks(ctx: Ctx, articleId: string, viewer: Viewer): RelatedLink[] {
  requireArticle(ctx, articleId, viewer);
  return ctx.repos.articles.relatedOf([articleId], viewer.visibility, ctx.now()).map(toRelatedLink);
}

export function addRelatedLink(ctx: Ctx, articleId: string, input: RelatedLinkCreate): RelatedLink {
  return writeTransaction(ctx.repos.db, (tx) => {
    const article = requireArticle(ctx, articleId, editor);
    checkTargets(ctx, articleId, [input], false);
    const existing = ctx.repos.related.listFor(articleId);
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
    ctx.repos.related.insert(tx, row);
    const order = existing.map((link) => link.id);
    order.splice(position, 0, row.id);
    ctx.repos.related.reorder(tx, order, now);
    const created = ctx.repos.related.find(articleId, row.id)!;
    emitLink(ctx, tx, 'relatedLink.created', created, article.announced);
    return toRelatedLink(created);
  });
}

function requireLink(ctx: Ctx, articleId: string, linkId: string): RelatedLinkRow {
  const link = ctx.repos.related.find(articleId, linkId);
  if (!link) throw new AppError('RELATED_LINK_NOT_FOUND', `Article ${articleId} has no related link ${linkId}`);
  return link;
}

export function updateRelatedLink(
  ctx: Ctx,
  articleId: string,
  linkId: string,
  input: RelatedLinkPatch,
  precondition?: Precondition,
): RelatedLink {
  return writeTransaction(ctx.repos.db, (tx) => {
    const article = requireArticle(ctx, articleId, editor);
    const current = requireLink(ctx, articleId, linkId);
    checkPrecondition(precondition, current.version);
    const { position, ...changes } = stripUndefined(input);
    const merged = { ...current, ...changes };
    // Setting one kind of target clears the other, so a PATCH can switch between them.
    if (input.url) merged.targetArticleId = null;
    if (input.targetArticleId) merged.url = null;
    if (input.url && input.targetArticleId) {
      throw new AppError('VALIDATION_FAILED', 'url: give targetArticleId or url, not both', {
        errors: [{ path: 'url', message: 'give targetArticleId or url, not both' }],
      });
    }
    checkTargets(ctx, articleId, [merged], false);
    const now = ctx.now();
    ctx.repos.related.update(tx, linkId, {
      ...merged,
      id: undefined,
      version: undefined,
      createdAt: undefined,
      position: undefined,
      updatedAt: now,
    });
    if (position !== undefined) {
      const order = ctx.repos.related
        .listFor(articleId)
        .map((link) => link.id)
        .filter((id) => id !== linkId);
      order.splice(Math.min(position, order.length), 0, linkId);
      ctx.repos.related.reorder(tx, order, now);
    }
    const updated = requireLink(ctx, articleId, linkId);
    emitLink(ctx, tx, 'relatedLink.updated', updated, article.announced);
    return toRelatedLink(updated);
  });
}

export function deleteRelatedLink(ctx: Ctx, articleId: string, linkId: string, precondition?: Precondition): void {
  writeTransaction(ctx.repos.db, (tx) => {
    const article = requireArticle(ctx, articleId, editor);
    const link = requireLink(ctx, articleId, linkId);
    checkPrecondition(precondition, link.version);
    ctx.repos.related.delete(tx, linkId);
    emitLink(ctx, tx, 'relatedLink.deleted', link, article.announced);
    ctx.repos.related.reorder(
      tx,
      ctx.repos.related.listFor(articleId).map((link) => link.id),
      ctx.now(),
    );
  });
}

export function replaceRelatedLinks(ctx: Ctx, articleId: string, inputs: RelatedLinkInput[]): RelatedLink[] {
  return writeTransaction(ctx.repos.db, (tx) => {
    const article = requireArticle(ctx, articleId, editor);
    checkTargets(ctx, articleId, inputs, true);
    for (const old of ctx.repos.related.listFor(articleId))
      emitLink(ctx, tx, 'relatedLink.deleted', old, article.announced);
    ctx.repos.related.deleteAllFor(tx, articleId);
    const now = ctx.now();
    for (const [position, input] of inputs.entries()) {
      ctx.repos.related.insert(tx, {
        id: newId(),
        articleId,
        position,
        ...toValues(input),
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }
    const links = ctx.repos.related.listFor(articleId);
    for (const link of links) emitLink(ctx, tx, 'relatedLink.created', link, article.announced);
    return links.map(toRelatedLink);
  });
}
