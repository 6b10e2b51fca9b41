// Translation groups in SQL: the articles of a group, the translations made from a version of their
// source, the outdated ones, and the articles a slug names in each locale. Every read that a
// viewer's answer depends on is held to the visibility rule (access/visibility.ts).
import { and, asc, eq, gt, isNotNull, type SQL, sql } from 'drizzle-orm';
import { aliased } from '../../db/alias.js';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import { statementCache } from '../../db/statement-cache.js';
import { articlesVisible, articleVisibleNow, byScope, ownerParam, publicViewer, type Viewer } from '../access/index.js';

export type GroupMember = { id: string; locale: string; translationGroupId: string | null };
export type PublicMember = GroupMember & { slug: string; translationOf: string | null };
type Run<Row> = (values?: Record<string, unknown>) => Promise<Row[]>;

export function createTranslationRows({ db, tables: t, dialect }: Handle) {
  const { articles } = t;
  const member = { id: articles.id, locale: articles.locale, translationGroupId: articles.translationGroupId };
  const visible = (viewer: Viewer) => articlesVisible(byScope(viewer), articles, sql.placeholder('now'));
  // Named: with the slug alone (no locale) SQLite's planner would rather range over another index.
  const slugFirst = dialect.throughIndex(articles, 'articles_slug_locale_unique');
  const ofSlug = prepared(
    'article_slug_locales',
    db
      .select({ ...member, status: articles.status, publishedAt: articles.publishedAt, createdBy: articles.createdBy })
      .from(articles)
      .where(
        sql`${articles.id} in (select ${articles.id} from ${slugFirst} where ${articles.slug} = ${sql.placeholder('slug')})`,
      )
      .orderBy(asc(articles.locale)),
  );
  const inGroup = statementCache<object, Run<GroupMember>>('article_group_visible');
  const source = aliased(articles, 'translated_source');
  /** A translation whose source has a later version than the one it was made from. */
  const outdated: SQL = sql`exists (select 1 from ${source.from} where ${source.id} = ${articles.translationOf} and ${source.version} > ${articles.sourceVersion})`;

  return {
    /** The articles the viewer may see that have this slug, one per locale, by locale. The few
     *  rows of the slug are read through its index and judged by the rule's row form: with the
     *  rule in SQL, SQLite's planner would range over the (status, published_sort) index instead. */
    async withSlug(slug: string, viewer: Viewer, now: string): Promise<GroupMember[]> {
      const rows = await ofSlug({ slug });
      return rows
        .filter((row) => articleVisibleNow(viewer, row, now))
        .map(({ id, locale, translationGroupId }) => ({ id, locale, translationGroupId }));
    },
    /** The articles of a group the viewer may see, by locale. */
    visibleGroup: (groupId: string, viewer: Viewer, now: string): Promise<GroupMember[]> =>
      inGroup({ articles: viewer.articles }, (name) =>
        prepared(
          name,
          db
            .select(member)
            .from(articles)
            .where(and(eq(articles.translationGroupId, sql.placeholder('group')), visible(viewer)))
            .orderBy(asc(articles.locale)),
        ),
      )({ group: groupId, now, ...ownerParam(viewer) }),
    /** The groups of these articles (those in one), and what the public may see of each. */
    async publicGroupsOf(ids: readonly string[], now: string): Promise<PublicMember[]> {
      if (ids.length === 0) return [];
      const groups = await db
        .selectDistinct({ group: articles.translationGroupId })
        .from(articles)
        .where(and(dialect.inList(articles.id, ids), isNotNull(articles.translationGroupId)));
      if (groups.length === 0) return [];
      return db
        .select({ ...member, slug: articles.slug, translationOf: articles.translationOf })
        .from(articles)
        .where(
          and(
            dialect.inList(
              articles.translationGroupId,
              groups.map((row) => row.group!),
            ),
            articlesVisible(publicViewer, articles, now),
          ),
        )
        .orderBy(asc(articles.locale));
    },
    /** Every article of a group, whatever its state: one per locale is the rule. */
    groupLocales: (groupId: string): Promise<{ id: string; locale: string }[]> =>
      db
        .select({ id: articles.id, locale: articles.locale })
        .from(articles)
        .where(eq(articles.translationGroupId, groupId)),
    /** An article becomes the first of its group (the group is named by its id). */
    async startGroup(id: string): Promise<void> {
      await db.update(articles).set({ translationGroupId: id }).where(eq(articles.id, id));
    },
    /** The translations made from (or last marked current against) this version of the source. */
    madeFrom: (sourceId: string, version: number): Promise<{ id: string; section: string | null }[]> =>
      db
        .select({ id: articles.id, section: articles.section })
        .from(articles)
        .where(and(eq(articles.translationOf, sourceId), eq(articles.sourceVersion, version))),
    /** Ids of the translations whose source changed since, in id order after `afterId`. */
    outdatedIds: (options: { locale?: string | undefined; afterId?: string | undefined; limit: number }) =>
      db
        .select({ id: articles.id })
        .from(articles)
        .where(
          and(
            outdated,
            options.locale === undefined ? undefined : eq(articles.locale, options.locale),
            options.afterId === undefined ? undefined : gt(articles.id, options.afterId),
          ),
        )
        .orderBy(asc(articles.id))
        .limit(options.limit),
  };
}
