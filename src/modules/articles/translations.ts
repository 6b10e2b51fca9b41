// Translations (docs/translations.md): one story in several locales, a group with one article per
// locale. A translation names its source and the source's version it was made from; when the
// source gets a later version the translation is outdated (told once, article.translation.outdated)
// until an editor marks it current again. Reading a slug picks the group's best locale for the
// reader (`locale=`, then Accept-Language).
import type { Ctx } from '../../context.js';
import type { ArticleRow, StoredArticle } from '../../db/rows.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { AppError } from '../../lib/errors.js';
import { bestLocale, requireLocale } from '../../lib/locales.js';
import type { Precondition } from '../../lib/preconditions.js';
import { checkPrecondition } from '../../lib/preconditions.js';
import type { Repositories } from '../../repositories.js';
import { type Actor, editorialViewer, type Viewer, viewerOf } from '../access/index.js';
import { announce } from './announcements.js';
import { requireArticle } from './read.js';
import { renderShapeOf } from './read-model.js';
import type { Article, ArticleCreate, TranslationCreate } from './schema.js';
import { checkContributor, fromPatchInput, insertArticle, saveChange, toStored, written } from './service.js';

export type TranslationState = NonNullable<Article['translation']>;

/** Where a translation stands against its source, as the read model computes it (for the rows
 *  side: revisions); null for an article that translates none. */
export async function translationStateOf(
  ctx: Pick<Ctx, 'repos' | 'links' | 'now'>,
  row: Pick<StoredArticle, 'translationOf' | 'sourceVersion'>,
): Promise<TranslationState | null> {
  if (row.translationOf === null || row.sourceVersion === null) return null;
  const source = await ctx.repos.articles.findById(row.translationOf, editorialViewer, ctx.now());
  if (!source) return null;
  return {
    sourceId: source.id,
    sourceVersion: row.sourceVersion,
    status: source.version > row.sourceVersion ? 'outdated' : 'current',
    sourceCurrentVersion: source.version,
    diff: ctx.links.api(`/v1/articles/${source.id}/revisions`),
  };
}

/** One article per locale in a group: a 409 naming `locale` otherwise (whether the other one is
 *  visible to the writer or not, as a slug taken is). */
export async function checkLocaleFree(tx: Repositories, groupId: string, locale: string, exceptId?: string) {
  const taken = (await tx.articles.groupLocales(groupId)).some(
    (member) => member.locale === locale && member.id !== exceptId,
  );
  if (taken)
    throw new AppError('TRANSLATION_EXISTS', `The story already has a version in '${locale}'`, {
      errors: [{ path: 'locale', message: 'the story has a version in this locale already' }],
    });
}

/** A new translation of the article `id`: of its group's source when `id` is itself a translation,
 *  made from the source's current version. */
export function createTranslation(ctx: Ctx, id: string, input: TranslationCreate, actor: Actor): Promise<Article> {
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const asked = await requireArticle(tx, id, viewerOf(actor), now);
    const locale = requireLocale(ctx.locales, input.locale);
    const source =
      (asked.translationOf && (await tx.articles.findById(asked.translationOf, editorialViewer, now))) || asked;
    const groupId = asked.translationGroupId ?? asked.id;
    await checkLocaleFree(tx, groupId, locale);
    if (asked.translationGroupId === null) await tx.articles.startGroup(asked.id);
    return insertArticle(ctx, tx, { ...input, locale } satisfies ArticleCreate, actor, {
      translationGroupId: groupId,
      translationOf: source.id,
      sourceVersion: source.version,
    });
  });
}

/** Marks a translation current: made from the source's current version. A new version of the
 *  translation (its ETag changes); one current already is answered as it is. */
export function markTranslationCurrent(
  ctx: Ctx,
  id: string,
  actor: Actor,
  precondition?: Precondition,
): Promise<Article> {
  return ctx.transaction(async (tx) => {
    const now = ctx.now();
    const current = await requireArticle(tx, id, viewerOf(actor), now);
    checkPrecondition(precondition, current.version);
    const source = current.translationOf && (await tx.articles.findById(current.translationOf, editorialViewer, now));
    if (!source)
      throw new AppError('NOT_A_TRANSLATION', `Article ${id} translates no article`, {
        errors: [{ path: 'id', message: 'is not a translation (or its source was deleted)' }],
      });
    const values = fromPatchInput(ctx, current, {});
    checkContributor(actor, values, current);
    if (current.sourceVersion !== null && current.sourceVersion >= source.version) return written(ctx, tx, id);
    const row = await toStored(
      tx,
      values,
      { ...current, version: current.version + 1, sourceVersion: source.version },
      actor,
      now,
    );
    await saveChange(ctx, tx, current, row);
    return written(ctx, tx, id);
  });
}

/** After a source's change: the translations that were current become outdated, and editors are
 *  told once per translation (the private audience: it names the source and its versions). */
export async function translationsFollow(
  ctx: Ctx,
  tx: Repositories,
  before: Pick<StoredArticle, 'id' | 'version'>,
  after: Pick<StoredArticle, 'version'>,
): Promise<void> {
  if (after.version <= before.version) return;
  for (const translation of await tx.articles.madeFrom(before.id, before.version))
    await announce(ctx, tx, translation, 'article.translation.outdated', 'private');
}

