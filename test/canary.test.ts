// The canary crawl: every GET operation the OpenAPI document declares, for every kind of viewer,
// with every path and query parameter filled from what the database holds (visible and hidden,
// ids, slugs, retired slugs, each enum value, the largest limit, every include and field, the
// hidden sections, tags and authors, far dates, the cursors a list hands out). Hidden things carry
// canary words; a word in an answer (body, Location, Link) that its viewer may not see fails the
// test, as does a 5xx, a private field shown to the wrong viewer, or a count that disagrees with
// the pages. A token that is expired, revoked or whose user is deactivated is a 401 everywhere.
// A new GET route is crawled without a change here: its parameters come from the document.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import { buildTestApp, factories, type TestApp } from './helpers/build-test-app.js';

let clock = new Date('2026-03-01T12:00:00.000Z').getTime();
const now = () => new Date(clock).toISOString();
let t: TestApp;

type Viewer = 'public' | 'contributorA' | 'contributorB' | 'preview' | 'editor' | 'admin';
const viewers: Viewer[] = ['public', 'contributorA', 'contributorB', 'preview', 'editor', 'admin'];
const staff: Viewer[] = ['editor', 'admin'];
const readers: Viewer[] = [...staff, 'preview'];

/** Each canary word and who may see it; words are lower-case letters so slugs can hold them. */
const canaries: Record<string, Viewer[]> = {
  zqschedtitle: readers,
  zqschedslug: readers,
  zqschedretired: readers,
  zqdrafttitle: readers,
  zqdraftslug: readers,
  zqarchivedtitle: readers,
  zqwithdrawntitle: readers,
  zqdeletedslug: staff,
  zqownslug: ['contributorA', ...readers],
  zqowntitle: ['contributorA', ...readers],
  zqhiddensection: readers,
  zqhiddentag: readers,
  zqhiddenauthor: readers,
  zqhiddenauthoremail: staff,
  zqpublicauthoremail: staff,
  zqhiddenimage: readers,
  zqlinkteaser: readers,
  zqdrafttranslation: readers,
  zqstaffname: staff,
  zqcontributorname: staff,
  zqstaffemail: ['admin'],
  zqtokenname: ['admin'],
  zqhookurl: ['admin'],
};
/** Strings nobody may read back from any GET: token secrets and the webhook's signing secret. */
const secrets: string[] = [];
/** Fields only editors and admins see. */
const privateKeys = new Set(['email', 'createdBy', 'updatedBy']);

