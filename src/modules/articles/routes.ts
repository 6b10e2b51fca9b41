import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import {
  conditionalWriteHeaders,
  idempotentCreateHeaders,
  idOrSlugParams,
  idParams,
  problemResponses,
} from '../../lib/http-schemas.js';
import { preconditionOf } from '../../lib/preconditions.js';
import { actorOf } from '../../plugins/auth.js';
import { idempotent } from '../rest/index.js';
import { currentSlugFor, listArticles, renderArticle } from './read.js';
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
  staffMember,
} from './schema.js';
import { createArticle, deleteArticle, updateArticle } from './service.js';

const tags = ['articles'];

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

  app.get('/:idOrSlug', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getArticle',
      summary: 'Get an article by id or slug',
      description: 'A slug the article used to have answers 301 to its current URL.',
      params: idOrSlugParams,
      querystring: articleReadQuery,
      response: { 200: articleSchema, 301: redirect, ...problemResponses('UNAUTHENTICATED', 'ARTICLE_NOT_FOUND') },
    },
    handler: async (request, reply) => {
      const { idOrSlug } = request.params;
      const found = await renderArticle(ctx, idOrSlug, request.viewer, request.query);
      if (!found) {
        const current = await currentSlugFor(ctx, idOrSlug, request.viewer);
        if (!current) throw new AppError('ARTICLE_NOT_FOUND', `No article has the id or slug '${idOrSlug}'`);
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        // A redirect has no body (`null` would be one).
        return (reply as FastifyReply).code(301).header('location', `/v1/articles/${current}${query}`).send();
      }
      reply.resourceVersion = found.version;
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
}
