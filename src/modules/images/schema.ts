import { z } from 'zod';
import { isoDateTime, listEnvelope, listQueryBase, slugSchema, timestampFields, uuid } from '../../lib/http-schemas.js';
import { variantFormats } from '../../lib/media-formats.js';

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048);

const writable = {
  slug: slugSchema.optional(),
  url: httpUrl.nullable().optional().meta({ description: 'Where the file is; null while only the metadata is known.' }),
  alt: z.string().max(1000).default(''),
  caption: z.string().max(5000).nullable().optional(),
  credit: z.string().max(500).nullable().optional(),
  width: z.number().int().min(1).max(100_000).nullable().optional(),
  height: z.number().int().min(1).max(100_000).nullable().optional(),
  mimeType: z
    .string()
    .regex(/^image\/[a-z0-9.+-]+$/, 'must be an image/* media type')
    .nullable()
    .optional(),
  bytes: z.number().int().min(0).max(2_147_483_647).nullable().optional(),
  copyright: z.string().max(500).nullable().optional().meta({ example: '© 2024 Getty Images' }),
  license: z.string().max(500).nullable().optional().meta({ example: 'Editorial use only' }),
  sourceUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2048)
    .nullable()
    .optional(),
  rightsExpiresAt: isoDateTime
    .nullable()
    .optional()
    .meta({ description: 'After this time the image may no longer be published.' }),
};

export const imageCreateSchema = z.strictObject(writable).meta({
  id: 'ImageCreate',
  example: {
    url: 'https://assets.example.org/putin-2024-07-08.jpg',
    alt: 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports',
    caption: 'Russian President Vladimir Putin smiles during his meeting …',
    credit: 'Contributor/Getty Images',
  },
});
export const imageReplaceSchema = imageCreateSchema.meta({ id: 'ImageReplace' });

/** What an upload says about its file besides the file itself: the file decides url, size and type. */
const {
  url: _url,
  width: _width,
  height: _height,
  mimeType: _mimeType,
  bytes: _bytes,
  ...describedByUploader
} = writable;
export const imageUploadFields = describedByUploader;
/** Fields whose values an uploaded file determines: read-only on uploaded images. */
export const fileDerivedFields = ['url', 'width', 'height', 'mimeType', 'bytes'] as const;
export const imagePatchSchema = z
  .strictObject({ ...writable, url: httpUrl.optional(), alt: z.string().max(1000).optional() })
  .meta({ id: 'ImagePatch' });

export const imageSchema = z
  .object({
    id: uuid,
    slug: z.string(),
    url: z.string().nullable(),
    alt: z.string(),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    mimeType: z.string().nullable(),
    bytes: z.number().int().nullable(),
    copyright: z.string().nullable(),
    license: z.string().nullable(),
    sourceUrl: z.string().nullable(),
    rightsExpiresAt: z.string().nullable(),
    rightsExpired: z
      .boolean()
      .meta({ description: 'Whether `rightsExpiresAt` has passed: the image may no longer be published.' }),
    srcset: z
      .array(
        z.object({
          width: z
            .number()
            .int()
            .meta({ description: "The variant's width in pixels (never more than the original's)." }),
          format: z.enum(variantFormats),
          url: z.string().meta({
            example: '/media/9f2b5c0e4d1a7b3c6e8f0a2d4c6b8e1f3a5c7e9b0d2f4a6c8e0b2d4f6a8c0e2f.jpg?w=640&format=webp',
          }),
        }),
      )
      .meta({
        description:
          'Resized variants of an uploaded image, ready for `srcset` and `<picture>`; empty for an external image.',
      }),
    ...timestampFields,
  })
  .meta({
    id: 'Image',
    example: {
      id: '01946a4e-8c00-7c22-a5b6-2f3e4d5c6b7a',
      slug: 'putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports',
      url: 'https://assets.example.org/putin-2024-07-08.jpg',
      alt: 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports',
      caption: 'Russian President Vladimir Putin smiles during his meeting …',
      credit: 'Contributor/Getty Images',
      width: null,
      height: null,
      mimeType: null,
      bytes: null,
      copyright: null,
      license: null,
      sourceUrl: null,
      rightsExpiresAt: null,
      rightsExpired: false,
      srcset: [],
      createdAt: '2025-01-15T00:00:00.000Z',
      updatedAt: '2025-01-15T00:00:00.000Z',
      version: 1,
    },
  });

export const imageListQuery = z.strictObject({ ...listQueryBase });
export const imageListSchema = listEnvelope(imageSchema, 'ImageList');

export type ImageCreate = z.infer<typeof imageCreateSchema>;
export type ImagePatch = z.infer<typeof imagePatchSchema>;
export type Image = z.infer<typeof imageSchema>;