const auth: Partial<Record<Viewer, Record<string, string>>> = {};
const ids = {
  articles: [] as string[],
  articleSlugs: [] as string[],
  authors: [] as string[],
  authorSlugs: [] as string[],
  images: [] as string[],
  imageSlugs: [] as string[],
  users: [] as string[],
  tokens: [] as string[],
  webhooks: [] as string[],
  media: [] as { sha: string; ext: string }[],
};
/** The tokens that must be refused everywhere, made in beforeAll. */
const refused: Record<string, Record<string, string>> = {};

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await buildTestApp(
    {
      webhooks: { ...testConfig().webhooks, enabled: false },
      schedulerEnabled: false,
      // The crawl sends thousands of requests and hundreds of refused tokens in a minute.
      authFailuresPerMinute: 1_000_000,
    },
    { now },
  );
  const admin = t.auth('admin');
  auth.admin = admin;
  const post = async (path: string, body: object, as: Record<string, string> = admin) =>
    (await t.http.post(path).set(as).send(body).expect(201)).body;
  const person = async (name: string, role: string, email?: string) => {
    const user = await post('/v1/users', { name, role, ...(email ? { email } : {}) });
    ids.users.push(user.id);
    return user;
  };
  const tokenOf = async (userId: string, extra: object = {}) => {
    const token = await post('/v1/tokens', { userId, name: 'crawl token zqtokenname', ...extra });
    ids.tokens.push(token.id);
    secrets.push(token.token);
    return token;
  };

  const editor = await person('Editor zqstaffname', 'editor', 'desk@zqstaffemail.example.org');
  const contributorA = await person('Freelancer zqcontributorname', 'contributor');
  const contributorB = await person('Freelancer zqcontributorname', 'contributor');
  auth.editor = bearer((await tokenOf(editor.id)).token);
  auth.preview = bearer((await tokenOf(editor.id, { kind: 'preview' })).token);
  auth.contributorA = bearer((await tokenOf(contributorA.id)).token);
  auth.contributorB = bearer((await tokenOf(contributorB.id)).token);
  auth.public = {};
  for (const token of Object.values(t.tokens)) secrets.push(token);

  // Refused tokens: expiring within the hour (the clock moves past it before the check),
  // revoked, and one whose user is deactivated.
  const expiring = await tokenOf(editor.id, { expiresAt: new Date(clock + 3_600_000).toISOString() });
  refused.expired = bearer(expiring.token);
  const revoked = await tokenOf(editor.id);
  await t.http.delete(`/v1/tokens/${revoked.id}`).set(admin).expect(200);
  refused.revoked = bearer(revoked.token);
  const leaver = await person('Leaver', 'editor');
  refused.deactivated = bearer((await tokenOf(leaver.id)).token);
  await t.http.patch(`/v1/users/${leaver.id}`).set(admin).send({ active: false }).expect(200);

  const webhook = await post('/v1/webhooks', { url: 'https://zqhookurl.example.org/hook' });
  ids.webhooks.push(webhook.id);
  secrets.push(webhook.secret);

  // Images: an uploaded one shown by a public article, a URL-only one featured only on the
  // scheduled article.
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#246' } })
    .png()
    .toBuffer();
  const uploaded = (
    await t.http.post('/v1/images').set(admin).field('alt', 'Public picture').attach('file', bytes, 'p.png').expect(201)
  ).body;
  const media = /\/media\/([0-9a-f]+)\.([a-z0-9]+)$/.exec(new URL(uploaded.url, t.baseUrl).pathname);
  if (!media) throw new Error(`unexpected media URL ${uploaded.url}`);
  ids.media.push({ sha: media[1]!, ext: media[2]! });
  const hiddenImage = await post(
    '/v1/images',
    factories.image({ url: 'https://img.example.org/zqhiddenimage.jpg', alt: 'Photo zqhiddenimage' }),
  );
  for (const image of [uploaded, hiddenImage]) {
    ids.images.push(image.id);
    ids.imageSlugs.push(image.slug);
  }

  // Authors: one public with an email, one credited only on hidden articles.
  const publicAuthor = await post(
    '/v1/authors',
    factories.author({ name: 'Public Writer', email: 'writer@zqpublicauthoremail.example.org' }),
  );
  const hiddenAuthor = await post(
    '/v1/authors',
    factories.author({ name: 'Ghost zqhiddenauthor', email: 'ghost@zqhiddenauthoremail.example.org' }),
  );
  for (const author of [publicAuthor, hiddenAuthor]) {
    ids.authors.push(author.id);
    ids.authorSlugs.push(author.slug);
  }

  const editorPost = (body: object) => post('/v1/articles', body, auth.editor);
  const hidden = { section: 'Zqhiddensection', tags: ['zqhiddentag'], authorIds: [hiddenAuthor.id] };
  const published = (title: string, publishedAt: string) =>
    editorPost(
      factories.article({
        title,
        status: 'published',
        publishedAt,
        section: 'News',
        tags: ['politics'],
        authorIds: [publicAuthor.id],
        featuredImageId: uploaded.id,
      }),
    );
  const front = await published('Front page story', '2026-02-01T08:00:00.000Z');
  const second = await published('Second public story', '2026-02-10T08:00:00.000Z');
  const scheduled = await editorPost(
    factories.article({
      ...hidden,
      title: 'Minister resigns zqschedtitle',
      slug: 'zqschedretired',
      status: 'published',
      publishedAt: '2027-01-01T00:00:00.000Z',
      featuredImageId: hiddenImage.id,
    }),
  );
  await t.http.patch(`/v1/articles/${scheduled.id}`).set(auth.editor!).send({ slug: 'zqschedslug' }).expect(200);
  const draft = await editorPost(factories.article({ ...hidden, title: 'Draft zqdrafttitle', slug: 'zqdraftslug' }));
  const archived = await editorPost(
    factories.article({ ...hidden, title: 'Archived zqarchivedtitle', status: 'archived' }),
  );
  const withdrawn = await editorPost(
    // Its slug stays in the public feed's tombstone (it was public); its title must not.
    factories.article({ ...hidden, title: 'Withdrawn zqwithdrawntitle', slug: 'withdrawn-story', status: 'published' }),
  );
  await t.http.patch(`/v1/articles/${withdrawn.id}`).set(auth.editor!).send({ status: 'draft' }).expect(200);
  const deleted = await editorPost(factories.article({ ...hidden, title: 'Gone', slug: 'zqdeletedslug' }));
  await t.http.delete(`/v1/articles/${deleted.id}`).set(auth.editor!).expect(204);
  const own = await post(
    '/v1/articles',
    factories.article({ title: 'Pitch zqowntitle', slug: 'zqownslug', section: 'Pitches', tags: ['pitch'] }),
    auth.contributorA,
  );
  await t.http
    .patch(`/v1/articles/${own.id}`)
    .set(auth.contributorA!)
    .send({ subtitle: 'Second revision' })
    .expect(200);
  // A public article links to the scheduled one with a teaser, and to the other public one.
  const hiddenLink = await post(`/v1/articles/${front.id}/related`, {
    targetArticleId: scheduled.id,
    title: 'zqlinkteaser',
  });
  await post(`/v1/articles/${front.id}/related`, { targetArticleId: second.id, title: 'Read also' });
  // A public article's translation still in draft: no public read through the article's links
  // (include=translations, its group, Accept-Language, hreflang, JSON-LD) may show it exists.
  const draftTranslation = await post(
    `/v1/articles/${front.id}/translations`,
    { locale: 'uk', title: 'Чернетка zqdrafttranslation', slug: 'zqdrafttranslation' },
    auth.editor,
  );
  for (const article of [front, second, scheduled, draft, archived, withdrawn, deleted, own, draftTranslation]) {
    ids.articles.push(article.id);
    ids.articleSlugs.push(article.slug);
  }
  ids.articleSlugs.push('zqschedslug');
  // The ids of hidden things are canaries too. (The withdrawn article's id stays in the public
  // feed's tombstone: it was public.)
  for (const id of [
    scheduled.id,
    draft.id,
    archived.id,
    hiddenAuthor.id,
    hiddenImage.id,
    hiddenLink.id,
    draftTranslation.id,
  ])
    canaries[id] = readers;
  canaries[deleted.id] = staff;
  canaries[own.id] = ['contributorA', ...readers];
  for (const user of [editor, contributorA, contributorB, leaver]) canaries[user.id] = staff;
  canaries[webhook.id] = ['admin'];
});
afterAll(async () => t.close());

