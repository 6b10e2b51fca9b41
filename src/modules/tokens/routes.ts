import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, isoDateTime, problemResponses, uuid } from '../../lib/http-schemas.js';
import { roles, tokenKinds } from '../access/index.js';
import { createToken, listTokens, revokeToken } from './service.js';

const tags = ['tokens'];

const tokenFields = {
  id: z.string(),
  name: z.string().meta({ description: 'What the token is for (a label).' }),
  kind: z.enum(tokenKinds).meta({
    description: "`write`: acts with its user's role. `preview`: reads drafts and scheduled articles, writes nothing.",
  }),
  user: z.object({ id: z.string(), name: z.string(), role: z.enum(roles), active: z.boolean() }),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().meta({ description: 'Recorded in batches: up to a minute late.' }),
  revokedAt: z.string().nullable(),
};
const example = {
  id: '01946a4e-8c00-7f55-b6c7-3a4b5c6d7e91',
  name: 'frontend preview',
  kind: 'preview',
  user: { id: '01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90', name: 'Frontend', role: 'editor', active: true },
  createdAt: '2025-01-15T00:00:00.000Z',
  expiresAt: '2025-04-15T00:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
};
const tokenSchema = z.object(tokenFields).meta({ id: 'Token', example });
const createdTokenSchema = z
  .object({ ...tokenFields, token: z.string().meta({ description: 'The secret: shown once, never again.' }) })
  .meta({ id: 'CreatedToken', example: { ...example, token: 'nd_…' } });
const tokenCreateSchema = z
  .strictObject({
    userId: uuid.meta({ description: 'The user the token acts for (POST /v1/users makes one).' }),
    name: z.string().trim().min(1).max(100),
    kind: z.enum(tokenKinds).default('write'),
    expiresAt: isoDateTime.nullable().optional().meta({ description: 'After this time the token answers 401.' }),
  })
  .meta({
    id: 'TokenCreate',
    example: {
      userId: '01946a4e-8c00-7e44-b6c7-3a4b5c6d7e90',
      name: 'frontend preview',
      kind: 'preview',
      expiresAt: '2025-04-15T00:00:00Z',
    },
  });

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
      summary: 'List API tokens of every kind (never their secrets)',
      querystring: z.strictObject({ userId: uuid.optional().meta({ description: "Only this user's tokens." }) }),
      response: { 200: z.object({ data: z.array(tokenSchema) }).meta({ id: 'TokenList' }), ...errors },
    },
    handler: async (request) => ({ data: await listTokens(ctx, request.query.userId) }),
  });
  app.post('/', {
    config: { access: 'admin' },
    schema: {
      tags,
      operationId: 'createToken',
      summary: 'Create an API token for a user',
      body: tokenCreateSchema,
      response: {
        201: createdTokenSchema,
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'USER_NOT_FOUND', 'UNSUPPORTED_MEDIA_TYPE'),
      },
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
