import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ImageRow } from '../../db/rows.js';
import { crudRoutes } from '../rest/index.js';
import {
  type Image,
  type ImageCreate,
  type ImagePatch,
  imageCreateSchema,
  imageListQuery,
  imageListSchema,
  imagePatchSchema,
  imageReplaceSchema,
  imageSchema,
} from './schema.js';
import { createImage, createUploadedImage, deleteImage, toImage, updateImage } from './service.js';
import { type ImageUpload, imageUploadSchema, readUploadForm } from './upload.js';

export { createImageRepository } from './repository.js';
export { imageSchema } from './schema.js';
export { createImage, toImage } from './service.js';

export async function imagesModule(app: FastifyInstance) {
  const { ctx, media } = app;
  // Multipart is parsed here only: everywhere else a multipart body stays a 415.
  await app.register(multipart, {
    limits: {
      fileSize: media.maxUploadBytes,
      files: 1,
      fields: 20,
      parts: 21,
      fieldSize: 64 * 1024,
      fieldNameSize: 100,
      headerPairs: 100,
    },
  });
  await app.register(
    crudRoutes<ImageRow, Image, ImageCreate, ImagePatch, ImageUpload>({
      singular: 'image',
      withArticle: 'an image',
      plural: 'images',
      notFound: 'IMAGE_NOT_FOUND',
      // Contributors may add pictures for their drafts; changing or removing shared ones is an editor's call.
      access: { create: 'contributor', update: 'editor', delete: 'editor' },
      schemas: {
        item: imageSchema,
        list: imageListSchema,
        listQuery: imageListQuery,
        create: imageCreateSchema,
        replace: imageReplaceSchema,
        patch: imagePatchSchema,
      },
      sort: { name: '-id', keyOf: (row) => row.id },
      browse: async (viewer, limit, cursor, count) => ({
        rows: await ctx.repos.images.list(viewer, ctx.now(), limit, cursor),
        ...(count ? { total: await ctx.repos.images.count(viewer, ctx.now()) } : {}),
      }),
      read: (idOrSlug, viewer) => ctx.repos.images.findByIdOrSlug(idOrSlug, viewer, ctx.now()),
      present: (row) => toImage(row, ctx.now(), ctx.links),
      add: (writeCtx, input) => createImage(writeCtx, input),
      edit: (id, input, mode, _actor, precondition) => updateImage(ctx, id, input, mode, precondition),
      destroy: async (id, force, actor, precondition) => {
        const deleted = await deleteImage(ctx, id, force, actor, precondition);
        if (deleted.sha256 && deleted.fileExt) await media.release(deleted.sha256, deleted.fileExt);
      },
      upload: {
        schema: imageUploadSchema,
        readForm: (request, reply) => readUploadForm(request, reply, media.maxUploadBytes),
        errors: ['IMAGE_TOO_LARGE', 'UNSUPPORTED_IMAGE', 'INVALID_IMAGE', 'UNAVAILABLE'],
        add: async ({ file, ...fields }, _actor, commit) => {
          const image = await media.process(file.data);
          await media.withStoredFile(image, () =>
            commit((writeCtx) => createUploadedImage(writeCtx, fields, image, file.filename)),
          );
        },
      },
    }),
  );
}
