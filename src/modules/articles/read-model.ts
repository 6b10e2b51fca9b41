// The read model: an article's JSON as the API answers it, built by the database in one
// statement per read (the article with every embed it asked for) and one per page of a list.
// Writes answer with it too (in their transaction). toArticle() (read.ts) builds the same JSON
// from rows (revisions); a test holds the two to the same output for every viewer, include and
// field selection. A new include goes here
// (its JSON) and in schema.ts (its name).
import { and, eq, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { aliased } from '../../db/alias.js';
import type { Handle, RawStatement } from '../../db/engine.js';
import { jsonObjectOf } from '../../db/json-object.js';
import { statementCache } from '../../db/statement-cache.js';
import {
  type ArticleScope,
  articlesVisible,
  byScope,
  ownerParam,
  relatedLinksVisible,
  type Viewer,
} from '../access/index.js';
import { authorSchema } from '../authors/schema.js';
import { imageSchema } from '../images/schema.js';
import { relatedLinkSchema } from '../related/schema.js';
import { articleSchema, type Field, type Include } from './schema.js';

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
const ALWAYS_KEPT = new Set(['authors', 'featuredImage', 'related', 'snippet']);
const PRIVATE_ARTICLE_FIELDS = new Set(['createdBy', 'updatedBy']);

/** The article keys a shape shows, in the schema's order. */
export function articleKeys(shape: RenderShape): string[] {
  const wanted = shape.fields && shape.fields.length > 0 ? new Set<string>(shape.fields) : undefined;
  return Object.keys(articleSchema.shape).filter((key) => {
    if ((key === 'body' || key === 'bodyHtml') && !shape.withBody) return false;
    if (PRIVATE_ARTICLE_FIELDS.has(key) && !shape.privateFields) return false;
    if (key === 'authors' || key === 'featuredImage' || key === 'related') return shape.include.includes(key);
    if (key === 'snippet') return shape.withSnippet;
    return wanted === undefined || wanted.has(key) || ALWAYS_KEPT.has(key);
  });
}

export function createReadModel({ tables: t, dialect: d, prepare }: Handle) {
  const a = aliased(t.articles, 'a');
  const au = aliased(t.authors, 'au');
  const aa = aliased(t.articleAuthors, 'aa');
  const i = aliased(t.images, 'i');
  const r = aliased(t.relatedLinks, 'r');
  const creator = aliased(t.users, 'creator');
  const updater = aliased(t.users, 'updater');
  const now = sql.placeholder('now');
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
    const authorKeys = Object.keys(authorSchema.shape).filter((key) => key !== 'email' || shape.privateFields);
    const imageJson = jsonObjectOf(d, i, Object.keys(imageSchema.shape), {
      // Stored times are ISO 8601 in UTC, so text order is time order.
      rightsExpired: d.jsonBoolean(sql`${i.rightsExpiresAt} is not null and ${i.rightsExpiresAt} <= ${now}`),
      srcset: d.srcset(sql`${i.sha256}`, sql`${i.fileExt}`, sql`${i.width}`),
    });
    const relatedVisible = relatedLinksVisible(t, byScope(shape), r.targetArticleId, now);
    return jsonObjectOf(d, a, articleKeys(shape), {
      seo: d.jsonObject([
        ['title', d.jsonValue(a.seoTitle)],
        ['description', d.jsonValue(a.seoDescription)],
      ]),
      authors: d.jsonArray(
        jsonObjectOf(d, au, authorKeys),
        sql`from ${aa.from} join ${au.from} on ${au.id} = ${aa.authorId} where ${aa.articleId} = ${a.id}`,
        sql`${aa.position}`,
      ),
      featuredImage: d.jsonOne(imageJson, sql`from ${i.from} where ${i.id} = ${a.featuredImageId}`),
      related: d.jsonArray(
        jsonObjectOf(d, r, Object.keys(relatedLinkSchema.shape)),
        sql`from ${r.from} where ${and(eq(r.articleId, a.id), relatedVisible)}`,
        sql`${r.position}`,
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
      return prepare(
        sql`select ${a.version}, ${d.asBytes(articleJson(shape))} from ${a.from} where ${and(eq(a[kind], sql.placeholder('key')), visible)}`,
      );
    });

  return {
    /** One article's JSON and version, by id or slug, or undefined when the viewer cannot see it. */
    async render(
      by: 'id' | 'slug',
      key: string,
      shape: RenderShape,
      at: string,
      viewer: Pick<Viewer, 'ownerId'> = { ownerId: null },
    ): Promise<{ version: number; json: Buffer } | undefined> {
      const row = (await render(by, shape).rows({ key, now: at, ...ownerParam(viewer) }))[0] as
        | [number, Buffer | string]
        | undefined;
      return row && { version: Number(row[0]), json: Buffer.isBuffer(row[1]) ? row[1] : Buffer.from(row[1]) };
    },
    /** A JSON array of the articles in `page` order (ids already filtered by the list query). */
    async renderPage(
      page: readonly { id: string; snippet?: string | undefined }[],
      shape: RenderShape,
      at: string,
      viewer: Pick<Viewer, 'ownerId'> = { ownerId: null },
    ): Promise<Buffer> {
      const param = JSON.stringify(page.map((item) => [item.id, item.snippet ?? null]));
      const value = (await render('page', shape).rows({ page: param, now: at, ...ownerParam(viewer) }))[0]![0] as
        | Buffer
        | string;
      return Buffer.isBuffer(value) ? value : Buffer.from(value);
    },
  };
}
