import { crudRoutes } from '../../lib/crud-routes.js';
import type { FastifyInstance } from 'fastify';
import { imageCreateSchema, imageListQuery, imageListSchema, imagePatchSchema, imageReplaceSchema, imageSchema } from './schema.js';
import { createImage, deleteImage, toImage, updateImage } from './service.js';

export async function imagesModule(app: FastifyInstance) {
  const { ctx } = app;
  await app.register(
    crudRoutes({
      singular: 'image',
      withArticle: 'an image',
      plural: 'images',
      notFound: 'IMAGE_NOT_FOUND',
      // Contributors may add pictures for their drafts; changing or removing shared ones is an editor's call.
      access: { create: 'contributor', update: 'editor', delete: 'editor' },
      schemas: { item: imageSchema, list: imageListSchema, listQuery: imageListQuery, create: imageCreateSchema, replace: imageReplaceSchema, patch: imagePatchSchema },
      sort: { name: '-id', keyOf: (row) => row.id },
      browse: (viewer, limit, cursor, count) => ({
        rows: ctx.repos.images.list(viewer.visibility, ctx.now(), limit, cursor).map(toImage),
        ...(count ? { total: ctx.repos.images.count(viewer.visibility, ctx.now()) } : {}),
      }),
      read: (idOrSlug, viewer) => {
        const row = ctx.repos.images.findByIdOrSlug(idOrSlug, viewer.visibility, ctx.now());
        return row && toImage(row);
      },
      present: (image) => image,
      add: (input) => createImage(ctx, input),
      edit: (id, input, mode, _actor, precondition) => updateImage(ctx, id, input, mode, precondition),
      destroy: (id, force, actor, precondition) => deleteImage(ctx, id, force, actor, precondition),
    }),
  );
}
