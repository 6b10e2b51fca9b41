// Bylines: /v1/authors, and what other modules use of authors.
import type { FastifyInstance } from 'fastify';
import type { AuthorRow } from '../../db/rows.js';
import type { Viewer } from '../access/index.js';
import { crudRoutes } from '../rest/index.js';
import {
  authorCreateSchema,
  authorListQuery,
  authorListSchema,
  authorPatchSchema,
  authorReplaceSchema,
  authorSchema,
} from './schema.js';
import { createAuthor, deleteAuthor, toAuthor, updateAuthor } from './service.js';

export { createAuthorRepository } from './repository.js';
export { authorSchema } from './schema.js';
export { createAuthor, emitAuthor, toAuthor } from './service.js';

export async function authorsModule(app: FastifyInstance) {
  const { ctx } = app;
  await app.register(
    crudRoutes({
      singular: 'author',
      withArticle: 'an author',
      plural: 'authors',
      notFound: 'AUTHOR_NOT_FOUND',
      access: { create: 'editor', update: 'editor', delete: 'editor' },
      schemas: {
        item: authorSchema,
        list: authorListSchema,
        listQuery: authorListQuery,
        create: authorCreateSchema,
        replace: authorReplaceSchema,
        patch: authorPatchSchema,
      },
      sort: { name: 'name', keyOf: (row) => row.name },
      browse: async (viewer, limit, cursor, count) => ({
        rows: await ctx.repos.authors.list(viewer, ctx.now(), limit, cursor),
        ...(count ? { total: await ctx.repos.authors.count(viewer, ctx.now()) } : {}),
      }),
      read: (idOrSlug, viewer) => ctx.repos.authors.findByIdOrSlug(idOrSlug, viewer, ctx.now()),
      present: (row: AuthorRow, viewer: Viewer) => toAuthor(row, viewer, ctx.links),
      add: (writeCtx, input) => createAuthor(writeCtx, input),
      edit: (id, input, mode, _actor, precondition) => updateAuthor(ctx, id, input, mode, precondition),
      destroy: (id, force, actor, precondition) => deleteAuthor(ctx, id, force, actor, precondition),
    }),
  );
}
