import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import {
  conditionalWriteHeaders,
  idempotentCreateHeaders,
  idOrSlugParams,
  idParams,
  listQueryBase,
  problemResponses,
} from '../../lib/http-schemas.js';
import { preconditionOf } from '../../lib/preconditions.js';
import { addVary } from '../../lib/vary.js';
import { actorOf } from '../../plugins/auth.js';
import { publicViewer, type Viewer } from '../access/index.js';
import { idempotent } from '../rest/index.js';
import { currentSlugFor, listArticles, movedTo, renderArticle, UUID } from './read.js';
import { listRevisions, readRevision, restoreRevision } from './revisions.js';
import {
  type Article,
  articleCreateSchema,
  articleListQuery,
  articleListSchema,
  articlePatchSchema,
  articleReadQuery,
  articleReplaceSchema,
  articleSchema,
  localeParam,
  staffMember,
  translationCreateSchema,
} from './schema.js';
import { createArticle, deleteArticle, updateArticle } from './service.js';
import {
  createTranslation,
  listOutdatedTranslations,
  listTranslations,
  markTranslationCurrent,
} from './translations.js';

const tags = ['articles'];
const translationTags = ['translations'];

const translationListSchema = z.object({ data: z.array(articleSchema) }).meta({ id: 'TranslationList' });
const { limit, cursor } = listQueryBase;
const outdatedQuery = z.strictObject({
  limit,
  cursor,
  locale: localeParam.optional().meta({ description: 'Only translations in this locale.' }),
});
const outdatedListSchema = z
  .object({
    data: z.array(articleSchema),
    meta: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
  })
  .meta({ id: 'OutdatedTranslationList' });

const revisionParams = z.object({ id: idParams.shape.id, number: z.coerce.number().int().min(1).max(1_000_000) });
const revisionSummary = z.object({
  number: z.number().int(),
  createdAt: z.string(),
  createdBy: staffMember.nullable().optional().meta({
    description: 'Who made this version (null for imported content); left out for viewers who see no private fields.',
  }),
});
const revisionList = z.object({ data: z.array(revisionSummary) }).meta({ id: 'RevisionList' });
const revisionSchema = revisionSummary.extend({ article: articleSchema }).meta({ id: 'Revision' });
/** JSON that SQLite built already (see the repository's read model) goes out as it is: bytes
 *  with a JSON media type skip Fastify's serialiser. */
const sendJson = (reply: FastifyReply, json: Buffer) => reply.type('application/json; charset=utf-8').send(json);

/** A written article answers with its ETag naming the new version (for the next If-Match). */
function versioned(reply: FastifyReply, article: Article): Article {
  reply.resourceVersion = article.version!;
  return article;
}

const redirect = z.null().meta({ description: 'The slug was retired: `Location` names the current URL.' });

