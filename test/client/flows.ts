// What a client generated from openapi.yaml looks like in use: openapi-typescript types (the
// client package's, which test/client.test.ts holds to what openapi.yaml generates) plus
// openapi-fetch. The type check compiles this file, so a spec change that breaks these calls
// fails the build; test/openapi.test.ts runs the flows against a real server.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../clients/typescript/src/schema.js';

type Article = components['schemas']['Article'];
type Problem = components['schemas']['Problem'];

export type ClientOptions = { baseUrl: string; token?: string };

function client({ baseUrl, token }: ClientOptions) {
  return createClient<paths>({ baseUrl, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

/** openapi-fetch answers `{ data }` or `{ error }`; a flow stops at the first error. */
function ok<T>(step: string, result: { data?: T; error?: Problem | unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new Error(`${step}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data as T;
}

export type EditorFlowResult = {
  authorId: string;
  imageId: string;
  created: Article;
  linkIds: string[];
  listed: Article | undefined;
  bySlug: Article;
  patched: Article;
  relatedAfterDelete: string[];
  deleteStatus: number;
  afterDeleteStatus: number;
};

/** An editor writes a story: byline, picture, article, related links; edits and removes it. */
export async function editorFlow(options: ClientOptions & { token: string }): Promise<EditorFlowResult> {
  const api = client(options);

  const author = ok(
    'create author',
    await api.POST('/v1/authors', {
      body: {
        name: 'Kateryna Hodunova',
        role: 'News Editor',
        bio: 'Kateryna Hodunova is a News Editor at the Kyiv Independent.',
      },
    }),
  );
  const image = ok(
    'create image',
    await api.POST('/v1/images', {
      body: {
        url: 'https://assets.example.org/putin-2024-07-08.jpg',
        alt: 'Vladimir Putin in Moscow',
        credit: 'Contributor/Getty Images',
      },
    }),
  );
  const created = ok(
    'create article',
    await api.POST('/v1/articles', {
      body: {
        title: 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports',
        section: 'News Feed',
        status: 'published',
        body: [
          {
            type: 'paragraph',
            text: 'Russia will demand that Ukraine cut its ties with NATO, Bloomberg reported on Jan. 15.',
          },
        ],
        authorIds: [author.id],
        featuredImageId: image.id,
      },
    }),
  );
  const articleId = created.id!;

  const links = [];
  for (const body of [
    {
      url: 'https://kyivindependent.com/will-europe-put-boots-on-the-ground-for-peace-in-ukraine/',
      title: 'Will Europe put ‘boots on the ground’ for peace in Ukraine?',
    },
    {
      kind: 'read-more' as const,
      url: 'https://kyivindependent.com/orban-ukraine-conscription/',
      title: 'Orban calls on the EU to act on Ukraine’s conscription practices',
    },
  ]) {
    links.push(
      ok(
        'add related link',
        await api.POST('/v1/articles/{id}/related', { params: { path: { id: articleId } }, body }),
      ),
    );
  }

  const list = ok(
    'list articles',
    await api.GET('/v1/articles', { params: { query: { include: 'authors,featuredImage,related', limit: 100 } } }),
  );
  const listed = list.data.find((article) => article.id === articleId);

  const bySlug = ok('get by slug', await api.GET('/v1/articles/{id}', { params: { path: { id: created.slug! } } }));

  const patched = ok(
    'patch title',
    await api.PATCH('/v1/articles/{id}', {
      params: { path: { id: articleId } },
      body: { title: 'Putin to demand Ukraine never join NATO, Bloomberg reports' },
    }),
  );

  const deletedLink = await api.DELETE('/v1/articles/{id}/related/{linkId}', {
    params: { path: { id: articleId, linkId: links[0]!.id } },
  });
  ok('delete related link', deletedLink);
  const related = ok(
    'list related links',
    await api.GET('/v1/articles/{id}/related', { params: { path: { id: articleId } } }),
  );

  const deleted = await api.DELETE('/v1/articles/{id}', { params: { path: { id: articleId } } });
  ok('delete article', deleted);
  const afterDelete = await api.GET('/v1/articles/{id}', { params: { path: { id: articleId } } });

  return {
    authorId: author.id,
    imageId: image.id,
    created,
    linkIds: links.map((link) => link.id),
    listed,
    bySlug,
    patched,
    relatedAfterDelete: related.data.map((link) => link.id),
    deleteStatus: deleted.response.status,
    afterDeleteStatus: afterDelete.response.status,
  };
}

export type FrontendFlowResult = {
  listedSlugs: string[];
  article: Article;
  missing: { status: number; problem: Problem | undefined };
};

/** A website without a token: the public list, then one story by its slug. */
export async function frontendFlow(options: { baseUrl: string; slug: string }): Promise<FrontendFlowResult> {
  const api = client({ baseUrl: options.baseUrl });
  const list = ok(
    'public list',
    await api.GET('/v1/articles', { params: { query: { limit: 100, fields: 'id,slug,title,publishedAt' } } }),
  );
  const article = ok(
    'public get by slug',
    await api.GET('/v1/articles/{id}', {
      params: { path: { id: options.slug }, query: { include: 'authors,featuredImage,related' } },
    }),
  );
  const missing = await api.GET('/v1/articles/{id}', { params: { path: { id: 'no-such-story' } } });
  return {
    listedSlugs: list.data.map((item) => item.slug!),
    article,
    missing: { status: missing.response.status, problem: missing.error },
  };
}
