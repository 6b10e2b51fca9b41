// Who may see what: the one home of the rule, as SQL conditions every read path adds to its
// statement and as predicates over rows the services already hold. An article is visible by its
// own state; everything else is visible through the articles that show it:
//   - an author, once credited on an article the viewer may see;
//   - an image, once shown by one: featured or in the body of a visible article, the picture of a
//     visible related link, or the avatar of a visible author;
//   - a related link, when its article is visible and its target (if internal) is visible too;
//   - a change (an event of the feed), when it was public when written and what it is about is
//     visible now: what was withdrawn (unpublished, deleted, no longer shown) leaves the public
//     history, and only its tombstone (id and slug) stays.
// Embeds follow the same rules (modules/articles/read-model.ts): a byline's avatar shows with its
// visible author, a link's picture with its visible link, a link's target article by its own state.
// Every condition takes `now` as a value or a placeholder, so statements are prepared once.
import { and, eq, lte, or, type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { aliased } from '../../db/alias.js';
import type { Tables } from '../../db/engine.js';
import type { ArticleScope, Viewer } from './viewer.js';

type Now = string | SQL | SQLWrapper;
/** What the rules read of a viewer. In a statement prepared once per scope, the owner is the
 *  placeholder OWNER, filled from `ownerParam(viewer)` when it runs. */
export type Seeing = { articles: ArticleScope; ownerId?: string | null | Placeholder };
export type ArticleState = { status: SQLWrapper; publishedSort: SQLWrapper; createdBy: SQLWrapper };

export const OWNER = sql.placeholder('owner');
/** The viewer as a statement prepared per scope sees it (the owner a placeholder). */
export const byScope = (viewer: Seeing): Seeing => ({ articles: viewer.articles, ownerId: OWNER });
/** The placeholder values a statement prepared with `byScope` needs. */
export const ownerParam = (viewer: Pick<Viewer, 'ownerId'>): { owner: string | null } => ({ owner: viewer.ownerId });

/** Published and due. Compared on published_sort (= published_at for published rows), so an
 *  index on (status, published_sort, id) bounds the range: scheduled articles are never read.
 *  The status is written into the statement, not bound: SQLite re-prepares a statement on every
 *  run when a bound value is compared with a partial index's condition (articles_unannounced_idx
 *  names the status), and re-preparing a rendering statement cost as much as running it. */
export const isPublishedAt = (article: Pick<ArticleState, 'status' | 'publishedSort'>, now: Now): SQL =>
  and(sql`${article.status} = 'published'`, lte(article.publishedSort, now))!;

/** The articles the viewer may see; undefined when they may see every one. */
export function articlesVisible(viewer: Seeing, article: ArticleState, now: Now): SQL | undefined {
  switch (viewer.articles) {
    case 'all':
      return undefined;
    case 'public':
      return isPublishedAt(article, now);
    case 'own':
      return or(isPublishedAt(article, now), sql`${article.createdBy} = ${viewer.ownerId ?? null}`);
  }
}

/** Rows the services hold, judged by the same rule. */
export function articleVisibleNow(
  viewer: Seeing,
  row: { status: string; publishedAt: string | null; createdBy: string | null },
  now: string,
): boolean {
  const published = row.status === 'published' && row.publishedAt !== null && row.publishedAt <= now;
  switch (viewer.articles) {
    case 'all':
      return true;
    case 'public':
      return published;
    case 'own':
      return published || (row.createdBy !== null && row.createdBy === viewer.ownerId);
  }
}

/** Whether the viewer may read an article's history (its revisions): an editor any article's, a
 *  contributor only their own (others' earlier states are editorial work, even once published). */
export const historyVisible = (viewer: Seeing, row: { createdBy: string | null }): boolean =>
  viewer.articles === 'all' ||
  (viewer.articles === 'own' && row.createdBy !== null && row.createdBy === viewer.ownerId);

/** Whether `articleId` names an article the viewer may see. Written as its own `exists` on the
 *  article's key, never as a join: without statistics SQLite's planner would drive such a join
 *  from the (status, published_sort) index and walk every published article per row. An `exists`
 *  over the rows that lead to articles ends in `limit 1`: SQLite (3.53) otherwise flattens it into
 *  a semi-join that checks every such row rather than stopping at the first visible one
 *  (test/query-plans.test.ts pins both; PostgreSQL stops at the first row either way). */
export function visibleArticle(t: Tables, viewer: Seeing, articleId: SQLWrapper, now: Now, name: string): SQL {
  const target = aliased(t.articles, name);
  return sql`exists (select 1 from ${target.from} where ${target.id} = ${articleId} and ${articlesVisible(viewer, target, now) ?? sql`1 = 1`})`;
}

/** A related link is visible with its article when it leads nowhere, outside, or to a visible article. */
export function relatedLinksVisible(t: Tables, viewer: Seeing, targetArticleId: SQLWrapper, now: Now): SQL | undefined {
  if (viewer.articles === 'all') return undefined;
  return or(sql`${targetArticleId} is null`, visibleArticle(t, viewer, targetArticleId, now, 'visible_target'));
}

/** Authors credited on an article the viewer may see. */
export function authorsVisible(t: Tables, viewer: Seeing, authorId: SQLWrapper, now: Now): SQL | undefined {
  if (viewer.articles === 'all') return undefined;
  const byline = aliased(t.articleAuthors, 'visible_byline');
  return sql`exists (select 1 from ${byline.from} where ${byline.authorId} = ${authorId}
    and ${visibleArticle(t, viewer, byline.articleId, now, 'credited_on')} limit 1)`;
}

/** Images shown by something the viewer may see. */
export function imagesVisible(t: Tables, viewer: Seeing, imageId: SQLWrapper, now: Now): SQL | undefined {
  if (viewer.articles === 'all') return undefined;
  const use = aliased(t.articleImages, 'image_use');
  const link = aliased(t.relatedLinks, 'showing_link');
  const author = aliased(t.authors, 'showing_author');
  return or(
    sql`exists (select 1 from ${use.from} where ${use.imageId} = ${imageId}
      and ${visibleArticle(t, viewer, use.articleId, now, 'showing_article')} limit 1)`,
    sql`exists (select 1 from ${link.from} where ${link.imageId} = ${imageId}
      and ${visibleArticle(t, viewer, link.articleId, now, 'link_article')}
      and ${relatedLinksVisible(t, viewer, link.targetArticleId, now)} limit 1)`,
    sql`exists (select 1 from ${author.from} where ${author.avatarImageId} = ${imageId}
      and ${authorsVisible(t, viewer, author.id, now)} limit 1)`,
  );
}

/** The changes of the feed the viewer may see. The public feed holds what was public when written
 *  (`audience`); of that, an upsert shows while its resource is visible now, a tombstone always. */
export function changesVisible(
  t: Tables,
  viewer: Seeing & { privateFeed: boolean },
  event: { audience: SQLWrapper; operation: SQLWrapper; resourceType: SQLWrapper; resourceId: SQLWrapper },
  now: Now,
): SQL | undefined {
  if (viewer.privateFeed) return undefined;
  const article = aliased(t.articles, 'changed_article');
  const link = aliased(t.relatedLinks, 'changed_link');
  const about = (type: string, visible: SQL | undefined) =>
    sql`(${event.resourceType} = ${type} and ${visible ?? sql`1 = 1`})`;
  return and(
    eq(event.audience, 'public'),
    or(
      eq(event.operation, 'delete'),
      about(
        'article',
        sql`exists (select 1 from ${article.from} where ${article.id} = ${event.resourceId} and ${articlesVisible(viewer, article, now) ?? sql`1 = 1`})`,
      ),
      about('author', authorsVisible(t, viewer, event.resourceId, now)),
      about('image', imagesVisible(t, viewer, event.resourceId, now)),
      about(
        'relatedLink',
        sql`exists (select 1 from ${link.from} where ${link.id} = ${event.resourceId}
          and ${visibleArticle(t, viewer, link.articleId, now, 'changed_link_article')}
          and ${relatedLinksVisible(t, viewer, link.targetArticleId, now) ?? sql`1 = 1`} limit 1)`,
      ),
    ),
  );
}