type Answer = { status: number; text: string; contentType: string; headers: Headers; path: string };
let requests = 0;
async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  requests++;
  const response = await fetch(`${t.baseUrl}${path}`, { headers, redirect: 'manual' });
  const contentType = response.headers.get('content-type') ?? '';
  const binary = /^(image|application\/octet-stream)/.test(contentType);
  // Bytes of a picture hold no words: read and dropped.
  const text = binary ? Buffer.from(await response.arrayBuffer()) && '' : await response.text();
  return { status: response.status, text, contentType, headers: response.headers, path };
}

type Parameter = {
  in: string;
  name: string;
  description?: string;
  schema?: {
    type?: string;
    enum?: string[];
    format?: string;
    anyOf?: { format?: string }[];
    maximum?: number;
    minimum?: number;
  };
};
/** `headers`: the request headers it declares (by reference to the document's components). */
type Operation = { path: string; parameters: Parameter[]; headers: string[] };

async function getOperations(): Promise<Operation[]> {
  const document = JSON.parse((await get('/openapi.json')).text) as {
    paths: Record<string, { parameters?: Parameter[]; get?: { parameters?: (Parameter | { $ref: string })[] } }>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    item.get
      ? [
          {
            path,
            parameters: [...(item.parameters ?? []), ...(item.get.parameters ?? [])].filter(
              (parameter): parameter is Parameter => !('$ref' in parameter),
            ),
            headers: (item.get.parameters ?? []).flatMap((parameter) =>
              '$ref' in parameter ? [parameter.$ref.split('/').at(-1)!] : [],
            ),
          },
        ]
      : [],
  );
}

