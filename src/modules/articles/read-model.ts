// The read model: an article's JSON as the API answers it, built by the database in one
// statement per read (the article with every embed it asked for) and one per page of a list.
// Writes answer with it too (in their transaction). toArticle() (read.ts) builds the same JSON
// from rows (revisions); a test holds the two to the same output for every viewer, include and
// field selection. A new include goes here
// (its JSON) and in schema.ts (its name). Public URLs arrive as bound parameters (urlParams).
import { and, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { aliased } from '../../db/alias.js';
import type { Handle, RawStatement } from '../../db/engine.js';
import { jsonObjectOf } from '../../db/json-object.js';
import { statementCache } from '../../db/statement-cache.js';
import type { Links } from '../../lib/links.js';
import {
  type ArticleScope,
  articlesVisible,
  byScope,
  ownerParam,
  relatedLinksVisible,
  type Viewer,
} from '../access/index.js';
import { imageSchema } from '../images/schema.js';
import {
  articleSchema,
  articleTeaserSchema,
  bylineSchema,
  embeddedRelatedLinkSchema,
  type Field,
  type Include,
  translationLinkSchema,
} from './schema.js';

/** What one rendering shows: it decides the statement, which is prepared once per shape. */
export type RenderShape = {
  articles: ArticleScope;
  privateFields: boolean;
  include: readonly Include[];
  fields: readonly Field[] | undefined;
  withBody: boolean;
  /** Search results carry the snippet given with each id of the page. */
  withSnippet: boolean;
};

export const renderShapeOf = (
  viewer: Viewer,
  options: { include?: readonly Include[] | undefined; fields?: readonly Field[] | undefined },
  withBody: boolean,
  withSnippet = false,
): RenderShape => ({
  articles: viewer.articles,
  privateFields: viewer.privateFields,
  include: options.include ?? [],
  fields: options.fields,
  withBody,
  withSnippet,
});

/** Keys kept whatever `fields` says: embeds asked for and the search snippet. */
const ALWAYS_KEPT = new Set(['authors', 'featuredImage', 'related', 'translations', 'snippet']);
const PRIVATE_ARTICLE_FIELDS = new Set(['createdBy', 'updatedBy', 'translation']);

/** The article keys a shape shows, in the schema's order. */
export function articleKeys(shape: RenderShape): string[] {
  const wanted = shape.fields && shape.fields.length > 0 ? new Set<string>(shape.fields) : undefined;
  return Object.keys(articleSchema.shape).filter((key) => {
    if ((key === 'body' || key === 'bodyHtml') && !shape.withBody) return false;
    if (PRIVATE_ARTICLE_FIELDS.has(key) && !shape.privateFields) return false;
    if (key === 'authors' || key === 'featuredImage' || key === 'related' || key === 'translations')
      return shape.include.includes(key);
    if (key === 'snippet') return shape.withSnippet;
    return wanted === undefined || wanted.has(key) || ALWAYS_KEPT.has(key);
  });
}

/** Embeds nested in an embed: shown only with their own include name. */
const NESTED: Record<string, Include> = { avatar: 'authors.avatar', image: 'related.image', target: 'related.target' };
const nestedKeys = (keys: readonly string[], shape: RenderShape) =>
  keys.filter((key) => NESTED[key] === undefined || shape.include.includes(NESTED[key]));

// Links fills the page templates itself, with these in place of a row's slug and id, and SQL puts
// each row's in their place: one rule for the URLs, however many statements. Slugs are lower-case
// ASCII letters, digits and hyphens (slugSchema), which encodeURIComponent leaves as they are, and
// the markers can be neither a slug nor an id (upper case).
const SLUG_MARKER = 'NEWSDESK_SLUG';
const ID_MARKER = 'NEWSDESK_ID';

/** What a rendering statement binds for the public URLs: where the API is (uploaded images'
 *  `url` and `srcset`), and an article's and an author's page for the marker slug and id. */
export type UrlParams = { apiUrl: string; articleUrl: string; authorUrl: string | null };
const urlParamsOf = new WeakMap<Links, UrlParams>();
export const urlParams = (links: Links): UrlParams => {
  let params = urlParamsOf.get(links);
  if (!params) {
    const marked = { id: ID_MARKER, slug: SLUG_MARKER };
    params = { apiUrl: links.api(''), articleUrl: links.article(marked), authorUrl: links.author(marked) };
    urlParamsOf.set(links, params);
  }
  return params;
};

/** When and for whom a rendering runs, and the public URLs it links to. */
export type Reading = { at: string; links: Links; viewer?: Pick<Viewer, 'ownerId'> };
const paramsOf = (reading: Reading) => ({
  now: reading.at,
  ...urlParams(reading.links),
  ...ownerParam(reading.viewer ?? { ownerId: null }),
});

export function createReadModel({ tables: t, dialect: d, prepare }: Handle) {
  const a = aliased(t.articles, 'a');
  const au = aliased(t.authors, 'au');
  const aa = aliased(t.articleAuthors, 'aa');
  const i = aliased(t.images, 'i');
  const avatar = aliased(t.images, 'avatar');
  const r = aliased(t.relatedLinks, 'r');
  const linkImage = aliased(t.images, 'link_image');
  const target = aliased(t.articles, 'target');
  const source = aliased(t.articles, 'source');
  const sibling = aliased(t.articles, 'sibling');
  const creator = aliased(t.users, 'creator');
  const updater = aliased(t.users, 'updater');
  const now = sql.placeholder('now');
  const apiUrl = sql.placeholder('apiUrl');
  /** A page's URL: the template as Links filled it for the markers, with the row's slug and id. */
  const pageUrl = (template: 'articleUrl' | 'authorUrl', row: { slug: SQLWrapper; id: SQLWrapper }) =>
    sql`replace(replace(${sql.placeholder(template)}, ${SLUG_MARKER}, ${row.slug}), ${ID_MARKER}, ${row.id})`;
  /** An image as toImage() shows it: an uploaded file's URLs absolute, an external `url` as given. */
  const imageJson = (image: typeof i) =>
    jsonObjectOf(d, image, Object.keys(imageSchema.shape), {
      url: sql`case when ${image.sha256} is null then ${image.url} else ${apiUrl} || ${image.url} end`,
      // Stored times are ISO 8601 in UTC, so text order is time order.
      rightsExpired: d.jsonBoolean(sql`${image.rightsExpiresAt} is not null and ${image.rightsExpiresAt} <= ${now}`),
      srcset: d.srcset(sql`${image.sha256}`, sql`${image.fileExt}`, sql`${image.width}`, sql`${apiUrl}`),
    });
  const seoJson = (article: typeof a) =>
    d.jsonObject([
      ['title', d.jsonValue(article.seoTitle)],
      ['description', d.jsonValue(article.seoDescription)],
    ]);
  /** A user as attribution shows them: id and display name. */
  const userJson = (user: typeof creator, id: SQLWrapper) =>
    d.jsonOne(
      d.jsonObject([
        ['id', d.jsonValue(user.id)],
        ['name', d.jsonValue(user.name)],
      ]),
      sql`from ${user.from} where ${user.id} = ${id}`,
    );

  function articleJson(shape: RenderShape): SQL {
    const scope = byScope(shape);
    const authorKeys = nestedKeys(Object.keys(bylineSchema.shape), shape).filter(
      (key) => key !== 'email' || shape.privateFields,
    );
    const relatedVisible = relatedLinksVisible(t, scope, r.targetArticleId, now);
    return jsonObjectOf(d, a, articleKeys(shape), {
      url: pageUrl('articleUrl', a),
      seo: seoJson(a),
      authors: d.jsonArray(
        jsonObjectOf(d, au, authorKeys, {
          url: pageUrl('authorUrl', au),
          // Visible with its author (modules/access/visibility.ts: an avatar of a visible author).
          avatar: d.jsonOne(imageJson(avatar), sql`from ${avatar.from} where ${avatar.id} = ${au.avatarImageId}`),
        }),
        sql`from ${aa.from} join ${au.from} on ${au.id} = ${aa.authorId} where ${aa.articleId} = ${a.id}`,
        sql`${aa.position}`,
      ),
      featuredImage: d.jsonOne(imageJson(i), sql`from ${i.from} where ${i.id} = ${a.featuredImageId}`),
      related: d.jsonArray(
        jsonObjectOf(d, r, nestedKeys(Object.keys(embeddedRelatedLinkSchema.shape), shape), {
          // Visible with its link (the picture of a visible related link).
          image: d.jsonOne(imageJson(linkImage), sql`from ${linkImage.from} where ${linkImage.id} = ${r.imageId}`),
          // A link to an article the viewer may not see is hidden already; the target is held to
          // the same rule itself, so no embed depends on that.
          target: d.jsonOne(
            jsonObjectOf(d, target, Object.keys(articleTeaserSchema.shape), {
              url: pageUrl('articleUrl', target),
              seo: seoJson(target),
            }),
            sql`from ${target.from} where ${and(eq(target.id, r.targetArticleId), articlesVisible(scope, target, now))}`,
          ),
        }),
        sql`from ${r.from} where ${and(eq(r.articleId, a.id), relatedVisible)}`,
        sql`${r.position}`,
      ),
      // The source is read whatever its state: this is an editors' field (PRIVATE_ARTICLE_FIELDS).
      translation: d.jsonOne(
        d.jsonObject([
          ['sourceId', d.jsonValue(source.id)],
          ['sourceVersion', d.jsonValue(a.sourceVersion)],
          ['status', sql`case when ${source.version} > ${a.sourceVersion} then 'outdated' else 'current' end`],
          ['sourceCurrentVersion', d.jsonValue(source.version)],
          ['diff', sql`cast(${apiUrl} as text) || '/v1/articles/' || ${source.id} || '/revisions'`],
        ]),
        sql`from ${source.from} where ${source.id} = ${a.translationOf}`,
      ),
      // The other languages of the story, each held to the visibility rule on its own.
      translations: d.jsonArray(
        jsonObjectOf(d, sibling, Object.keys(translationLinkSchema.shape), { url: pageUrl('articleUrl', sibling) }),
        sql`from ${sibling.from} where ${and(
          eq(sibling.translationGroupId, a.translationGroupId),
          sql`${sibling.id} <> ${a.id}`,
          articlesVisible(scope, sibling, now),
        )}`,
        sql`${sibling.locale}`,
      ),
      snippet: sql`k.extra`,
      createdBy: userJson(creator, a.createdBy),
      updatedBy: userJson(updater, a.updatedBy),
    });
  }

  const statements = statementCache<object, RawStatement>('article_render');
  const render = (kind: 'id' | 'slug' | 'page', shape: RenderShape): RawStatement =>
    statements({ kind, shape }, () => {
      if (kind === 'page')
        // The page's ids in order (with their snippets), each joined to its article by key.
        return prepare(
          sql`select ${d.asBytes(d.jsonAggregate(articleJson(shape), sql`k.position`))} from ${d.pageJoin(sql.placeholder('page'), a.from, a.id)}`,
        );
      const visible = articlesVisible(byScope(shape), a, now);
      // A slug is unique within its locale.
      const key =
        kind === 'id'
          ? eq(a.id, sql.placeholder('key'))
          : and(eq(a.slug, sql.placeholder('key')), eq(a.locale, sql.placeholder('locale')));
      return prepare(
        sql`select ${a.version}, ${a.locale}, ${d.asBytes(articleJson(shape))} from ${a.from} where ${and(key, visible)}`,
      );
    });

  const keyedStatements = statementCache<object, RawStatement>('article_list_render');

  return {
    /** A page of a list rendered in the statement that finds it: `keys` is the list's query (as
     *  `k.id`, `k.sort_key` and `k.position` from 1, for the page and the article after it), and
     *  the answer is the page's JSON with, when an article follows it, the last one's key. */
    async renderKeyed(
      list: object,
      keys: () => SQL,
      shape: RenderShape,
      values: Record<string, unknown>,
      limit: number,
      reading: Reading,
    ): Promise<{ json: Buffer; last: { sortKey: string | number; id: string } | undefined }> {
      const statement = keyedStatements({ list, shape }, () => {
        const limitParam = sql.placeholder('limit');
        const atLast = (column: SQL) => sql`max(case when k.position = ${limitParam} then ${column} end)`;
        return prepare(
          sql`select ${d.asBytes(d.jsonAggregate(articleJson(shape), sql`k.position`, sql`k.position <= ${limitParam}`))},
            count(*), ${atLast(sql`k.sort_key`)}, ${atLast(sql`k.id`)} from ${d.keyedJoin(keys(), a.from, a.id)}`,
        );
      });
      const row = (await statement.rows({ ...values, limit, ...paramsOf(reading) }))[0] as [
        Buffer | string,
        number | string,
        string | number | null,
        string | null,
      ];
      const [json, found, sortKey, id] = row;
      return {
        json: Buffer.isBuffer(json) ? json : Buffer.from(json),
        last: Number(found) > limit && sortKey !== null && id !== null ? { sortKey, id } : undefined,
      };
    },
    /** One article's JSON, version and locale, by id or by slug in a locale, or undefined when
     *  the viewer cannot see it. */
    async render(
      by: 'id' | 'slug',
      key: string,
      shape: RenderShape,
      reading: Reading,
      locale?: string,
    ): Promise<{ version: number; locale: string; json: Buffer } | undefined> {
      const row = (
        await render(by, shape).rows({ key, ...(by === 'slug' ? { locale } : {}), ...paramsOf(reading) })
      )[0] as [number, string, Buffer | string] | undefined;
      return (
        row && {
          version: Number(row[0]),
          locale: row[1],
          json: Buffer.isBuffer(row[2]) ? row[2] : Buffer.from(row[2]),
        }
      );
    },
    /** A JSON array of the articles in `page` order (ids already filtered by the list query). */
    async renderPage(
      page: readonly { id: string; snippet?: string | undefined }[],
      shape: RenderShape,
      reading: Reading,
    ): Promise<Buffer> {
      const param = JSON.stringify(page.map((item) => [item.id, item.snippet ?? null]));
      const value = (await render('page', shape).rows({ page: param, ...paramsOf(reading) }))[0]![0] as Buffer | string;
      return Buffer.isBuffer(value) ? value : Buffer.from(value);
    },
  };
}

export type ReadModel = ReturnType<typeof createReadModel>;
