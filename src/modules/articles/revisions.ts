// An article's history: its revisions listed and read (for the viewers the visibility policy lets
// read them), and a revision restored as a new version.
import type { Ctx } from '../../context.js';
import { AppError } from '../../lib/errors.js';
import type { Precondition } from '../../lib/preconditions.js';
import { type Actor, editorialViewer, historyVisible, type Viewer } from '../access/index.js';
import { defaultExcerpt } from './body.js';
import { peopleOf, requireArticle, toArticle } from './read.js';
import type { Article, Block } from './schema.js';
import { derive, updateArticle } from './service.js';
import { translationStateOf } from './translations.js';

const beforeLocales = { locale: 'en', translationGroupId: null, translationOf: null, sourceVersion: null };

/** Restoring a revision writes its state as a new version (and so a new revision). */
export async function restoreRevision(
  ctx: Ctx,
  id: string,
  number: number,
  actor: Actor,
  precondition?: Precondition,
): Promise<Article> {
  const revision = await ctx.repos.articles.revision(id, number);
  if (!revision) {
    await requireArticle(ctx.repos, id, editorialViewer, ctx.now());
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

/** The article whose history the viewer asks for: a 404 when they cannot see it, a 403 when they
 *  can but its history is not theirs to read. */
async function requireHistory(ctx: Ctx, id: string, viewer: Viewer): Promise<void> {
  const article = await requireArticle(ctx.repos, id, viewer, ctx.now());
  if (!historyVisible(viewer, article))
    throw new AppError('FORBIDDEN', 'Contributors read the revisions of their own articles only');
}

/** Revisions of an article the viewer may see (a contributor: their own), newest first. */
export async function listRevisions(ctx: Ctx, id: string, viewer: Viewer) {
  await requireHistory(ctx, id, viewer);
  const revisions = await ctx.repos.articles.revisions(id);
  const people = await peopleOf(
    ctx.repos,
    revisions.map((revision) => revision.createdBy),
  );
  return revisions.map(({ createdBy, ...revision }) => ({ ...revision, ...attribution(viewer, people(createdBy)) }));
}

/** Who made a revision is a private field, like an article's createdBy (contributors, preview). */
const attribution = (viewer: Viewer, createdBy: ReturnType<Awaited<ReturnType<typeof peopleOf>>>) =>
  viewer.privateFields ? { createdBy } : {};

export async function readRevision(ctx: Ctx, id: string, number: number, viewer: Viewer) {
  await requireHistory(ctx, id, viewer);
  const revision = await ctx.repos.articles.revision(id, number);
  if (!revision) throw new AppError('REVISION_NOT_FOUND', `Article ${id} has no revision ${number}`);
  // Revisions written before articles had a locale were all in English (migration 0008's default).
  const snapshot = { ...beforeLocales, ...revision.snapshot };
  const { bodyHtml } = await derive(ctx.repos, snapshot.body as Block[], snapshot.locale);
  return {
    number: revision.number,
    createdAt: revision.createdAt,
    ...attribution(viewer, (await peopleOf(ctx.repos, [revision.createdBy]))(revision.createdBy)),
    article: toArticle(
      { ...snapshot, bodyHtml },
      viewer,
      await peopleOf(ctx.repos, [snapshot.createdBy, snapshot.updatedBy]),
      ctx.links,
      await translationStateOf(ctx, snapshot),
    ),
  };
}
