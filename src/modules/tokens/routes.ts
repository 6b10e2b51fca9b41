import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, problemResponses } from '../../lib/http-schemas.js';
import { roles } from '../access/index.js';
import { createToken, listTokens, revokeToken } from './service.js';

const tags = ['tokens'];

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(roles),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Token' });
const createdTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(roles),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    token: z.string().meta({ description: 'The secret: shown once, never again.' }),
  })
  .meta({ id: 'CreatedToken' });
const tokenCreateSchema = z
  .strictObject({ name: z.string().trim().min(1).max(100), role: z.enum(roles) })
  .meta({ id: 'TokenCreate', example: { name: 'ci', role: 'editor' } });

/** Admin-only management of API tokens (the CLI does the same from a shell). */
export async function tokenRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const errors = problemResponses('UNAUTHENTICATED', 'FORBIDDEN');

  app.get('/', {
    config: { access: 'admin' },
    schema: {
      tags,
      operationId: 'listTokens',
      summary: 'List API tokens (never their secrets)',
      response: { 200: z.object({ data: z.array(tokenSchema) }), ...errors },
    },
    handler: async () => ({ data: await listTokens(ctx) }),
  });
  app.post('/', {
    config: { access: 'admin' },
    schema: {
      tags,
      operationId: 'createToken',
      summary: 'Create an API token',
      body: tokenCreateSchema,
      response: { 201: createdTokenSchema, ...errors },
    },
    handler: async (request, reply) => {
      const created = await createToken(ctx, request.body);
      // A 201 names what it created (the URL that revokes it).
      return reply.code(201).header('location', `/v1/tokens/${created.id}`).send(created);
    },
  });
  app.delete('/:id', {
    config: { access: 'admin' },
    schema: {
      tags,
      operationId: 'revokeToken',
      summary: 'Revoke an API token',
      params: idParams,
      response: { 200: tokenSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'TOKEN_NOT_FOUND') },
    },
    handler: async (request) => revokeToken(ctx, request.params.id),
  });
}
