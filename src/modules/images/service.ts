// Image rules: unique slugs, no image deleted while something still shows it, and an uploaded
// file's own facts (url, size, type) that no write can contradict.
import { type Db, writeTransaction } from '../../db/client.js';
import type { ImageRow } from '../../db/schema.js';
import type { Actor, Ctx } from '../../lib/context.js';
import { AppError, type Referrer } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { toSlug, uniqueSlug } from '../../lib/slug.js';
import { detachImageFromArticles } from '../articles/service.js';
import { emitAuthor } from '../authors/service.js';
import { emitChange } from '../events/service.js';
import { emitLink } from '../related/service.js';
import type { ProcessedImage } from './media-files.js';
import { mediaUrl, srcsetOf } from './media-formats.js';
import { fileDerivedFields, type Image, type ImageCreate, type ImagePatch } from './schema.js';

/** `now` decides `rightsExpired`, so a read at a given time says whether the image may still be shown. */
export function toImage({ sha256, fileExt, ...image }: ImageRow, now: string): Image {
  return {
    ...image,
    rightsExpired: image.rightsExpiresAt !== null && Date.parse(image.rightsExpiresAt) <= Date.parse(now),
    srcset: sha256 && fileExt ? srcsetOf(sha256, fileExt, image.width) : [],
  };
}

/** An image event is public once something public shows the image. */
function emitImage(ctx: Ctx, tx: Db, type: string, row: ImageRow, wasPublic = false): void {
  const isPublic = wasPublic || ctx.repos.images.findByIdOrSlug(row.id, 'public', ctx.now()) !== undefined;
  emitChange(ctx, tx, {
    type,
    resourceType: 'image',
    id: row.id,
    isPublic,
    representation: () => toImage(row, ctx.now()),
    tombstone: { id: row.id, slug: row.slug },
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
    if (isTaken(wanted))
      throw new AppError('SLUG_TAKEN', `Another image already has the slug '${wanted}'`, {
        errors: [{ path: 'slug', message: 'is already taken' }],
      });
    return wanted;
  }
  return uniqueSlug(toSlug(fallbackText), isTaken);
}

/** A file name as written, when its percent-escapes do not decode (`%FF`): a slug is made either way. */
const decodedName = (name: string): string => {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
};

/** Slugs for images come from the alt text, else the file name in the URL. */
const slugSource = (input: { alt?: string | undefined; url?: string | null | undefined }): string =>
  input.alt ||
  (input.url
    ? decodedName(
        new URL(input.url).pathname
          .split('/')
          .pop()
          ?.replace(/\.[a-z0-9]+$/i, '') ?? '',
      )
    : '') ||
  'image';

const toIsoOrNull = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);

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
  rightsExpiresAt: toIsoOrNull(input.rightsExpiresAt),
});

type FileFacts = Pick<ImageRow, 'url' | 'width' | 'height' | 'mimeType' | 'bytes' | 'sha256' | 'fileExt'>;

function insertImage(ctx: Ctx, input: ImageCreate, slugText: string, file: FileFacts | null): ImageRow {
  return writeTransaction(ctx.repos.db, (tx) => {
    const now = ctx.now();
    const row: ImageRow = {
      id: newId(),
      slug: claimSlug(ctx, input.slug, slugText),
      ...fromInput(input),
      sha256: null,
      fileExt: null,
      ...file,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    ctx.repos.images.insert(tx, row);
    emitImage(ctx, tx, 'image.created', row);
    return row;
  });
}

/** An image known by its external URL (or, for now, by its metadata alone). */
export function createImage(ctx: Ctx, input: ImageCreate): ImageRow {
  return insertImage(ctx, input, slugSource(input), null);
}

/** An uploaded image: the stored file decides url, size and type; the slug comes from the alt text, else the file's name. */
export function createUploadedImage(
  ctx: Ctx,
  input: ImageCreate,
  file: ProcessedImage,
  filename: string | undefined,
): ImageRow {
  const facts: FileFacts = {
    url: mediaUrl(file.sha256, file.ext),
    width: file.width,
    height: file.height,
    mimeType: file.mimeType,
    bytes: file.data.length,
    sha256: file.sha256,
    fileExt: file.ext,
  };
  return insertImage(ctx, input, input.alt || filename?.replace(/\.[^.]*$/, '') || 'image', facts);
}

/** An uploaded image's file facts cannot be edited: a 400 names each field sent with another value. */
function checkFileFacts(current: ImageRow, input: ImagePatch): void {
  if (current.sha256 === null) return;
  const errors = fileDerivedFields
    .filter((field) => input[field] !== undefined && input[field] !== current[field])
    .map((path) => ({ path, message: 'is set from the uploaded file and cannot be changed' }));
  if (errors.length > 0)
    throw new AppError('VALIDATION_FAILED', errors.map((error) => `${error.path}: ${error.message}`).join('; '), {
      errors,
    });
}

export function updateImage(
  ctx: Ctx,
  id: string,
  input: ImagePatch,
  mode: 'patch' | 'replace',
  precondition?: Precondition,
): ImageRow {
  return writeTransaction(ctx.repos.db, (tx) => {
    const current = requireImage(ctx, id);
    checkPrecondition(precondition, current.version);
    checkFileFacts(current, input);
    const replaced = mode === 'replace' ? fromInput(input as ImageCreate) : undefined;
    const changes = replaced
      ? {
          ...replaced,
          ...(current.sha256 !== null
            ? {
                url: current.url,
                width: current.width,
                height: current.height,
                mimeType: current.mimeType,
                bytes: current.bytes,
              }
            : {}),
        }
      : stripUndefined({
          ...input,
          slug: undefined,
          rightsExpiresAt: input.rightsExpiresAt === undefined ? undefined : toIsoOrNull(input.rightsExpiresAt),
        });
    const slug = input.slug !== undefined ? claimSlug(ctx, input.slug, '', id) : current.slug;
    ctx.repos.images.update(tx, id, { ...changes, slug, updatedAt: ctx.now() });
    const updated = requireImage(ctx, id);
    emitImage(ctx, tx, 'image.updated', updated);
    return updated;
  });
}

/** Returns the deleted record: once this has committed, its file may go (see MediaLibrary.release). */
export function deleteImage(ctx: Ctx, id: string, force: boolean, actor: Actor, precondition?: Precondition): ImageRow {
  return writeTransaction(ctx.repos.db, (tx) => {
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
      throw new AppError(
        'STILL_REFERENCED',
        `The image is still used by ${referrers.length} resource(s); detach them first or delete with ?force=true`,
        { referrers },
      );
    }
    if (referrers.length > 0) {
      const now = ctx.now();
      ctx.repos.images.detachFromAuthorsAndLinks(tx, id, now);
      for (const { id: authorId } of refs.avatarOf)
        emitAuthor(ctx, tx, 'author.updated', ctx.repos.authors.findById(authorId)!);
      for (const link of refs.relatedLinks) {
        const article = ctx.repos.articles.findById(link.articleId, 'all', now)!;
        emitLink(ctx, tx, 'relatedLink.updated', ctx.repos.related.find(link.articleId, link.id)!, article.announced);
      }
      detachImageFromArticles(ctx, tx, id, actor);
    }
    ctx.repos.images.delete(tx, id);
    emitImage(ctx, tx, 'image.deleted', current, wasPublic);
    return current;
  });
}
