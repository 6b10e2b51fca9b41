// Author rules: unique slugs, an avatar that exists, no deleting an author still credited.
import type { Ctx } from '../../context.js';
import type { AuthorRow } from '../../db/rows.js';
import { AppError, invalidField } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import type { Links } from '../../lib/links.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { claimSlug } from '../../lib/slug.js';
import type { Repositories } from '../../repositories.js';
import { type Actor, editorialViewer, publicViewer, type Viewer } from '../access/index.js';
import { detachAuthorFromArticles } from '../articles/index.js';
import { emitChange } from '../events/index.js';
import type { Author, AuthorCreate, AuthorPatch } from './schema.js';

/** The email is private: only a viewer who may see private fields gets it. */
export function toAuthor(row: AuthorRow, viewer: Viewer, links: Links): Author {
  const { email, ...rest } = row;
  const author = { ...rest, url: links.author(row) };
  return viewer.privateFields ? { ...author, email } : author;
}

/** An author event is public once a visible article credits the author. */
export async function emitAuthor(
  ctx: Ctx,
  tx: Repositories,
  type: string,
  row: AuthorRow,
  wasPublic = false,
): Promise<void> {
  const isPublic = wasPublic || (await tx.authors.findByIdOrSlug(row.id, publicViewer, ctx.now())) !== undefined;
  await emitChange(ctx, tx, {
    type,
    resourceType: 'author',
    id: row.id,
    isPublic,
    representation: () => toAuthor(row, isPublic ? publicViewer : editorialViewer, ctx.links),
    tombstone: { id: row.id, slug: row.slug },
  });
}

async function requireAuthor(repos: Repositories, id: string): Promise<AuthorRow> {
  const row = await repos.authors.findById(id);
  if (!row) throw new AppError('AUTHOR_NOT_FOUND', `No author has the id ${id}`);
  return row;
}

async function checkAvatar(repos: Repositories, avatarImageId: string | null | undefined): Promise<void> {
  if (avatarImageId && !(await repos.images.findById(avatarImageId)))
    throw invalidField('avatarImageId', 'no image has this id');
}

const fromInput = (input: AuthorCreate) => ({
  name: input.name,
  role: input.role ?? null,
  bio: input.bio ?? null,
  avatarImageId: input.avatarImageId ?? null,
  links: input.links ?? {},
  email: input.email ?? null,
});

export function createAuthor(ctx: Ctx, input: AuthorCreate): Promise<AuthorRow> {
  return ctx.transaction(async (tx) => {
    await checkAvatar(tx, input.avatarImageId);
    const now = ctx.now();
    const slug = await claimSlug('author', input.slug, input.name, (slug) => tx.authors.slugTaken(slug));
    const row: AuthorRow = { id: newId(), slug, ...fromInput(input), createdAt: now, updatedAt: now, version: 1 };
    await tx.authors.insert(row);
    await emitAuthor(ctx, tx, 'author.created', row);
    return row;
  });
}

export function updateAuthor(
  ctx: Ctx,
  id: string,
  input: AuthorPatch,
  mode: 'patch' | 'replace',
  precondition?: Precondition,
): Promise<AuthorRow> {
  return ctx.transaction(async (tx) => {
    const current = await requireAuthor(tx, id);
    checkPrecondition(precondition, current.version);
    await checkAvatar(tx, input.avatarImageId);
    const changes =
      mode === 'replace' ? fromInput(input as AuthorCreate) : stripUndefined({ ...input, slug: undefined });
    const slug =
      input.slug !== undefined
        ? await claimSlug('author', input.slug, '', (slug) => tx.authors.slugTaken(slug, id))
        : current.slug;
    await tx.authors.update(id, { ...changes, slug, updatedAt: ctx.now() });
    const updated = await requireAuthor(tx, id);
    await emitAuthor(ctx, tx, 'author.updated', updated);
    return updated;
  });
}

export function deleteAuthor(
  ctx: Ctx,
  id: string,
  force: boolean,
  actor: Actor,
  precondition?: Precondition,
): Promise<void> {
  return ctx.transaction(async (tx) => {
    const current = await requireAuthor(tx, id);
    checkPrecondition(precondition, current.version);
    const wasPublic = (await tx.authors.findByIdOrSlug(id, publicViewer, ctx.now())) !== undefined;
    const credited = await tx.articles.usingAuthor(id);
    if (credited.length > 0 && !force) {
      throw new AppError(
        'STILL_REFERENCED',
        `The author is still credited on ${credited.length} article(s); detach them first or delete with ?force=true`,
        { referrers: credited.map((article) => ({ type: 'article', id: article.id, slug: article.slug })) },
      );
    }
    if (credited.length > 0) await detachAuthorFromArticles(ctx, tx, id, actor);
    await tx.authors.delete(id);
    await emitAuthor(ctx, tx, 'author.deleted', current, wasPublic);
  });
}
