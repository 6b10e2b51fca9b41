import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { conditionalWriteHeaders, idParams, problemResponses } from '../../lib/http-schemas.js';
import { preconditionOf } from '../../lib/preconditions.js';
import { userCreateSchema, userListQuery, userListSchema, userPatchSchema, userSchema } from './schema.js';
import { createUser, listUsers, requireUser, updateUser } from './service.js';

const tags = ['users'];
const access = { access: 'admin' as const };

/** Members of staff (admin only). Users are deactivated (`active: false`), never deleted. */
export async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  app.get('/', {
    config: access,
    schema: {
      tags,
      operationId: 'listUsers',
      summary: 'List users by name',
      querystring: userListQuery,
      response: { 200: userListSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_CURSOR') },
    },
    handler: async (request) => {
      const { limit, cursor, count } = request.query;
      const page = await listUsers(ctx, limit + 1, cursor ? decodeCursor(cursor, 'name') : undefined, count === true);
      const rows = page.rows.slice(0, limit);
      const last = rows.at(-1);
      return {
        data: rows,
        meta: {
          limit,
          nextCursor:
            page.rows.length > limit && last ? encodeCursor({ sort: 'name', key: last.name, id: last.id }) : null,
          ...(page.total !== undefined ? { total: page.total } : {}),
        },
      };
    },
  });
  app.post('/', {
    config: access,
    schema: {
      tags,
      operationId: 'createUser',
      summary: 'Create a user',
      body: userCreateSchema,
      response: {
        201: userSchema,
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'EMAIL_TAKEN', 'UNSUPPORTED_MEDIA_TYPE'),
      },
    },
    handler: async (request, reply) => {
      const user = await createUser(ctx, request.body);
      return reply.code(201).header('location', `/v1/users/${user.id}`).send(user);
    },
  });
  app.get('/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'getUser',
      summary: 'Get a user',
      params: idParams,
      response: { 200: userSchema, ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'USER_NOT_FOUND') },
    },
    handler: async (request, reply) => {
      const user = await requireUser(ctx.repos, request.params.id);
      reply.resourceVersion = user.version;
      return user;
    },
  });
  app.patch('/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'updateUser',
      summary: 'Change a user: name, email, role, or deactivate them',
      description:
        'A deactivated user’s tokens stop working on their next request; a changed role applies at once. Honours `If-Match`.',
      params: idParams,
      headers: conditionalWriteHeaders,
      body: userPatchSchema,
      response: {
        200: userSchema,
        ...problemResponses(
          'UNAUTHENTICATED',
          'FORBIDDEN',
          'USER_NOT_FOUND',
          'EMAIL_TAKEN',
          'LAST_ADMIN',
          'PRECONDITION_FAILED',
          'UNSUPPORTED_MEDIA_TYPE',
        ),
      },
    },
    handler: async (request, reply) => {
      const user = await updateUser(ctx, request.params.id, request.body, preconditionOf(request));
      reply.resourceVersion = user.version;
      return user;
    },
  });
}
