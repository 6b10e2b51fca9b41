// Image rules: unique slugs, no image deleted while something still shows it, and an uploaded
// file's own facts (url, size, type) that no write can contradict.
import type { Ctx } from '../../context.js';
import type { ImageRow } from '../../db/rows.js';
import { AppError, checkFields, type Referrer } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import type { Links } from '../../lib/links.js';
import { mediaUrl, srcsetOf } from '../../lib/media-formats.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { claimSlug } from '../../lib/slug.js';
import type { Repositories } from '../../repositories.js';
import { type Actor, publicViewer } from '../access/index.js';
import { detachImageFromArticles } from '../articles/index.js';
import { emitAuthor } from '../authors/index.js';
import { emitChange } from '../events/index.js';
import type { ProcessedImage } from '../media/index.js';
import { emitLink } from '../related/index.js';
import { fileDerivedFields, type Image, type ImageCreate, type ImagePatch } from './schema.js';

/** `now` decides `rightsExpired`, so a read at a given time says whether the image may still be
 *  shown. An uploaded file's URLs are absolute (PUBLIC_API_URL); an external `url` stays as given. */
export function toImage({ sha256, fileExt, ...image }: ImageRow, now: string, links: Links): Image {
  const uploaded = sha256 !== null && fileExt !== null;
  return {
    ...image,
    url: uploaded && image.url !== null ? links.api(image.url) : image.url,
    rightsExpired: image.rightsExpiresAt !== null && Date.parse(image.rightsExpiresAt) <= Date.parse(now),
    srcset: uploaded ? srcsetOf(sha256, fileExt, image.width, links.api('')) : [],
  };
}

/** An image event is public once something public shows the image. */
async function emitImage(ctx: Ctx, tx: Repositories, type: string, row: ImageRow, wasPublic = false): Promise<void> {
  const isPublic = wasPublic || (await tx.images.findByIdOrSlug(row.id, publicViewer, ctx.now())) !== undefined;
  await emitChange(ctx, tx, {
    type,
    resourceType: 'image',
    id: row.id,
    isPublic,
    representation: () => toImage(row, ctx.now(), ctx.links),
    tombstone: { id: row.id, slug: row.slug },
  });
}

async function requireImage(repos: Repositories, id: string): Promise<ImageRow> {
  const row = await repos.images.findById(id);
  if (!row) throw new AppError('IMAGE_NOT_FOUND', `No image has the id ${id}`);
  return row;
}

const slugTaken = (repos: Repositories, exceptId?: string) => async (slug: string) => {
  const found = await repos.images.findBySlug(slug);
  return found !== undefined && found.id !== exceptId;
};

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

function insertImage(ctx: Ctx, input: ImageCreate, slugText: string, file: FileFacts | null): Promise<ImageRow> {
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const row: ImageRow = {
      id: newId(),
      slug: await claimSlug('image', input.slug, slugText, slugTaken(tx)),
      ...fromInput(input),
      sha256: null,
      fileExt: null,
      ...file,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await tx.images.insert(row);
    await emitImage(ctx, tx, 'image.created', row);
    return row;
  });
}

/** An image known by its external URL (or, for now, by its metadata alone). */
export function createImage(ctx: Ctx, input: ImageCreate): Promise<ImageRow> {
  return insertImage(ctx, input, slugSource(input), null);
}

/** An uploaded image: the stored file decides url, size and type; the slug comes from the alt text, else the file's name. */
export function createUploadedImage(
  ctx: Ctx,
  input: ImageCreate,
  file: ProcessedImage,
  filename: string | undefined,
): Promise<ImageRow> {
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
  checkFields(
    fileDerivedFields
      .filter((field) => input[field] !== undefined && input[field] !== current[field])
      .map((path) => ({ path, message: 'is set from the uploaded file and cannot be changed' })),
  );
}

export function updateImage(
  ctx: Ctx,
  id: string,
  input: ImagePatch,
  mode: 'patch' | 'replace',
  precondition?: Precondition,
): Promise<ImageRow> {
  return ctx.transaction(async (tx) => {
    const current = await requireImage(tx, id);
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
    const slug = input.slug !== undefined ? await claimSlug('image', input.slug, '', slugTaken(tx, id)) : current.slug;
    await tx.images.update(id, { ...changes, slug, updatedAt: ctx.now() });
    const updated = await requireImage(tx, id);
    await emitImage(ctx, tx, 'image.updated', updated);
    return updated;
  });
}

/** Returns the deleted record: once this has committed, its file may go (see MediaLibrary.release). */
export function deleteImage(
  ctx: Ctx,
  id: string,
  force: boolean,
  actor: Actor,
  precondition?: Precondition,
): Promise<ImageRow> {
  return ctx.transaction(async (tx) => {
    const current = await requireImage(tx, id);
    checkPrecondition(precondition, current.version);
    const wasPublic = (await tx.images.findByIdOrSlug(id, publicViewer, ctx.now())) !== undefined;
    const refs = await tx.images.referrers(id);
    const referrers: Referrer[] = [
      ...refs.avatarOf.map((author) => ({ type: 'author' as const, id: author.id, slug: author.slug })),
      ...refs.articles.map((article) => ({ type: 'article' as const, id: article.id, slug: article.slug })),
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
      await tx.images.detachFromAuthorsAndLinks(id, ctx.now());
      for (const { id: authorId } of refs.avatarOf)
        await emitAuthor(ctx, tx, 'author.updated', (await tx.authors.findById(authorId))!);
      for (const link of refs.relatedLinks)
        await emitLink(ctx, tx, 'relatedLink.updated', (await tx.related.find(link.articleId, link.id))!);
      await detachImageFromArticles(ctx, tx, id, actor);
    }
    await tx.images.delete(id);
    await emitImage(ctx, tx, 'image.deleted', current, wasPublic);
    return current;
  });
}
