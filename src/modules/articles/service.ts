// Article rules: derived fields (HTML, excerpt, reading time), references that must exist,
// unique slugs, scheduling, and the read model with its includes.
import { type Db, writeTransaction } from '../../db/client.js';
import type { ArticleRow } from '../../db/schema.js';
import { type Actor, type Ctx, publicViewer, roleAtLeast, type Viewer } from '../../lib/context.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { AppError, type FieldError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { toSlug, uniqueSlug } from '../../lib/slug.js';
import { emit } from '../events/service.js';
import { bodyText, defaultExcerpt, markdownToBlocks, readingTimeMinutes, renderBodyHtml } from './body.js';
import type { ArticleFilters, ArticleListRow, RenderShape, StoredArticle } from './repository.js';
import {
  type Article,
  type ArticleCreate,
  type ArticleListQuery,
  type ArticlePatch,
  type Block,
  type Field,
  type Include,
  includeValues,
} from './schema.js';
import { snippetHtml, toFtsQuery } from './search.js';

const editorView: Viewer = { visibility: 'all', actor: null };

export function requireArticle(ctx: Ctx, id: string, viewer: Viewer): ArticleRow {
  const row = ctx.repos.articles.findById(id, viewer.visibility, ctx.now());
  if (!row) throw new AppError('ARTICLE_NOT_FOUND', `No article has the id ${id}`);
  return row;
}

/** Every id the article points at must exist: a 400 naming each missing one. */
function checkReferences(
  ctx: Ctx,
  input: { authorIds: string[]; featuredImageId: string | null; body: Block[] },
): void {
  const errors: FieldError[] = [];
  const authors = ctx.repos.authors.existingIds(input.authorIds);
  for (const [index, id] of input.authorIds.entries()) {
    if (!authors.has(id)) errors.push({ path: `authorIds.${index}`, message: 'no author has this id' });
  }
  const imageIds = [
    input.featuredImageId,
    ...input.body.map((block) => (block.type === 'image' ? block.imageId : null)),
  ].filter((id): id is string => id !== null);
  const images = new Set(ctx.repos.images.findByIds(imageIds).map((image) => image.id));
  if (input.featuredImageId && !images.has(input.featuredImageId))
    errors.push({ path: 'featuredImageId', message: 'no image has this id' });
  for (const [index, block] of input.body.entries()) {
    if (block.type === 'image' && !images.has(block.imageId))
      errors.push({ path: `body.${index}.imageId`, message: 'no image has this id' });
  }
  if (errors.length > 0)
    throw new AppError('VALIDATION_FAILED', errors.map((error) => `${error.path}: ${error.message}`).join('; '), {
      errors,
    });
}

function claimSlug(ctx: Ctx, wanted: string | undefined, title: string, exceptId?: string): string {
  const isTaken = (slug: string) => ctx.repos.articles.slugTaken(slug, exceptId);
  if (wanted !== undefined) {
    if (isTaken(wanted))
      throw new AppError('SLUG_TAKEN', `Another article already has the slug '${wanted}'`, {
        errors: [{ path: 'slug', message: 'is already taken' }],
      });
    return wanted;
  }
  return uniqueSlug(toSlug(title), isTaken);
}

/** The derived, read-only fields of a body. */
function derive(ctx: Ctx, body: Block[]) {
  const imageIds = body.flatMap((block) => (block.type === 'image' ? [block.imageId] : []));
  const images = new Map(ctx.repos.images.findByIds(imageIds).map((image) => [image.id, image]));
  const text = bodyText(body);
  return {
    bodyHtml: renderBodyHtml(body, (id) => images.get(id)),
    bodyText: text,
    readingTimeMinutes: readingTimeMinutes(text),
  };
}

type Writable = {
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  body: Block[];
  section: string | null;
  tags: string[];
  status: ArticleRow['status'];
  publishedAt: string | null;
  authorIds: string[];
  featuredImageId: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
};

function bodyOf(input: Pick<ArticleCreate, 'body' | 'bodyMarkdown'>): Block[] | undefined {
  if (input.bodyMarkdown !== undefined) return markdownToBlocks(input.bodyMarkdown);
  return input.body;
}

