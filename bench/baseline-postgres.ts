// Baseline (b) of `npm run bench -- --database postgres`: "the physical limit of our stack" on
// PostgreSQL. Hand-written Fastify + node-postgres (pg, the driver Newsdesk uses) over the same
// database, with none of Newsdesk's layers (no validation, auth, caching headers, ETags, security
// headers, rate limits, ORM): each endpoint is ONE named (prepared) statement that builds the
// whole JSON answer inside PostgreSQL (article + authors via json_agg + featured image, with
// json_build_object), sent as the text it returns. The twin of bench/baseline-sqlite.ts:
//   GET /articles/:slug   the article as Newsdesk serves it with include=authors,featuredImage
//   GET /articles         the 20 newest visible articles, same embeds, no body (as Newsdesk lists)
// Same shape and fields as Newsdesk's answers, so the bytes on the wire are comparable. A pool of
// as many connections as Newsdesk keeps by default (DATABASE_POOL_SIZE 10), so that the load
// generator's 10 connections each find one. The list filters on published_sort, as the SQLite
// baseline does (the (status, published_sort, id) index leads straight to the page).
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) throw new Error('DATABASE_URL must be a postgres:// URL');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
pool.on('error', () => undefined);

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
/** json_build_object(...) over every column of a table but the hidden ones: robust to added
 *  columns. The json columns (links, tags, …) nest as JSON by themselves. */
async function objectOf(table: string, alias: string, hidden: string[]): Promise<string> {
  const columns = (
    await pool.query<{ name: string }>(
      `select column_name as name from information_schema.columns
       where table_schema = current_schema() and table_name = $1 order by ordinal_position`,
      [table],
    )
  ).rows
    .map((row) => row.name)
    .filter((name) => !hidden.includes(name));
  return `json_build_object(${columns.map((name) => `'${camel(name)}', ${alias}.${name}`).join(', ')})`;
}

const authorJson = await objectOf('authors', 'au', ['email']);
const imageJson = await objectOf('images', 'i', []);
const articleFields = (withBody: boolean) => `
  'id', a.id, 'slug', a.slug, 'title', a.title, 'subtitle', a.subtitle, 'excerpt', a.excerpt,
  ${withBody ? `'body', a.body, 'bodyHtml', a.body_html,` : ''}
  'section', a.section, 'tags', a.tags, 'status', a.status, 'publishedAt', a.published_at,
  'readingTimeMinutes', a.reading_time_minutes, 'authorIds', a.author_ids, 'featuredImageId', a.featured_image_id,
  'seo', json_build_object('title', a.seo_title, 'description', a.seo_description),
  'createdAt', a.created_at, 'updatedAt', a.updated_at, 'version', a.version,
  'authors', (select coalesce(json_agg(${authorJson} order by aa.position), '[]'::json)
      from article_authors aa join authors au on au.id = aa.author_id where aa.article_id = a.id),
  'featuredImage', (select ${imageJson} from images i where i.id = a.featured_image_id)`;

const bySlug = {
  name: 'baseline_by_slug',
  text: `select json_build_object(${articleFields(true)})::text as json from articles a
         where a.slug = $1 and a.status = 'published' and a.published_at <= $2`,
};
const newest = {
  name: 'baseline_newest',
  text: `select coalesce(json_agg(x.j order by x.published_sort desc, x.id desc), '[]'::json)::text as json from (
           select json_build_object(${articleFields(false)}) as j, a.published_sort, a.id from articles a
           where a.status = 'published' and a.published_sort <= $1
           order by a.published_sort desc, a.id desc limit 20) x`,
};

// Slugs run to 120+ characters: the same router limit as Newsdesk's.
const app = Fastify({ logger: false, routerOptions: { maxParamLength: 500 } });
app.get<{ Params: { slug: string } }>('/articles/:slug', async (request, reply) => {
  const result = await pool.query<{ json: string }>({
    ...bySlug,
    values: [request.params.slug, new Date().toISOString()],
  });
  const json = result.rows[0]?.json;
  if (json === undefined) return reply.code(404).type('application/json').send('{"status":404}');
  return reply.type('application/json').send(json);
});
app.get('/articles', async (_request, reply) => {
  const data = (await pool.query<{ json: string }>({ ...newest, values: [new Date().toISOString()] })).rows[0]!.json;
  return reply.type('application/json').send(`{"data":${data},"meta":{"limit":20,"nextCursor":null}}`);
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3003) });
process.on('SIGTERM', () => {
  void app.close().then(async () => {
    await pool.end();
    process.exit(0);
  });
});
