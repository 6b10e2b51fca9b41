// Author rules: unique slugs, an avatar that exists, no deleting an author still credited.
import { type Db, writeTransaction } from '../../db/client.js';
import type { AuthorRow } from '../../db/schema.js';
import { type Actor, type Ctx, publicViewer, type Viewer } from '../../lib/context.js';
import { AppError, invalidField } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { toSlug, uniqueSlug } from '../../lib/slug.js';
import { detachAuthorFromArticles } from '../articles/service.js';
import { emitChange } from '../events/service.js';
import type { Author, AuthorCreate, AuthorPatch } from './schema.js';

/** The email is private: only a token holder sees it. */
export function toAuthor(row: AuthorRow, viewer: Viewer): Author {
  const { email, ...rest } = row;
  return viewer.visibility === 'all' ? { ...rest, email } : rest;
}

/** An author event is public once a visible article credits the author. */
export function emitAuthor(ctx: Ctx, tx: Db, type: string, row: AuthorRow, wasPublic = false): void {
  const isPublic = wasPublic || ctx.repos.authors.findByIdOrSlug(row.id, 'public', ctx.now()) !== undefined;
  const representation = () => toAuthor(row, isPublic ? publicViewer : { visibility: 'all', actor: null });
  emitChange(ctx, tx, {
    type,
    resourceType: 'author',
    id: row.id,
    isPublic,
    representation,
    tombstone: { id: row.id, slug: row.slug },
  });
}

function requireAuthor(ctx: Ctx, id: string): AuthorRow {
  const row = ctx.repos.authors.findById(id);
  if (!row) throw new AppError('AUTHOR_NOT_FOUND', `No author has the id ${id}`);
  return row;
}

function claimSlug(ctx: Ctx, wanted: string | undefined, name: string, exceptId?: string): string {
  const isTaken = (slug: string) => ctx.repos.authors.slugTaken(slug, exceptId);
  if (wanted !== undefined) {
    if (isTaken(wanted))
      throw new AppError('SLUG_TAKEN', `Another author already has the slug '${wanted}'`, {
        errors: [{ path: 'slug', message: 'is already taken' }],
      });
    return wanted;
  }
  return uniqueSlug(toSlug(name), isTaken);
}

function checkAvatar(ctx: Ctx, avatarImageId: string | null | undefined): void {
  if (avatarImageId && !ctx.repos.images.findById(avatarImageId))
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

export function createAuthor(ctx: Ctx, input: AuthorCreate): AuthorRow {
  return writeTransaction(ctx.repos.db, (tx) => {
    checkAvatar(ctx, input.avatarImageId);
    const now = ctx.now();
    const row: AuthorRow = {
      id: newId(),
      slug: claimSlug(ctx, input.slug, input.name),
      ...fromInput(input),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    ctx.repos.authors.insert(tx, row);
    emitAuthor(ctx, tx, 'author.created', row);
    return row;
  });
}

export function updateAuthor(
  ctx: Ctx,
  id: string,
  input: AuthorPatch,
  mode: 'patch' | 'replace',
  precondition?: Precondition,
): AuthorRow {
  return writeTransaction(ctx.repos.db, (tx) => {
    const current = requireAuthor(ctx, id);
    checkPrecondition(precondition, current.version);
    checkAvatar(ctx, input.avatarImageId);
    const changes =
      mode === 'replace' ? fromInput(input as AuthorCreate) : stripUndefined({ ...input, slug: undefined });
    const slug = input.slug !== undefined ? claimSlug(ctx, input.slug, '', id) : current.slug;
    ctx.repos.authors.update(tx, id, { ...changes, slug, updatedAt: ctx.now() });
    const updated = requireAuthor(ctx, id);
    emitAuthor(ctx, tx, 'author.updated', updated);
    return updated;
  });
}

export function deleteAuthor(ctx: Ctx, id: string, force: boolean, actor: Actor, precondition?: Precondition): void {
  writeTransaction(ctx.repos.db, (tx) => {
    const current = requireAuthor(ctx, id);
    checkPrecondition(precondition, current.version);
    const wasPublic = ctx.repos.authors.findByIdOrSlug(id, 'public', ctx.now()) !== undefined;
    const credited = ctx.repos.articles.usingAuthor(id);
    if (credited.length > 0 && !force) {
      throw new AppError(
        'STILL_REFERENCED',
        `The author is still credited on ${credited.length} article(s); detach them first or delete with ?force=true`,
        {
          referrers: credited.map((article) => ({ type: 'article', id: article.id, slug: article.slug })),
        },
      );
    }
    if (credited.length > 0) detachAuthorFromArticles(ctx, tx, id, actor);
    ctx.repos.authors.delete(tx, id);
    emitAuthor(ctx, tx, 'author.deleted', current, wasPublic);
  });
}