function fromCreateInput(input: ArticleCreate): Writable {
  return {
    title: input.title,
    subtitle: input.subtitle ?? null,
    excerpt: input.excerpt ?? null,
    body: bodyOf(input) ?? [],
    section: input.section ?? null,
    tags: input.tags ?? [],
    status: input.status ?? 'draft',
    publishedAt: input.publishedAt ?? null,
    authorIds: input.authorIds ?? [],
    featuredImageId: input.featuredImageId ?? null,
    seoTitle: input.seo?.title ?? null,
    seoDescription: input.seo?.description ?? null,
  };
}

function fromPatchInput(current: ArticleRow, input: ArticlePatch): Writable {
  const body = bodyOf(input) ?? (current.body as Block[]);
  // An excerpt that was derived keeps following the first paragraph; a written one stays.
  const excerptWasDerived = current.excerpt === defaultExcerpt(current.body as Block[]);
  return {
    title: input.title ?? current.title,
    subtitle: input.subtitle !== undefined ? input.subtitle : current.subtitle,
    excerpt: input.excerpt !== undefined ? input.excerpt : excerptWasDerived ? null : current.excerpt,
    body,
    section: input.section !== undefined ? input.section : current.section,
    tags: input.tags ?? current.tags,
    status: input.status ?? current.status,
    publishedAt: input.publishedAt !== undefined ? input.publishedAt : current.publishedAt,
    authorIds: input.authorIds ?? current.authorIds,
    featuredImageId: input.featuredImageId !== undefined ? input.featuredImageId : current.featuredImageId,
    seoTitle: input.seo?.title !== undefined ? input.seo.title : current.seoTitle,
    seoDescription: input.seo?.description !== undefined ? input.seo.description : current.seoDescription,
  };
}

/** Builds the stored row from what the editor wrote plus what the server derives. */
type Identity = { id: string; slug: string; createdAt: string; createdBy: string | null; version: number };

function toStored(ctx: Ctx, values: Writable, identity: Identity, actor: Actor | null, now = ctx.now()): StoredArticle {
  const { seoTitle, seoDescription, excerpt, ...rest } = values;
  return {
    ...rest,
    id: identity.id,
    slug: identity.slug,
    createdAt: identity.createdAt,
    createdBy: identity.createdBy,
    version: identity.version,
    // Publishing without a date publishes now; a date in the future schedules.
    publishedAt:
      values.status === 'published' && values.publishedAt === null
        ? now
        : values.publishedAt !== null
          ? new Date(values.publishedAt).toISOString()
          : null,
    excerpt: excerpt ?? defaultExcerpt(values.body),
    seoTitle,
    seoDescription,
    ...derive(ctx, values.body),
    updatedAt: now,
    updatedBy: actor?.name ?? null,
    // Set by the write functions below, from what the public was told.
    announced: false,
  };
}

// ---- Writing, with the events every write emits (in the same transaction) ----

const isVisible = (ctx: Ctx, row: Pick<StoredArticle, 'status' | 'publishedAt'>): boolean =>
  row.status === 'published' && row.publishedAt !== null && row.publishedAt <= ctx.now();

/** The article as an event carries it: with its embeds, as the audience may see it. */
function eventData(ctx: Ctx, row: StoredArticle, audience: 'public' | 'private'): Article {
  const viewer = audience === 'public' ? publicViewer : editorView;
  // The row is written already (same transaction): the event carries what a read would answer.
  const rendered = ctx.repos.articles.render(
    'id',
    row.id,
    shapeOf(viewer, { include: [...includeValues] }, true),
    ctx.now(),
  );
  if (!rendered) throw new Error(`article ${row.id} announced to the ${audience} audience cannot be read by it`);
  return JSON.parse(rendered.json.toString()) as Article;
}

function announce(ctx: Ctx, tx: Db, row: StoredArticle, type: string, audience: 'public' | 'private'): void {
  emit(ctx, tx, {
    type,
    resourceType: 'article',
    resourceId: row.id,
    audience,
    operation: 'upsert',
    section: row.section,
    data: eventData(ctx, row, audience),
  });
}

