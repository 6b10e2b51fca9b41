// Article rules for writing: derived fields (HTML, excerpt, reading time), references that must
// exist, unique slugs, who may write what, scheduling, and the events every write emits in its
// own transaction. Reading is in read.ts, history in revisions.ts.
import type { Ctx } from '../../context.js';
import type { ArticleRow, StoredArticle } from '../../db/rows.js';
import { AppError, checkFields, type FieldError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { requireLocale } from '../../lib/locales.js';
import { checkPrecondition, type Precondition } from '../../lib/preconditions.js';
import { claimSlug } from '../../lib/slug.js';
import type { Repositories } from '../../repositories.js';
import {
  type Actor,
  articleVisibleNow,
  editorialViewer,
  publicViewer,
  roleAtLeast,
  viewerOf,
} from '../access/index.js';
import { emit } from '../events/index.js';
import { announce, announcePublication, announceWithdrawal, linksFollow } from './announcements.js';
import { bodyText, defaultExcerpt, markdownToBlocks, readingTimeMinutes, renderBodyHtml } from './body.js';
import { requireArticle } from './read.js';
import { renderShapeOf } from './read-model.js';
import type { Article, ArticleCreate, ArticlePatch, Block } from './schema.js';
import { checkLocaleFree, translationsFollow } from './translations.js';

/** Every id the article points at must exist: a 400 naming each missing one. */
async function checkReferences(
  repos: Repositories,
  input: { authorIds: string[]; featuredImageId: string | null; body: Block[] },
): Promise<void> {
  const errors: FieldError[] = [];
  const authors = await repos.authors.existingIds(input.authorIds);
  for (const [index, id] of input.authorIds.entries()) {
    if (!authors.has(id)) errors.push({ path: `authorIds.${index}`, message: 'no author has this id' });
  }
  const imageIds = [
    input.featuredImageId,
    ...input.body.map((block) => (block.type === 'image' ? block.imageId : null)),
  ].filter((id): id is string => id !== null);
  const images = new Set((await repos.images.findByIds(imageIds)).map((image) => image.id));
  if (input.featuredImageId && !images.has(input.featuredImageId))
    errors.push({ path: 'featuredImageId', message: 'no image has this id' });
  for (const [index, block] of input.body.entries()) {
    if (block.type === 'image' && !images.has(block.imageId))
      errors.push({ path: `body.${index}.imageId`, message: 'no image has this id' });
  }
  checkFields(errors);
}

/** The derived, read-only fields of a body (reading time at the locale's speed). */
export async function derive(repos: Repositories, body: Block[], locale: string) {
  const imageIds = body.flatMap((block) => (block.type === 'image' ? [block.imageId] : []));
  const images = new Map((await repos.images.findByIds(imageIds)).map((image) => [image.id, image]));
  const text = bodyText(body);
  return {
    bodyHtml: renderBodyHtml(body, (id) => images.get(id)),
    bodyText: text,
    readingTimeMinutes: readingTimeMinutes(text, locale),
  };
}

export type Writable = {
  locale: string;
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

/** What a create (or a replace) writes; a replace without a locale keeps the current one. */
function fromCreateInput(ctx: Ctx, input: ArticleCreate, current?: ArticleRow): Writable {
  return {
    locale:
      input.locale !== undefined ? requireLocale(ctx.locales, input.locale) : (current?.locale ?? ctx.locales.default),
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

export function fromPatchInput(ctx: Ctx, current: ArticleRow, input: ArticlePatch): Writable {
  const body = bodyOf(input) ?? (current.body as Block[]);
  // An excerpt that was derived keeps following the first paragraph; a written one stays.
  const excerptWasDerived = current.excerpt === defaultExcerpt(current.body as Block[]);
  return {
    locale: input.locale !== undefined ? requireLocale(ctx.locales, input.locale) : current.locale,
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

type Identity = Pick<
  StoredArticle,
  'id' | 'slug' | 'createdAt' | 'createdBy' | 'version' | 'translationGroupId' | 'translationOf' | 'sourceVersion'
>;

/** Not a translation, in no group (yet). */
const alone = { translationGroupId: null, translationOf: null, sourceVersion: null };

/** The stored row from what the editor wrote plus what the server derives. */
export async function toStored(
  repos: Repositories,
  values: Writable,
  identity: Identity,
  actor: Actor | null,
  now: string,
): Promise<StoredArticle> {
  const { excerpt, ...rest } = values;
  return {
    ...rest,
    id: identity.id,
    slug: identity.slug,
    createdAt: identity.createdAt,
    createdBy: identity.createdBy,
    version: identity.version,
    translationGroupId: identity.translationGroupId,
    translationOf: identity.translationOf,
    sourceVersion: identity.sourceVersion,
    // Publishing without a date publishes now; a date in the future schedules.
    publishedAt:
      values.status === 'published' && values.publishedAt === null
        ? now
        : values.publishedAt !== null
          ? new Date(values.publishedAt).toISOString()
          : null,
    excerpt: excerpt ?? defaultExcerpt(values.body),
    ...(await derive(repos, values.body, values.locale)),
    updatedAt: now,
    updatedBy: actor?.userId ?? null,
    // Set by the write functions below, from what the public was told.
    announced: false,
  };
}

/** What a write answers with: the article as an editor reads it (the read model, in the write's
 *  transaction), every field and embed but the body's derived text. */
export async function written(ctx: Ctx, tx: Repositories, id: string): Promise<Article> {
  const rendered = await tx.articles.render('id', id, renderShapeOf(editorialViewer, {}, true), {
    at: ctx.now(),
    links: ctx.links,
  });
  return JSON.parse(rendered!.json.toString()) as Article;
}

export async function saveNew(ctx: Ctx, tx: Repositories, row: StoredArticle): Promise<void> {
  row.announced = articleVisibleNow(publicViewer, row, ctx.now());
  await tx.articles.insert(row);
  await announce(ctx, tx, row, 'article.created', 'private');
  if (row.announced) await announcePublication(ctx, tx, row);
}

/** Updates, and tells the public when the article appears (published) or disappears (unpublished). */
export async function saveChange(
  ctx: Ctx,
  tx: Repositories,
  current: StoredArticle,
  row: StoredArticle,
): Promise<void> {
  const visible = articleVisibleNow(publicViewer, row, ctx.now());
  row.announced = visible;
  await tx.articles.update(row, current);
  await translationsFollow(ctx, tx, current, row);
  await announce(ctx, tx, row, 'article.updated', visible && current.announced ? 'public' : 'private');
  if (visible && !current.announced) await announcePublication(ctx, tx, row);
  if (!visible && current.announced) {
    await announceWithdrawal(ctx, tx, row, current.slug);
  }
}

/** Contributors write drafts only, and only their own. */
export function checkContributor(actor: Actor, next: Writable, current?: ArticleRow): void {
  if (roleAtLeast(actor.role, 'editor')) return;
  if (current && (current.createdBy !== actor.userId || current.status !== 'draft')) {
    throw new AppError('FORBIDDEN', 'Contributors can only change their own drafts');
  }
  if (next.status !== 'draft')
    throw new AppError('FORBIDDEN', 'Contributors can only write drafts; an editor publishes', {
      errors: [{ path: 'status', message: "must be 'draft' for contributors" }],
    });
}

const slugOwner = (tx: Repositories, locale: string, exceptId?: string) => (slug: string) =>
  tx.articles.slugTaken(slug, locale, exceptId);

/** A new article from what was sent, alone or as a translation (translations.ts). */
export async function insertArticle(
  ctx: Ctx,
  tx: Repositories,
  input: ArticleCreate,
  actor: Actor,
  group: Pick<Identity, 'translationGroupId' | 'translationOf' | 'sourceVersion'> = alone,
): Promise<Article> {
  const values = fromCreateInput(ctx, input);
  checkContributor(actor, values);
  await checkReferences(tx, values);
  if (group.translationGroupId !== null) await checkLocaleFree(tx, group.translationGroupId, values.locale);
  const now = ctx.now();
  const slug = await claimSlug('article', input.slug, values.title, slugOwner(tx, values.locale));
  const identity = { id: newId(), slug, createdAt: now, createdBy: actor.userId, version: 1, ...group };
  const row = await toStored(tx, values, identity, actor, now);
  await saveNew(ctx, tx, row);
  return written(ctx, tx, row.id);
}

export function createArticle(ctx: Ctx, input: ArticleCreate, actor: Actor): Promise<Article> {
  return ctx.transaction((tx) => insertArticle(ctx, tx, input, actor));
}

export function updateArticle(
  ctx: Ctx,
  id: string,
  input: ArticlePatch,
  mode: 'patch' | 'replace',
  actor: Actor,
  precondition?: Precondition,
): Promise<Article> {
  return ctx.transaction(async (tx) => {
    // What the writer cannot see is not there for them (a 404, not a 403 that says it exists).
    const current = await requireArticle(tx, id, viewerOf(actor), ctx.now());
    checkPrecondition(precondition, current.version);
    const values =
      mode === 'replace' ? fromCreateInput(ctx, input as ArticleCreate, current) : fromPatchInput(ctx, current, input);
    checkContributor(actor, values, current);
    await checkReferences(tx, values);
    const moved = values.locale !== current.locale;
    if (moved && current.translationGroupId !== null)
      await checkLocaleFree(tx, current.translationGroupId, values.locale);
    // PUT without a slug keeps the current one: URLs are not regenerated by accident. One moved
    // to another locale keeps it too, if that locale has no article of that slug.
    const owner = slugOwner(tx, values.locale, id);
    const slug =
      input.slug !== undefined
        ? await claimSlug('article', input.slug, values.title, owner)
        : moved
          ? await claimSlug('article', current.slug, values.title, owner)
          : current.slug;
    const row = await toStored(tx, values, { ...current, slug, version: current.version + 1 }, actor, ctx.now());
    await saveChange(ctx, tx, current, row);
    return written(ctx, tx, row.id);
  });
}

export function deleteArticle(ctx: Ctx, id: string, precondition?: Precondition): Promise<void> {
  return ctx.transaction(async (tx) => {
    const current = await requireArticle(tx, id, editorialViewer, ctx.now());
    checkPrecondition(precondition, current.version);
    // Links to it go with it (on delete cascade): told before they are gone.
    if (current.announced) await linksFollow(ctx, tx, id, false);
    await tx.articles.delete(id);
    await emit(ctx, tx, {
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
export async function detachAuthorFromArticles(
  ctx: Ctx,
  tx: Repositories,
  authorId: string,
  actor: Actor,
): Promise<void> {
  for (const { id } of await tx.articles.usingAuthor(authorId)) {
    const current = await requireArticle(tx, id, editorialViewer, ctx.now());
    const values = fromPatchInput(ctx, current, {
      authorIds: current.authorIds.filter((other) => other !== authorId),
    });
    await saveChange(
      ctx,
      tx,
      current,
      await toStored(tx, values, { ...current, version: current.version + 1 }, actor, ctx.now()),
    );
  }
}

/** For a forced image delete: no featured image, and its body blocks are removed. */
export async function detachImageFromArticles(
  ctx: Ctx,
  tx: Repositories,
  imageId: string,
  actor: Actor,
): Promise<void> {
  for (const current of await tx.articles.usingImage(imageId)) {
    const values = fromPatchInput(ctx, current, {
      featuredImageId: current.featuredImageId === imageId ? null : current.featuredImageId,
      body: (current.body as Block[]).filter((block) => !(block.type === 'image' && block.imageId === imageId)),
    });
    await saveChange(
      ctx,
      tx,
      current,
      await toStored(tx, values, { ...current, version: current.version + 1 }, actor, ctx.now()),
    );
  }
}
