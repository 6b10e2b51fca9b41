// Tags and sections as the articles carry them: the names in use, and how many articles the
// viewer may see carry each. SQL only; slugs are made from the names in service.ts.
import { and, eq, sql } from 'drizzle-orm';
import type { Handle, RawStatement } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import { statementCache } from '../../db/statement-cache.js';
import { articlesVisible, byScope, ownerParam, type Viewer } from '../access/index.js';

export type TaxonomyKind = 'tag' | 'section';
export type NameCount = { name: string; n: number };

type Run<Row> = (values?: Record<string, unknown>) => Promise<Row[]>;

export function createTaxonomyRepository(handle: Handle) {
  const { db, tables: t, dialect } = handle;
  const { articles, articleTags } = t;
  const column = { tag: articleTags.tag, section: articles.section };

  // Every name in use, however many articles carry it: one index seek per name (a loose index
  // scan written as a recursive query), over article_tags_tag_idx or articles_section_published_idx.
  const lazily = (query: ReturnType<typeof sql>) => {
    let statement: RawStatement | undefined;
    return async (): Promise<string[]> => {
      statement ??= handle.prepare(query);
      return (await statement.rows({})).map((row) => row[0] as string);
    };
  };
  const distinct = (table: typeof articles | typeof articleTags, name: ReturnType<typeof sql>) =>
    lazily(sql`with recursive names(name) as (
        select min(${name}) from ${table}
        union all
        select (select min(${name}) from ${table} where ${name} > names.name) from names where names.name is not null
      ) select name from names where name is not null`);
  const namesInUse = {
    tag: distinct(articleTags, sql`${articleTags.tag}`),
    section: distinct(articles, sql`${articles.section}`),
  };

  const counts = statementCache<object, Run<NameCount>>('taxonomy_counts');
  const tagged = statementCache<object, Run<{ name: string; articleId: string }>>('taxonomy_tagged');
  const visible = (viewer: Viewer) => articlesVisible(byScope(viewer), articles, sql.placeholder('now'));
  const within = (kind: TaxonomyKind, named: boolean) =>
    named ? dialect.inList(column[kind], sql.placeholder('names')) : undefined;
  const inLocale = (localed: boolean) => (localed ? eq(articles.locale, sql.placeholder('locale')) : undefined);

  return {
    /** Every tag or section name some article carries, visible or not. */
    namesInUse: (kind: TaxonomyKind): Promise<string[]> => namesInUse[kind](),

    /** Per name (of `names`, or all), how many articles the viewer may see (in `locale`, or in
     *  any) carry it; names of no such article are left out. */
    async counts(
      kind: TaxonomyKind,
      viewer: Viewer,
      now: string,
      names?: readonly string[],
      locale?: string,
    ): Promise<NameCount[]> {
      const named = names !== undefined;
      const localed = locale !== undefined;
      const statement = counts({ kind, articles: viewer.articles, named, localed }, (name) => {
        const n = sql<number>`count(*)`;
        const query =
          kind === 'tag'
            ? db
                .select({ name: articleTags.tag, n })
                .from(articleTags)
                .innerJoin(articles, eq(articles.id, articleTags.articleId))
                .where(and(visible(viewer), within(kind, named), inLocale(localed)))
                .groupBy(articleTags.tag)
            : db
                .select({ name: sql<string>`${articles.section}`, n })
                .from(articles)
                .where(
                  and(sql`${articles.section} is not null`, visible(viewer), within(kind, named), inLocale(localed)),
                )
                .groupBy(articles.section);
        return prepared(name, query) as Run<NameCount>;
      });
      const rows = await statement({
        ...ownerParam(viewer),
        now,
        ...(named ? { names: dialect.listParam(names) } : {}),
        ...(localed ? { locale } : {}),
      });
      return rows.map((row) => ({ name: row.name, n: Number(row.n) }));
    },

    /** The articles the viewer may see that carry each of the tag names, as (name, article)
     *  pairs: one article may carry two spellings of one tag ("World" and "world"). */
    async taggedArticles(
      viewer: Viewer,
      now: string,
      names: readonly string[],
      locale?: string,
    ): Promise<{ name: string; articleId: string }[]> {
      const localed = locale !== undefined;
      const statement = tagged({ articles: viewer.articles, localed }, (name) =>
        prepared(
          name,
          db
            .select({ name: articleTags.tag, articleId: articleTags.articleId })
            .from(articleTags)
            .innerJoin(articles, eq(articles.id, articleTags.articleId))
            .where(and(visible(viewer), within('tag', true), inLocale(localed))),
        ),
      );
      return statement({
        ...ownerParam(viewer),
        now,
        names: dialect.listParam(names),
        ...(localed ? { locale } : {}),
      });
    },
  };
}

export type TaxonomyRepository = ReturnType<typeof createTaxonomyRepository>;