/** Every value worth trying for a path parameter, decided by the segment before it. */
function pathValues(path: string, name: string): string[] {
  const before =
    path
      .slice(0, path.indexOf(`{${name}}`))
      .split('/')
      .filter(Boolean)
      .at(-1) ?? '';
  const everyId = Object.values(ids).flatMap((list) => list.filter((item) => typeof item === 'string')) as string[];
  if (name === 'number' || name === 'page') return ['1', '2', '3'];
  if (name === 'sha') return ids.media.map((file) => file.sha);
  switch (before) {
    case 'articles':
      return [...ids.articles, ...ids.articleSlugs, 'zqschedretired'];
    case 'authors':
      return [...ids.authors, ...ids.authorSlugs];
    case 'images':
      return [...ids.images, ...ids.imageSlugs];
    case 'users':
      return ids.users;
    case 'tokens':
      return ids.tokens;
    case 'webhooks':
      return ids.webhooks;
    case 'tags':
      return ['politics', 'pitch', ...hiddenWords.map((word) => word.toLowerCase())];
    case 'sections':
      return ['news', 'pitches', ...hiddenWords.map((word) => word.toLowerCase())];
    default:
      return everyId;
  }
}

/** The paths an operation is crawled at: every combination of its path parameters' values. */
function concretePaths(operation: Operation): string[] {
  if (operation.path.includes('{sha}.{ext}'))
    return ids.media.map(({ sha, ext }) => operation.path.replace('{sha}', sha).replace('{ext}', ext));
  let paths = [operation.path];
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const values = pathValues(operation.path, parameter.name);
    paths = paths.flatMap((path) =>
      values.map((value) => path.replace(`{${parameter.name}}`, encodeURIComponent(value))),
    );
  }
  return paths;
}

const hiddenWords = ['zqhiddensection', 'Zqhiddensection', 'zqhiddentag'];
/** Every value worth trying for a query parameter, from its schema and description. */
function queryValues(parameter: Parameter): string[] {
  const schema = parameter.schema ?? {};
  if (schema.enum) return schema.enum;
  if (schema.type === 'integer') return [String(schema.maximum ?? 100), String(schema.minimum ?? 1)];
  const formats = [schema.format, ...(schema.anyOf ?? []).map((part) => part.format)];
  if (formats.includes('date-time'))
    return [
      '1000-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
      now(),
      ...(formats.includes('date') ? ['1000-01-01', '9999-12-31', now().slice(0, 10)] : []),
    ];
  const listed = /Comma-separated: (.+)\./.exec(parameter.description ?? '')?.[1];
  if (listed) {
    const names = listed.split(', ');
    return [names.join(','), ...names];
  }
  switch (parameter.name) {
    case 'cursor':
    case 'since':
      return []; // followed from the lists' own nextCursor
    case 'q':
      return [...Object.keys(canaries), 'minister', 'story'];
    case 'locale':
      return ['en', 'uk'];
    case 'section':
      return ['News', 'news', ...hiddenWords];
    case 'tag':
    case 'allTags':
      return ['politics', 'POLITICS', 'politics,pitch', ...hiddenWords, `politics,${hiddenWords.join(',')}`];
    case 'author':
      return [...ids.authors, ...ids.authorSlugs];
    default:
      return [...ids.articles, ...ids.authors, ...ids.users, ...hiddenWords];
  }
}

