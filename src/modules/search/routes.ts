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
import { synonymInputSchema, synonymListQuery, synonymListSchema, synonymSchema } from './schema.js';
import { createSynonym, deleteSynonym, listSynonyms, readSynonym, replaceSynonym } from './service.js';

const tags = ['search'];

/** The newsroom's synonym groups for search: /v1/search/synonyms (editors). */
export async function searchRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const access = { access: 'editor' as const };
  const found = problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'SYNONYM_NOT_FOUND');

  app.get('/synonyms', {
    config: access,
    schema: {
      tags,
      operationId: 'listSynonyms',
      summary: 'List the synonym groups search expands words with',
      querystring: synonymListQuery,
      response: { 200: synonymListSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_CURSOR') },
    },
    handler: async (request) => listSynonyms(ctx, request.query.limit, request.query.cursor),
  });
  app.post('/synonyms', {
    config: access,
    schema: {
      tags,
      operationId: 'createSynonym',
      summary: 'Add a synonym group: each word finds the others, below its own spelling',
      headers: idempotentCreateHeaders,
      body: synonymInputSchema,
      response: { 201: synonymSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN') },
    },
    handler: async (request, reply) =>
      idempotent(ctx, request, reply, async (writeCtx) => {
        const row = await createSynonym(writeCtx, request.body);
        return { status: 201, body: row, location: `/v1/search/synonyms/${row.id}` };
      }),
  });
  app.get('/synonyms/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'getSynonym',
      summary: 'Get a synonym group',
      params: idParams,
      response: { 200: synonymSchema, ...found },
    },
    handler: async (request, reply) => {
      const row = await readSynonym(ctx, request.params.id);
      reply.resourceVersion = row.version;
      return row;
    },
  });
  app.put('/synonyms/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'replaceSynonym',
      summary: "Replace a synonym group's words",
      description: 'Honours `If-Match`.',
      params: idParams,
      headers: conditionalWriteHeaders,
      body: synonymInputSchema,
      response: { 200: synonymSchema, ...found },
    },
    handler: async (request, reply) => {
      const row = await replaceSynonym(ctx, request.params.id, request.body, preconditionOf(request));
      reply.resourceVersion = row.version;
      return row;
    },
  });
  app.delete('/synonyms/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'deleteSynonym',
      summary: 'Delete a synonym group',
      description: 'Honours `If-Match`.',
      params: idParams,
      headers: conditionalWriteHeaders,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...found },
    },
    handler: async (request, reply) => {
      await deleteSynonym(ctx, request.params.id, preconditionOf(request));
      return reply.code(204).send(null);
    },
  });
}
