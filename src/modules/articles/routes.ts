import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idOrSlugParams, idParams, problemResponses } from '../../lib/http-schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { AppError } from '../../lib/errors.js';
import {
  articleCreateSchema,
  articleListQuery,
  articleListSchema,
  articlePatchSchema,
  articleReadQuery,
  articleReplaceSchema,
  articleSchema,
} from './schema.js';
import { createArticle, deleteArticle, findArticle, listArticles, readArticle, updateArticle } from './service.js';

const tags = ['articles'];

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
    handler: (request) => listArticles(ctx, request.query, request.viewer),
  });

  app.post('/', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'createArticle',
      summary: 'Create an article',
      body: articleCreateSchema,
      response: { 201: articleSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'SLUG_TAKEN', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE') },
    },
    handler: async (request, reply) => {
      const article = createArticle(ctx, request.body, actorOf(request));
      return reply.code(201).header('location', `/v1/articles/${article.id}`).send(article);
    },
  });

  app.get('/:idOrSlug', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getArticle',
      summary: 'Get an article by id or slug',
      params: idOrSlugParams,
      querystring: articleReadQuery,
      response: { 200: articleSchema, ...problemResponses('UNAUTHENTICATED', 'ARTICLE_NOT_FOUND') },
    },
    handler: (request) => {
      const row = findArticle(ctx, request.params.idOrSlug, request.viewer);
      if (!row) throw new AppError('ARTICLE_NOT_FOUND', `No article has the id or slug '${request.params.idOrSlug}'`);
      return readArticle(ctx, row, request.viewer, request.query);
    },
  });

  const writeResponses = { 200: articleSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND', 'SLUG_TAKEN', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE') };

  app.patch('/:id', {
    config: { access: 'contributor' },
    schema: { tags, operationId: 'updateArticle', summary: 'Change some fields of an article', params: idParams, body: articlePatchSchema, response: writeResponses },
    handler: (request) => updateArticle(ctx, request.params.id, request.body, 'patch', actorOf(request)),
  });

  app.put('/:id', {
    config: { access: 'contributor' },
    schema: {
      tags,
      operationId: 'replaceArticle',
      summary: 'Replace an article',
      description: 'Fields left out return to their defaults; the slug is kept unless one is sent.',
      params: idParams,
      body: articleReplaceSchema,
      response: writeResponses,
    },
    handler: (request) => updateArticle(ctx, request.params.id, request.body, 'replace', actorOf(request)),
  });

  app.delete('/:id', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'deleteArticle',
      summary: 'Delete an article',
      description: 'Its related links, and related links of other articles pointing at it, go with it.',
      params: idParams,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND') },
    },
    handler: async (request, reply) => {
      deleteArticle(ctx, request.params.id);
      return reply.code(204).send(null);
    },
  });
}
