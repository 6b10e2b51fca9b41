// Image rules: unique slugs, and no image is deleted while something still shows it.
import { writeTransaction, type Db } from '../../db/client.js';
import { emit } from '../events/service.js';
import type { ImageRow } from '../../db/schema.js';
import type { Actor, Ctx } from '../../lib/context.js';
import { AppError, type Referrer } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { stripUndefined } from '../../lib/objects.js';
import { toSlug, uniqueSlug } from '../../lib/slug.js';
import { detachImageFromArticles } from '../articles/service.js';
import { emitAuthor } from '../authors/service.js';
import { emitLink } from '../related/service.js';
import type { Image, ImageCreate, ImagePatch } from './schema.js';

export function toImage({ sha256, fileExt, ...image }: ImageRow): Image {
  return image;
}

/** An image event is public once something public shows the image. */
function emitImage(ctx: Ctx, tx: Db, type: string, row: ImageRow, wasPublic = false): void {
  const isPublic = wasPublic || ctx.repos.images.findByIdOrSlug(row.id, 'public', ctx.now()) !== undefined;
  const deleted = type === 'image.deleted';
  emit(ctx, tx, {
    type,
    resourceType: 'image',
    resourceId: row.id,
    audience: isPublic ? 'public' : 'private',
    operation: deleted ? 'delete' : 'upsert',
    data: deleted ? { id: row.id, slug: row.slug } : toImage(row),
  });
}

function requireImage(ctx: Ctx, id: string): ImageRow {
  const row = ctx.repos.images.findById(id);
  if (!row) throw new AppError('IMAGE_NOT_FOUND', `No image has the id ${id}`);
  return row;
}

function claimSlug(ctx: Ctx, wanted: string | undefined, fallbackText: string, exceptId?: string): string {
  const isTaken = (slug: string) => {
    const found = ctx.repos.images.findBySlug(slug);
    return found !== undefined && found.id !== exceptId;
  };
  if (wanted !== undefined) {
    if (isTaken(wanted)) throw new AppError('SLUG_TAKEN', `Another image already has the slug '${wanted}'`, { errors: [{ path: 'slug', message: 'is already taken' }] });
    return wanted;
  }
  return uniqueSlug(toSlug(fallbackText), isTaken);
}

/** Slugs for images come from the alt text, else the file name in the URL. */
const slugSource = (input: { alt?: string | undefined; url?: string | null | undefined }): string =>
  input.alt || (input.url ? decodeURIComponent(new URL(input.url).pathname.split('/').pop()?.replace(/\.[a-z0-9]+$/i, '') ?? '') : '') || 'image';

const fromInput = (input: ImageCreate) => ({
  url: input.url ?? null,
  alt: input.alt,
  caption: input.caption ?? null,
  credit: input.credit ?? null,
  width: input.width ?? null,
  height: input.height ?? null,
  mimeType: input.mimeType ?? null,
  bytes: input.bytes ?? null,
  copyright: input.copyright ?? null,
  license: input.license ?? null,
  sourceUrl: input.sourceUrl ?? null,
  rightsExpiresAt: input.rightsExpiresAt ? new Date(input.rightsExpiresAt).toISOString() : null,
});

export function createImage(ctx: Ctx, input: ImageCreate): Image {
  return writeTransaction(ctx.repos.db, (tx) => {
    const now = ctx.now();
    const row: ImageRow = { id: newId(), slug: claimSlug(ctx, input.slug, slugSource(input)), ...fromInput(input), sha256: null, fileExt: null, createdAt: now, updatedAt: now, version: 1 };
    ctx.repos.images.insert(tx, row);
    emitImage(ctx, tx, 'image.created', row);
    return toImage(row);
  });
}

export function updateImage(ctx: Ctx, id: string, input: ImagePatch, mode: 'patch' | 'replace', precondition?: Precondition): Image {
  return writeTransaction(ctx.repos.db, (tx) => {
    const current = requireImage(ctx, id);
    checkPrecondition(precondition, current.version);
    const changes = mode === 'replace' ? fromInput(input as ImageCreate) : stripUndefined({ ...input, slug: undefined });
    const slug = input.slug !== undefined ? claimSlug(ctx, input.slug, '', id) : current.slug;
    ctx.repos.images.update(tx, id, { ...changes, slug, updatedAt: ctx.now() });
    const updated = requireImage(ctx, id);
    emitImage(ctx, tx, 'image.updated', updated);
    return toImage(updated);
  });
}

export function deleteImage(ctx: Ctx, id: string, force: boolean, actor: Actor, precondition?: Precondition): void {
  writeTransaction(ctx.repos.db, (tx) => {
    const current = requireImage(ctx, id);
    checkPrecondition(precondition, current.version);
    const wasPublic = ctx.repos.images.findByIdOrSlug(id, 'public', ctx.now()) !== undefined;
    const refs = ctx.repos.images.referrers(tx, id);
    const referrers: Referrer[] = [
      ...refs.avatarOf.map((author) => ({ type: 'author' as const, id: author.id, slug: author.slug })),
      ...[...refs.featuredIn, ...refs.inBodyOf]
        .filter((article, index, all) => all.findIndex((other) => other.id === article.id) === index)
        .map((article) => ({ type: 'article' as const, id: article.id, slug: article.slug })),
      ...refs.relatedLinks.map((link) => ({ type: 'relatedLink' as const, id: link.id })),
    ];
    if (referrers.length > 0 && !force) {
      throw new AppError('STILL_REFERENCED', `The image is still used by ${referrers.length} resource(s); detach them first or delete with ?force=true`, { referrers });
    }
    if (referrers.length > 0) {
      const now = ctx.now();
      ctx.repos.images.detachFromAuthorsAndLinks(tx, id, now);
      for (const { id: authorId } of refs.avatarOf) emitAuthor(ctx, tx, 'author.updated', ctx.repos.authors.findById(authorId)!);
      for (const link of refs.relatedLinks) {
        const article = ctx.repos.articles.findById(link.articleId, 'all', now)!;
        emitLink(ctx, tx, 'relatedLink.updated', ctx.repos.related.find(link.articleId, link.id)!, article.announced);
      }
      detachImageFromArticles(ctx, tx, id, actor);
    }
    ctx.repos.images.delete(tx, id);
    emitImage(ctx, tx, 'image.deleted', current, wasPublic);
  });
}