function saveNew(ctx: Ctx, tx: Db, row: StoredArticle): void {
  row.announced = isVisible(ctx, row);
  ctx.repos.articles.insert(tx, row);
  announce(ctx, tx, row, 'article.created', 'private');
  if (row.announced) announce(ctx, tx, row, 'article.published', 'public');
}

/** Updates, and tells the public when the article appears (published) or disappears (unpublished). */
function saveChange(ctx: Ctx, tx: Db, current: StoredArticle, row: StoredArticle): void {
  const visible = isVisible(ctx, row);
  row.announced = visible;
  ctx.repos.articles.update(tx, row, current.slug);
  announce(ctx, tx, row, 'article.updated', visible && current.announced ? 'public' : 'private');
  if (visible && !current.announced) announce(ctx, tx, row, 'article.published', 'public');
  if (!visible && current.announced) {
    emit(ctx, tx, {
      type: 'article.unpublished',
      resourceType: 'article',
      resourceId: row.id,
      audience: 'public',
      operation: 'delete',
      section: row.section,
      data: { id: row.id, slug: current.slug },
    });
  }
}

/** Scheduled articles whose time has come: announced once, by the worker. */
export function announceDueArticles(ctx: Ctx, limit = 100): number {
  const due = ctx.repos.events.dueForAnnouncement(ctx.now(), limit);
  for (const row of due) {
    writeTransaction(ctx.repos.db, (tx) => {
      ctx.repos.articles.markAnnounced(tx, row.id);
      announce(ctx, tx, { ...row, announced: true }, 'article.published', 'public');
    });
  }
  return due.length;
}

/** Contributors write drafts only, and only their own. */
function checkContributor(actor: Actor, next: Writable, current?: ArticleRow): void {
  if (roleAtLeast(actor.role, 'editor')) return;
  if (current && (current.createdBy !== actor.name || current.status !== 'draft')) {
    throw new AppError('FORBIDDEN', 'Contributors can only change their own drafts');
  }
  if (next.status !== 'draft')
    throw new AppError('FORBIDDEN', 'Contributors can only write drafts; an editor publishes', {
      errors: [{ path: 'status', message: "must be 'draft' for contributors" }],
    });
}

export function createArticle(ctx: Ctx, input: ArticleCreate, actor: Actor): Article {
  return writeTransaction(ctx.repos.db, (tx) => {
    const values = fromCreateInput(input);
    checkContributor(actor, values);
    checkReferences(ctx, values);
    const now = ctx.now();
    const row = toStored(
      ctx,
      values,
      {
        id: newId(),
        slug: claimSlug(ctx, input.slug, values.title),
        createdAt: now,
        createdBy: actor.name,
        version: 1,
      },
      actor,
      now,
    );
    saveNew(ctx, tx, row);
    return toArticle(row, editorView);
  });
}

export function updateArticle(
  ctx: Ctx,
  id: string,
  input: ArticlePatch,
  mode: 'patch' | 'replace',
  actor: Actor,
  precondition?: Precondition,
): Article {
  return writeTransaction(ctx.repos.db, (tx) => {
    const current = requireArticle(ctx, id, editorView);
    checkPrecondition(precondition, current.version);
    const values = mode === 'replace' ? fromCreateInput(input as ArticleCreate) : fromPatchInput(current, input);
    checkContributor(actor, values, current);
    checkReferences(ctx, values);
    // PUT without a slug keeps the current one: URLs are not regenerated by accident.
    const slug = input.slug !== undefined ? claimSlug(ctx, input.slug, values.title, id) : current.slug;
    const row = toStored(ctx, values, { ...current, slug, version: current.version + 1 }, actor);
    saveChange(ctx, tx, current, row);
    return toArticle(row, editorView);
  });
}

