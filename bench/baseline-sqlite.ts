// Baseline (b) of `npm run bench`: "the physical limit of our stack". Hand-written Fastify +
// better-sqlite3 over the same database file, with none of Newsdesk's layers (no validation, auth,
// caching headers, ETags, security headers, rate limits, ORM): each endpoint is ONE prepared
// statement that builds the whole JSON answer inside SQLite (article + authors via
// json_group_array + featured image), sent as the string it returns.
//   GET /articles/:slug   the article as Newsdesk serves it with include=authors,featuredImage
//   GET /articles         the 20 newest visible articles, same embeds, no body (as Newsdesk lists)
// Same shape and fields as Newsdesk's answers, so the bytes on the wire are comparable.
// The list filters on published_sort (= published_at for published articles), not published_at:
// that lets SQLite seek the (status, published_sort, id) index straight past scheduled articles
// instead of reading each of them (past its body's overflow pages) to learn its date.
import Database from 'better-sqlite3';
import Fastify from 'fastify';

const file = process.env.DATABASE_URL;
if (!file) throw new Error('DATABASE_URL must name the SQLite file');
const db = new Database(file, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const jsonColumns = new Set(['links', 'body', 'tags', 'author_ids']);
/** json_object(...) over every column of a table but the hidden ones: robust to added columns. */
function objectOf(table: string, alias: string, hidden: string[]): string {
  const columns = (db.prepare(`select name from pragma_table_info('${table}')`).all() as { name: string }[])
    .map((row) => row.name)
    .filter((name) => !hidden.includes(name));
  return `json_object(${columns.map((name) => `'${camel(name)}', ${jsonColumns.has(name) ? `json(${alias}.${name})` : `${alias}.${name}`}`).join(', ')})`;
}

const authorJson = objectOf('authors', 'au', ['email']);
const imageJson = objectOf('images', 'i', []);
const articleFields = (withBody: boolean) => `
  'id', a.id, 'slug', a.slug, 'title', a.title, 'subtitle', a.subtitle, 'excerpt', a.excerpt,
  ${withBody ? `'body', json(a.body), 'bodyHtml', a.body_html,` : ''}
  'section', a.section, 'tags', json(a.tags), 'status', a.status, 'publishedAt', a.published_at,
  'readingTimeMinutes', a.reading_time_minutes, 'authorIds', json(a.author_ids), 'featuredImageId', a.featured_image_id,
  'seo', json_object('title', a.seo_title, 'description', a.seo_description),
  'createdAt', a.created_at, 'updatedAt', a.updated_at, 'version', a.version,
  'authors', json((select json_group_array(json(x.j)) from (
      select ${authorJson} as j from article_authors aa join authors au on au.id = aa.author_id
      where aa.article_id = a.id order by aa.position) x)),
  'featuredImage', json((select ${imageJson} from images i where i.id = a.featured_image_id))`;

const bySlug = db
  .prepare(
    `select json_object(${articleFields(true)}) from articles a where a.slug = ? and a.status = 'published' and a.published_at <= ?`,
  )
  .pluck();
const newest = db
  .prepare(
    `select json_group_array(json(j)) from (
       select json_object(${articleFields(false)}) as j from articles a
       where a.status = 'published' and a.published_sort <= ?
       order by a.published_sort desc, a.id desc limit 20)`,
  )
  .pluck();

// Slugs run to 120+ characters: the same router limit as Newsdesk's.
const app = Fastify({ logger: false, routerOptions: { maxParamLength: 500 } });
app.get<{ Params: { slug: string } }>('/articles/:slug', async (request, reply) => {
  const json = bySlug.get(request.params.slug, new Date().toISOString()) as string | undefined;
  if (json === undefined) return reply.code(404).type('application/json').send('{"status":404}');
  return reply.type('application/json').send(json);
});
app.get('/articles', async (_request, reply) => {
  const data = newest.get(new Date().toISOString()) as string;
  return reply.type('application/json').send(`{"data":${data},"meta":{"limit":20,"nextCursor":null}}`);
});
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3002) });
process.on('SIGTERM', () => {
  void app.close().then(() => {
    db.close();
    process.exit(0);
  });
});