export async function articleRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get('/', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'listArticles',
      summary: 'List articles',
      description: 'Keyset-paginated. Without a token only published articles whose time has come are listed.',
      querystring: articleListQuery,
      response: { 200: articleListSchema, ...problemResponses('INVALID_CURSOR', 'UNAUTHENTICATED') },
    },
    handler: async (request, reply) => sendJson(reply, await listArticles(ctx, request.query, request.viewer)),
  });

  app.post('/', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'createArticle',
      summary: 'Create an article',
      description: 'Contributors create drafts only. Send `Idempotency-Key` to make a retry safe.',
      body: articleCreateSchema,
      headers: idempotentCreateHeaders,
      response: {
        201: articleSchema,
        ...problemResponses(
          'UNAUTHENTICATED',
          'FORBIDDEN',
          'SLUG_TAKEN',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
        ),
      },
    },
    handler: async (request, reply) =>
      idempotent(ctx, request, reply, async (writeCtx) => {
        const article = await createArticle(writeCtx, request.body, actorOf(request));
        return { status: 201, body: article, location: `/v1/articles/${article.id}` };
      }),
  });

  /** GET /:idOrSlug's read: the article as the viewer may see it, and whether the answer varies
   *  by Accept-Language (a read by slug does). */
  const readArticle = async (
    idOrSlug: string,
    query: z.infer<typeof articleReadQuery>,
    acceptLanguage: string | undefined,
    viewer: Viewer,
  ) => {
    const { locale, ...options } = query;
    const bySlug = !UUID.test(idOrSlug);
    const choice = { locale, acceptLanguage: bySlug ? acceptLanguage : undefined };
    return { bySlug, found: await renderArticle(ctx, idOrSlug, viewer, options, choice) };
  };
  /** A public read that finds the article, answered before the pipeline (plugins/direct-reads.ts);
   *  anything else (a 404, a retired slug's 301) is the handler's. */
  const direct = async (
    params: { idOrSlug: string },
    query: z.infer<typeof articleReadQuery>,
    headers: { 'accept-language'?: string },
  ) => {
    const { bySlug, found } = await readArticle(params.idOrSlug, query, headers['accept-language'], publicViewer);
    return (
      found && {
        json: found.json,
        version: found.version,
        vary: bySlug ? ['Accept-Language'] : [],
        headers: { 'content-language': found.locale },
      }
    );
  };

  app.get('/:idOrSlug', {
    // Its representation of a slug depends on Accept-Language: remembered ETags are per variant.
    config: { access: 'public', variesByLanguage: true, direct },
    schema: {
      tags,
      operationId: 'getArticle',
      summary: 'Get an article by id or slug',
      description:
        'A slug the article used to have answers 301 to its current URL. A slug is unique within a locale: read by slug, the answer is the translation that `locale=` names, else the best of `Accept-Language` among the translations you may see, else the article of the slug in the default locale (`Content-Language` says which; `Vary: Accept-Language`). By id, the article itself (or its translation that `locale=` names).',
      params: idOrSlugParams,
      querystring: articleReadQuery,
      headers: z.object({
        'accept-language': z.string().max(1_000).optional().meta({
          description: 'Read by slug: the locales the reader prefers (RFC 9110 q-values), e.g. `uk, en;q=0.5`.',
        }),
      }),
      response: {
        200: articleSchema,
        301: redirect,
        ...problemResponses('UNAUTHENTICATED', 'ARTICLE_NOT_FOUND'),
      },
    },
    handler: async (request, reply) => {
      const { idOrSlug } = request.params;
      const { locale } = request.query;
      const { bySlug, found } = await readArticle(
        idOrSlug,
        request.query,
        request.headers['accept-language'],
        request.viewer,
      );
      if (bySlug) addVary(reply, 'Accept-Language');
      if (!found) {
        const current = await currentSlugFor(ctx, idOrSlug, request.viewer, locale);
        if (!current) throw new AppError('ARTICLE_NOT_FOUND', `No article has the id or slug '${idOrSlug}'`);
        // A redirect has no body (`null` would be one).
        return (reply as FastifyReply)
          .code(301)
          .header('location', movedTo(request.url, `/v1/articles/${current.slug}`, current.locale, ctx.locales.default))
          .send();
      }
      reply.resourceVersion = found.version;
      reply.header('content-language', found.locale);
      return sendJson(reply, found.json);
    },
  });

  const writeResponses = {
    200: articleSchema,
    ...problemResponses(
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'ARTICLE_NOT_FOUND',
      'SLUG_TAKEN',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
    ),
  };

  app.patch('/:id', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'updateArticle',
      summary: 'Change some fields of an article',
      description: 'Send `If-Match` with the ETag you read to refuse overwriting a newer version (412).',
      params: idParams,
      headers: conditionalWriteHeaders,
      body: articlePatchSchema,
      response: writeResponses,
    },
    handler: async (request, reply) =>
      versioned(
        reply,
        await updateArticle(ctx, request.params.id, request.body, 'patch', actorOf(request), preconditionOf(request)),
      ),
  });

  app.put('/:id', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'replaceArticle',
      summary: 'Replace an article',
      description: 'Fields left out return to their defaults; the slug is kept unless one is sent. Honours `If-Match`.',
      params: idParams,
      headers: conditionalWriteHeaders,
      body: articleReplaceSchema,
      response: writeResponses,
    },
    handler: async (request, reply) =>
      versioned(
        reply,
        await updateArticle(ctx, request.params.id, request.body, 'replace', actorOf(request), preconditionOf(request)),
      ),
  });

  app.delete('/:id', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'deleteArticle',
      summary: 'Delete an article',
      description:
        'Its related links, and related links of other articles pointing at it, go with it. Honours `If-Match`.',
      params: idParams,
      headers: conditionalWriteHeaders,
      response: {
        204: z.null().meta({ description: 'Deleted' }),
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND'),
      },
    },
    handler: async (request, reply) => {
      await deleteArticle(ctx, request.params.id, preconditionOf(request));
      return reply.code(204).send(null);
    },
  });

  app.get('/:id/revisions', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'listArticleRevisions',
      summary: "List an article's revisions, newest first",
      params: idParams,
      response: { 200: revisionList, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND') },
    },
    handler: async (request) => ({ data: await listRevisions(ctx, request.params.id, request.viewer) }),
  });

  app.get('/:id/revisions/:number', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'getArticleRevision',
      summary: 'Get one revision: the whole article as it was',
      params: revisionParams,
      response: {
        200: revisionSchema,
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND', 'REVISION_NOT_FOUND'),
      },
    },
    handler: async (request) => readRevision(ctx, request.params.id, request.params.number, request.viewer),
  });

  app.post('/:id/revisions/:number/restore', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'restoreArticleRevision',
      summary: 'Restore a revision (as a new version)',
      description: 'Honours `If-Match` with the ETag of the current version.',
      params: revisionParams,
      headers: conditionalWriteHeaders,
      response: {
        200: articleSchema,
        // Not SLUG_TAKEN: an article's former slugs stay reserved for it.
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND', 'REVISION_NOT_FOUND'),
      },
    },
    handler: async (request, reply) =>
      versioned(
        reply,
        await restoreRevision(ctx, request.params.id, request.params.number, actorOf(request), preconditionOf(request)),
      ),
  });

  app.post('/:id/translations', {
    config: { access: 'contributor' },
    schema: {
      tags: translationTags,
      operationId: 'createArticleTranslation',
      summary: 'Create a translation of an article',
      description:
        "A new article in the story's group, in a locale the group does not have yet (409 TRANSLATION_EXISTS otherwise), made from the source's current version (`translation.sourceVersion`). A translation of a translation translates the group's source. Contributors create drafts only. Send `Idempotency-Key` to make a retry safe.",
      params: idParams,
      body: translationCreateSchema,
      headers: idempotentCreateHeaders,
      response: {
        201: articleSchema,
        ...problemResponses(
          'UNAUTHENTICATED',
          'FORBIDDEN',
          'ARTICLE_NOT_FOUND',
          'SLUG_TAKEN',
          'TRANSLATION_EXISTS',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
        ),
      },
    },
    handler: async (request, reply) =>
      idempotent(ctx, request, reply, async (writeCtx) => {
        const article = await createTranslation(writeCtx, request.params.id, request.body, actorOf(request));
        return { status: 201, body: article, location: `/v1/articles/${article.id}` };
      }),
  });

  app.get('/:id/translations', {
    config: { access: 'public' },
    schema: {
      tags: translationTags,
      operationId: 'listArticleTranslations',
      summary: "List an article's translation group",
      description:
        'Every locale of the story you may see, the article itself included, by locale (without body). Without a token only published articles whose time has come: a draft translation is not there.',
      params: idParams,
      response: {
        200: translationListSchema,
        ...problemResponses('UNAUTHENTICATED', 'ARTICLE_NOT_FOUND'),
      },
    },
    handler: async (request, reply) =>
      sendJson(
        reply,
        Buffer.concat([
          Buffer.from('{"data":'),
          await listTranslations(ctx, request.params.id, request.viewer),
          Buffer.from('}'),
        ]),
      ),
  });

  app.post('/:id/translation/current', {
    config: { access: 'contributor' },
    schema: {
      tags: translationTags,
      operationId: 'markArticleTranslationCurrent',
      summary: 'Mark a translation current with its source',
      description:
        "Records the source's current version as the one the translation is made from (`translation.status` becomes `current`), as a new version of the translation; one current already is answered unchanged. 409 NOT_A_TRANSLATION for an article that translates none. Honours `If-Match`.",
      params: idParams,
      headers: conditionalWriteHeaders,
      response: {
        200: articleSchema,
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND', 'NOT_A_TRANSLATION'),
      },
    },
    handler: async (request, reply) =>
      versioned(reply, await markTranslationCurrent(ctx, request.params.id, actorOf(request), preconditionOf(request))),
  });
}

/** /v1/translations: the translations across the newsroom (editors). */
export async function translationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  app.get('/outdated', {
    config: { access: 'editor' },
    schema: {
      tags: translationTags,
      operationId: 'listOutdatedTranslations',
      summary: 'List the translations whose source changed since they were made',
      description:
        'Every translation whose source has a later version than `translation.sourceVersion`, oldest first, keyset-paginated; `locale` narrows to one language. Marking one current (`POST /v1/articles/{id}/translation/current`) takes it off the list.',
      querystring: outdatedQuery,
      response: {
        200: outdatedListSchema,
        ...problemResponses('INVALID_CURSOR', 'UNAUTHENTICATED', 'FORBIDDEN'),
      },
    },
    handler: async (request, reply) =>
      sendJson(reply, await listOutdatedTranslations(ctx, request.query, request.viewer)),
  });
}