/** The group of `id` as the viewer may see it, by locale (the article itself included). */
export async function listTranslations(ctx: Ctx, id: string, viewer: Viewer): Promise<Buffer> {
  const now = ctx.now();
  const article = await requireArticle(ctx.repos, id, viewer, now);
  const members =
    article.translationGroupId === null
      ? [article]
      : await ctx.repos.articles.visibleGroup(article.translationGroupId, viewer, now);
  return ctx.repos.articles.renderPage(members, renderShapeOf(viewer, {}, false), {
    at: now,
    links: ctx.links,
    viewer,
  });
}

const OUTDATED_SORT = 'id';

/** A page of the outdated translations (editors), oldest first. */
export async function listOutdatedTranslations(
  ctx: Ctx,
  query: { limit: number; cursor?: string | undefined; locale?: string | undefined },
  viewer: Viewer,
): Promise<Buffer> {
  const locale = query.locale === undefined ? undefined : requireLocale(ctx.locales, query.locale);
  const afterId = query.cursor === undefined ? undefined : decodeCursor(query.cursor, OUTDATED_SORT).id;
  const ids = await ctx.repos.articles.outdatedIds({ locale, afterId, limit: query.limit + 1 });
  const page = ids.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    ids.length > query.limit && last ? encodeCursor({ sort: OUTDATED_SORT, key: null, id: last.id }) : null;
  const data = await ctx.repos.articles.renderPage(page, renderShapeOf(viewer, {}, false), {
    at: ctx.now(),
    links: ctx.links,
    viewer,
  });
  return Buffer.concat([
    Buffer.from('{"data":'),
    data,
    Buffer.from(`,"meta":${JSON.stringify({ limit: query.limit, nextCursor })}}`),
  ]);
}

/** How a read chooses among the locales of a story. */
export type LocaleChoice = { locale?: string | undefined; acceptLanguage?: string | undefined };
export type Located = Pick<ArticleRow, 'id' | 'locale' | 'translationGroupId'>;

/**
 * The article a read names, in the locale it asks for: by id that article, by slug the one of the
 * slug's locales that `locale=`, then Accept-Language, then the default locale picks; then, in its
 * group, the translation `locale=` names (none: undefined, a 404) or the best of Accept-Language
 * (none: the article named). Accept-Language is for slugs only: an id names one article.
 */
export async function locateArticle(
  ctx: Ctx,
  named: Located | undefined,
  slug: string | undefined,
  viewer: Viewer,
  choice: LocaleChoice,
): Promise<Located | undefined> {
  const now = ctx.now();
  const wanted = choice.locale === undefined ? undefined : requireLocale(ctx.locales, choice.locale);
  const acceptLanguage = named ? undefined : choice.acceptLanguage;
  let article = named;
  if (!article && slug !== undefined) {
    const candidates = await ctx.repos.articles.withSlug(slug, viewer, now);
    const inLocale = (locale: string | undefined) => candidates.find((candidate) => candidate.locale === locale);
    article =
      inLocale(wanted) ??
      inLocale(
        bestLocale(
          acceptLanguage,
          candidates.map((candidate) => candidate.locale),
        ),
      ) ??
      inLocale(ctx.locales.default) ??
      candidates[0];
  }
  if (!article || (wanted === undefined && acceptLanguage === undefined)) return article;
  if (article.translationGroupId === null)
    return wanted === undefined || wanted === article.locale ? article : undefined;
  const members = await ctx.repos.articles.visibleGroup(article.translationGroupId, viewer, now);
  if (wanted !== undefined) return members.find((member) => member.locale === wanted);
  const best = bestLocale(
    acceptLanguage,
    members.map((member) => member.locale),
  );
  return members.find((member) => member.locale === best) ?? article;
}

/** A story's other language versions as search engines are told of them (hreflang). */
export type Alternate = { locale: string; id: string; slug: string };
/** `sources`: which version each translation translates (by id), for schema.org's links. */
export type Alternates = {
  versions: Alternate[];
  fallback: Alternate | undefined;
  sources: Map<string, string | null>;
};

/**
 * For each of these articles in a group of more than one public version: every public version
 * (itself included) and the one for readers of no listed language (`x-default`): the default
 * locale's, else the group's source. Two statements for any number of articles.
 */
export async function alternatesOf(ctx: Ctx, articleIds: readonly string[]): Promise<Map<string, Alternates>> {
  const members = await ctx.repos.articles.publicGroupsOf(articleIds, ctx.now());
  const byGroup = new Map<string, typeof members>();
  for (const member of members)
    byGroup.set(member.translationGroupId!, [...(byGroup.get(member.translationGroupId!) ?? []), member]);
  const result = new Map<string, Alternates>();
  for (const group of byGroup.values()) {
    if (group.length < 2) continue;
    const versions = group.map(({ locale, id, slug }) => ({ locale, id, slug }));
    const fallback =
      versions.find((version) => version.locale === ctx.locales.default) ??
      versions.find((version) => group.find((member) => member.id === version.id)!.translationOf === null);
    const sources = new Map(group.map((member) => [member.id, member.translationOf]));
    for (const version of versions) result.set(version.id, { versions, fallback, sources });
  }
  return result;
}
