import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conditionalWriteHeaders,
  idempotentCreateHeaders,
  idParams,
  problemResponses,
} from '../../lib/http-schemas.js';
import { preconditionOf } from '../../lib/preconditions.js';
import { idempotent } from '../rest/index.js';
import {
  relatedLinkCreateSchema,
  relatedLinkParams,
  relatedLinkPatchSchema,
  relatedLinkReplaceListSchema,
  relatedLinkSchema,
  relatedLinksResponse,
} from './schema.js';
import {
  addRelatedLink,
  deleteRelatedLink,
  listRelatedLinks,
  replaceRelatedLinks,
  updateRelatedLink,
} from './service.js';

const tags = ['related links'];
const writeErrors = problemResponses(
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ARTICLE_NOT_FOUND',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
);

/** Related-story links, nested under their article: /v1/articles/{id}/related. */
export async function relatedLinkRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get('/', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'listRelatedLinks',
      summary: "List an article's related links in order",
      params: idParams,
      response: { 200: relatedLinksResponse, ...problemResponses('UNAUTHENTICATED', 'ARTICLE_NOT_FOUND') },
    },
    handler: async (request) => ({ data: await listRelatedLinks(ctx, request.params.id, request.viewer) }),
  });

  app.post('/', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'addRelatedLink',
      summary: 'Add a related link',
      params: idParams,
      headers: idempotentCreateHeaders,
      body: relatedLinkCreateSchema,
      response: { 201: relatedLinkSchema, ...writeErrors },
    },
    handler: async (request, reply) =>
      idempotent(ctx, request, reply, async (writeCtx) => {
        const link = await addRelatedLink(writeCtx, request.params.id, request.body);
        return { status: 201, body: link, location: `/v1/articles/${request.params.id}/related/${link.id}` };
      }),
  });

  app.put('/', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'replaceRelatedLinks',
      summary: 'Replace the ordered list of related links',
      params: idParams,
      body: relatedLinkReplaceListSchema,
      response: { 200: relatedLinksResponse, ...writeErrors },
    },
    handler: async (request) => ({ data: await replaceRelatedLinks(ctx, request.params.id, request.body) }),
  });

  app.patch('/:linkId', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'updateRelatedLink',
      summary: 'Change a related link or move it',
      params: relatedLinkParams,
      headers: conditionalWriteHeaders,
      body: relatedLinkPatchSchema,
      response: {
        200: relatedLinkSchema,
        ...problemResponses(
          'UNAUTHENTICATED',
          'FORBIDDEN',
          'ARTICLE_NOT_FOUND',
          'RELATED_LINK_NOT_FOUND',
          'UNSUPPORTED_MEDIA_TYPE',
        ),
      },
    },
    handler: async (request, reply) => {
      const link = await updateRelatedLink(
        ctx,
        request.params.id,
        request.params.linkId,
        request.body,
        preconditionOf(request),
      );
      reply.resourceVersion = link.version;
      return link;
    },
  });

  app.delete('/:linkId', {
    config: { access: 'editor' },
    schema: {
      tags,
      operationId: 'deleteRelatedLink',
      summary: 'Delete a related link',
      params: relatedLinkParams,
      headers: conditionalWriteHeaders,
      response: {
        204: z.null().meta({ description: 'Deleted' }),
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'ARTICLE_NOT_FOUND', 'RELATED_LINK_NOT_FOUND'),
      },
    },
    handler: async (request, reply) => {
      await deleteRelatedLink(ctx, request.params.id, request.params.linkId, preconditionOf(request));
      return reply.code(204).send(null);
    },
  });
}