/** The query strings an operation is crawled with: none, then each parameter with each value. */
function queries(operation: Operation): string[] {
  const result = [''];
  for (const parameter of operation.parameters.filter((p) => p.in === 'query'))
    for (const value of queryValues(parameter)) result.push(`?${parameter.name}=${encodeURIComponent(value)}`);
  if (operation.parameters.some((p) => p.name === 'q'))
    for (const sort of ['relevance', 'title']) result.push(`?q=zqschedtitle&sort=${sort}`, `?q=story&sort=${sort}`);
  return result;
}

const failures: string[] = [];
const seen = new Map<string, Set<Viewer>>();
const tally = new Map<string, number>();

/** Walks a JSON value for keys only editors and admins may read. */
function privateKeysIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) privateKeysIn(item, found);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (privateKeys.has(key) && inner !== null) found.add(key);
      privateKeysIn(inner, found);
    }
  return found;
}

const context = (text: string, word: string) => {
  const at = text.indexOf(word);
  return text.slice(Math.max(0, at - 150), at + 60);
};

/** Checks one answer for what its viewer may not see. */
function inspect(viewer: Viewer, operationPath: string, answer: Answer): void {
  const where = `${viewer} GET ${answer.path} → ${answer.status}`;
  tally.set(`${viewer} ${operationPath}`, (tally.get(`${viewer} ${operationPath}`) ?? 0) + 1);
  if (answer.status >= 500) failures.push(`${where}: a server error: ${answer.text.slice(0, 200)}`);
  const visible = [answer.text, answer.headers.get('location') ?? '', answer.headers.get('link') ?? '']
    .join('\n')
    .toLowerCase();
  const asked = decodeURIComponent(answer.path).toLowerCase();
  for (const [word, allowed] of Object.entries(canaries)) {
    // A word the request itself carries may come back (a feed's title names its section).
    if (!visible.includes(word) || asked.includes(word)) continue;
    if (!seen.has(word)) seen.set(word, new Set());
    seen.get(word)!.add(viewer);
    if (!allowed.includes(viewer))
      failures.push(`${where}: shows '${word}' (for ${allowed.join(', ')} only): ${context(visible, word)}`);
  }
  for (const secret of secrets)
    if (answer.text.includes(secret)) failures.push(`${where}: shows a secret (${secret.slice(0, 6)}…)`);
  // (The OpenAPI document names every field, private ones included: it describes, it holds no data.)
  if (
    !staff.includes(viewer) &&
    answer.contentType.includes('json') &&
    answer.text &&
    operationPath !== '/openapi.json'
  ) {
    const keys = privateKeysIn(JSON.parse(answer.text), new Set());
    if (keys.size > 0) failures.push(`${where}: shows private fields ${[...keys].join(', ')}`);
  }
}

type Page = {
  data?: { id?: string; slug?: string; operation?: string }[];
  meta?: { nextCursor?: string | null; total?: number };
};