export function deleteArticle(ctx: Ctx, id: string, precondition?: Precondition): void {
  writeTransaction(ctx.repos.db, (tx) => {
    const current = requireArticle(ctx, id, editorView);
    checkPrecondition(precondition, current.version);
    ctx.repos.articles.delete(tx, id);
    emit(ctx, tx, {
      type: 'article.deleted',
      resourceType: 'article',
      resourceId: id,
      audience: current.announced ? 'public' : 'private',
      operation: 'delete',
      section: current.section,
      data: { id, slug: current.slug },
    });
  });
}

/** For a forced author delete: the author leaves every byline, each article gets a new version. */
export function detachAuthorFromArticles(ctx: Ctx, tx: Db, authorId: string, actor: Actor): void {
  for (const { id } of ctx.repos.articles.usingAuthor(authorId)) {
    const current = requireArticle(ctx, id, editorView);
    const values = fromPatchInput(current, { authorIds: current.authorIds.filter((other) => other !== authorId) });
    saveChange(ctx, tx, current, toStored(ctx, values, { ...current, version: current.version + 1 }, actor));
  }
}

/** For a forced image delete: no featured image, and its body blocks are removed. */
export function detachImageFromArticles(ctx: Ctx, tx: Db, imageId: string, actor: Actor): void {
  for (const current of ctx.repos.articles.usingImage(imageId)) {
    const values = fromPatchInput(current, {
      featuredImageId: current.featuredImageId === imageId ? null : current.featuredImageId,
      body: (current.body as Block[]).filter((block) => !(block.type === 'image' && block.imageId === imageId)),
    });
    saveChange(ctx, tx, current, toStored(ctx, values, { ...current, version: current.version + 1 }, actor));
  }
}

/** Restoring a revision writes its state as a new version (and so a new revision). */
export function restoreRevision(
  ctx: Ctx,
  id: string,
  number: number,
  actor: Actor,
  precondition?: Precondition,
): Article {
  const revision = ctx.repos.articles.revision(id, number);
  if (!revision) {
    requireArticle(ctx, id, editorView);
    throw new AppError('REVISION_NOT_FOUND', `Article ${id} has no revision ${number}`);
  }
  const state = revision.snapshot;
  const body = state.body as Block[];
  return updateArticle(
    ctx,
    id,
    {
      slug: state.slug,
      title: state.title,
      subtitle: state.subtitle,
      excerpt: state.excerpt === defaultExcerpt(body) ? null : state.excerpt,
      body,
      section: state.section,
      tags: state.tags,
      status: state.status,
      publishedAt: state.publishedAt,
      authorIds: state.authorIds,
      featuredImageId: state.featuredImageId,
      seo: { title: state.seoTitle, description: state.seoDescription },
    },
    'replace',
    actor,
    precondition,
  );
}

export function listRevisions(ctx: Ctx, id: string) {
  requireArticle(ctx, id, editorView);
  return ctx.repos.articles.revisions(id);
}

export function readRevision(ctx: Ctx, id: string, number: number) {
  requireArticle(ctx, id, editorView);
  const revision = ctx.repos.articles.revision(id, number);
  if (!revision) throw new AppError('REVISION_NOT_FOUND', `Article ${id} has no revision ${number}`);
  const { bodyHtml } = derive(ctx, revision.snapshot.body as Block[]);
  return {
    number: revision.number,
    createdAt: revision.createdAt,
    createdBy: revision.createdBy,
    article: toArticle({ ...revision.snapshot, bodyHtml, bodyText: '' }, editorView),
  };
}

/** The current slug of a visible article that used to have `slug`, for a 301. */
export function currentSlugFor(ctx: Ctx, slug: string, viewer: Viewer): string | undefined {
  const articleId = ctx.repos.articles.findByRetiredSlug(slug);
  return articleId ? ctx.repos.articles.findById(articleId, viewer.visibility, ctx.now())?.slug : undefined;
}

// ---- Reading ----

