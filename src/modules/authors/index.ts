import type { FastifyInstance } from 'fastify';
import { crudRoutes } from '../../lib/crud-routes.js';
import {
  authorCreateSchema,
  authorListQuery,
  authorListSchema,
  authorPatchSchema,
  authorReplaceSchema,
  authorSchema,
} from './schema.js';
import { createAuthor, deleteAuthor, toAuthor, updateAuthor } from './service.js';

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
      browse: (viewer, limit, cursor, count) => ({
        rows: ctx.repos.authors.list(viewer.visibility, ctx.now(), limit, cursor),
        ...(count ? { total: ctx.repos.authors.count(viewer.visibility, ctx.now()) } : {}),
      }),
      read: (idOrSlug, viewer) => ctx.repos.authors.findByIdOrSlug(idOrSlug, viewer.visibility, ctx.now()),
      present: toAuthor,
      add: (input) => createAuthor(ctx, input),
      edit: (id, input, mode, _actor, precondition) => updateAuthor(ctx, id, input, mode, precondition),
      destroy: (id, force, actor, precondition) => deleteAuthor(ctx, id, force, actor, precondition),
    }),
  );
}