/** Follows a list to its end, one small page at a time, checking the count against the pages. */
async function followList(viewer: Viewer, operation: Operation, path: string, query: string): Promise<void> {
  const limit = operation.parameters.find((p) => p.name === 'limit')?.schema?.minimum ?? 1;
  const cursorName = operation.parameters.some((p) => p.name === 'cursor') ? 'cursor' : 'since';
  const counted = operation.parameters.some((p) => p.name === 'count');
  const collected: string[] = [];
  let total: number | undefined;
  let cursor: string | null | undefined;
  for (let page = 0; page < 200; page++) {
    const parts = [
      query,
      `limit=${Math.max(limit, 2)}`,
      counted ? 'count=true' : '',
      cursor ? `${cursorName}=${encodeURIComponent(cursor)}` : '',
    ]
      .filter(Boolean)
      .join('&');
    const answer = await get(`${path}?${parts}`, auth[viewer]);
    inspect(viewer, operation.path, answer);
    if (answer.status !== 200) return;
    const body = JSON.parse(answer.text) as Page;
    total ??= body.meta?.total;
    const rows = body.data ?? [];
    // Tags and sections are known by their slugs.
    collected.push(...rows.map((row) => `${row.id ?? row.slug}${row.operation ? ` ${row.operation}` : ''}`));
    const next = body.meta?.nextCursor;
    if (!next || rows.length === 0 || next === cursor) break;
    cursor = next;
  }
  const where = `${viewer} GET ${path}?${query}`;
  if (total !== undefined && total !== collected.length)
    failures.push(`${where}: meta.total is ${total}, the pages held ${collected.length}`);
  if (cursorName === 'cursor' && new Set(collected).size !== collected.length)
    failures.push(`${where}: the pages repeat items`);
  // What a list shows, its viewer can read by id.
  if (path === '/v1/articles')
    for (const id of collected) {
      const read = await get(`/v1/articles/${id}`, auth[viewer]);
      inspect(viewer, '/v1/articles/{id}', read);
      if (read.status !== 200) failures.push(`${where}: lists ${id}, which answers ${read.status} to a read`);
    }
}

describe('the canary crawl', () => {
  it('shows no viewer, on any GET operation with any parameter, what it may not see', async () => {
    const operations = await getOperations();
    expect(operations.length).toBeGreaterThan(20);
    for (const viewer of viewers) {
      for (const operation of operations) {
        const negotiates = operation.headers.includes('AcceptLanguage');
        for (const path of concretePaths(operation)) {
          for (const query of queries(operation))
            inspect(viewer, operation.path, await get(`${path}${query}`, auth[viewer]));
          // A read that picks a language: every locale the crawl's content is in.
          if (negotiates)
            for (const language of ['uk', 'en;q=0.1, uk'])
              inspect(viewer, operation.path, await get(path, { ...auth[viewer], 'Accept-Language': language }));
        }
        if (operation.parameters.some((p) => p.name === 'cursor' || p.name === 'since')) {
          const filters = [
            '',
            'status=draft',
            'status=archived',
            'section=Zqhiddensection',
            'section=zqhiddensection',
            'tag=zqhiddentag',
            'tag=politics,zqhiddentag',
            'allTags=politics,zqhiddentag',
            'q=zq',
            'sort=-count',
          ];
          for (const path of concretePaths(operation))
            for (const filter of filters.filter(
              (f) => !f || operation.parameters.some((p) => p.name === f.split('=')[0]),
            ))
              await followList(viewer, operation, path, filter);
        }
      }
    }
    // The crawl reached what is hidden: each word was seen by someone allowed to see it.
    for (const word of Object.keys(canaries))
      expect(seen.get(word), `nobody saw '${word}': the crawl does not reach it`).toBeDefined();
    // Contributor A sees their own draft; the other freelancer of the same name does not.
    expect([...(seen.get('zqowntitle') ?? [])]).toContain('contributorA');
    const byViewer = viewers.map((viewer) => {
      const rows = [...tally].filter(([key]) => key.startsWith(`${viewer} `));
      return `${viewer}: ${rows.length} operations, ${rows.reduce((sum, [, count]) => sum + count, 0)} requests`;
    });
    console.info(`canary crawl: ${operations.length} GET operations, ${requests} requests\n${byViewer.join('\n')}`);
    expect(failures.slice(0, 40)).toEqual([]);
  }, 300_000);

  it('refuses an expired, revoked or deactivated token with a 401 on every GET operation', async () => {
    clock += 2 * 3_600_000;
    const operations = await getOperations();
    const answered: string[] = [];
    for (const [why, headers] of Object.entries(refused))
      for (const operation of operations) {
        const path = concretePaths(operation)[0]!;
        const answer = await get(path, headers);
        if (answer.status !== 401) answered.push(`${why} token: GET ${path} → ${answer.status}`);
        else expect(answer.contentType).toMatch(/^application\/problem\+json/);
      }
    expect(answered).toEqual([]);
  });
});