/** createdBy/updatedBy name tokens: only token holders see them. */
export function toArticle(row: StoredArticle | ArticleListRow, viewer: Viewer): Article {
  const article: Article = {
    id: row.id,
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    excerpt: row.excerpt,
    ...('body' in row && row.body !== undefined ? { body: row.body as Block[] } : {}),
    ...('bodyHtml' in row && row.bodyHtml !== undefined ? { bodyHtml: row.bodyHtml } : {}),
    section: row.section,
    tags: row.tags,
    status: row.status,
    publishedAt: row.publishedAt,
    readingTimeMinutes: row.readingTimeMinutes,
    authorIds: row.authorIds,
    featuredImageId: row.featuredImageId,
    seo: { title: row.seoTitle, description: row.seoDescription },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
  if (viewer.visibility === 'all') {
    article.createdBy = row.createdBy;
    article.updatedBy = row.updatedBy;
  }
  return article;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** By id when it looks like one (a slug may too, so then by slug as well), else by slug only. */
export function findArticle(ctx: Ctx, idOrSlug: string, viewer: Viewer): ArticleRow | undefined {
  const now = ctx.now();
  const byId = UUID.test(idOrSlug) ? ctx.repos.articles.findById(idOrSlug, viewer.visibility, now) : undefined;
  return byId ?? ctx.repos.articles.findBySlug(idOrSlug, viewer.visibility, now);
}

type ReadOptions = { include?: Include[] | undefined; fields?: Field[] | undefined };
const shapeOf = (viewer: Viewer, options: ReadOptions, withBody: boolean, withSnippet = false): RenderShape => ({
  visibility: viewer.visibility,
  include: options.include ?? [],
  fields: options.fields,
  withBody,
  withSnippet,
});

/** An article as the JSON the API answers with (built by SQLite), by id or slug, as `findArticle` finds it. */
export function renderArticle(
  ctx: Ctx,
  idOrSlug: string,
  viewer: Viewer,
  options: ReadOptions,
): { version: number; json: Buffer } | undefined {
  const now = ctx.now();
  const shape = shapeOf(viewer, options, true);
  const byId = UUID.test(idOrSlug) ? ctx.repos.articles.render('id', idOrSlug, shape, now) : undefined;
  return byId ?? ctx.repos.articles.render('slug', idOrSlug, shape, now);
}

const DATA_OPEN = Buffer.from('{"data":');
/** A page of articles as the JSON the API answers with: the keys from the list query, the
 *  articles with their embeds from one rendering statement. */
export function listArticles(ctx: Ctx, query: ArticleListQuery, viewer: Viewer): Buffer {
  const sort = query.sort ?? (query.q !== undefined ? 'relevance' : '-publishedAt');
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : undefined;
  const filters: ArticleFilters = {
    status: query.status,
    section: query.section,
    tag: query.tag,
    publishedAfter: query.publishedAfter && new Date(query.publishedAfter).toISOString(),
    publishedBefore: query.publishedBefore && new Date(query.publishedBefore).toISOString(),
    match: query.q === undefined ? undefined : toFtsQuery(query.q),
  };
  const now = ctx.now();
  if (query.author !== undefined) {
    const author = ctx.repos.authors.findByIdOrSlug(query.author, 'all', now);
    // An unknown author matches nothing; it is a filter, not a lookup.
    filters.authorId = author?.id ?? '-';
  }
  const withBody = query.fields?.some((field) => field === 'body' || field === 'bodyHtml') ?? false;
  const keys = ctx.repos.articles.listKeys({
    visibility: viewer.visibility,
    now,
    filters,
    sort,
    cursor,
    limit: query.limit + 1,
  });
  const page = keys.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    keys.length > query.limit && last ? encodeCursor({ sort, key: last.sortKey, id: last.cursorId }) : null;
  const data = ctx.repos.articles.renderPage(
    page.map((key) => ({ id: key.id, snippet: key.snippet === undefined ? undefined : snippetHtml(key.snippet) })),
    shapeOf(viewer, query, withBody, query.q !== undefined),
    now,
  );
  const meta = {
    limit: query.limit,
    nextCursor,
    ...(query.count ? { total: ctx.repos.articles.count(viewer.visibility, now, filters) } : {}),
  };
  return Buffer.concat([DATA_OPEN, data, Buffer.from(`,"meta":${JSON.stringify(meta)}}`)]);
}
