import { z } from 'zod';
import { listEnvelope, listQueryBase, slugSchema, timestampFields, uuid } from '../../lib/http-schemas.js';

const links = z
  .record(
    z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'link names are short lower-case words (website, x, …)'),
    z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048),
  )
  .refine((value) => Object.keys(value).length <= 20, 'at most 20 links');

const writable = {
  slug: slugSchema.optional(),
  name: z.string().trim().min(1).max(200),
  role: z.string().max(200).nullable().optional(),
  bio: z.string().max(10_000).nullable().optional(),
  avatarImageId: uuid.nullable().optional(),
  links: links.optional(),
  email: z.email().max(320).nullable().optional(),
};

export const authorCreateSchema = z.strictObject(writable).meta({
  id: 'AuthorCreate',
  example: {
    name: 'Kateryna Hodunova',
    role: 'News Editor',
    bio: 'Kateryna Hodunova is a News Editor at the Kyiv Independent.',
  },
});
export const authorReplaceSchema = authorCreateSchema.meta({ id: 'AuthorReplace' });
export const authorPatchSchema = z
  .strictObject({ ...writable, name: writable.name.optional() })
  .meta({ id: 'AuthorPatch' });

export const authorSchema = z
  .object({
    id: uuid,
    slug: z.string(),
    url: z.string().nullable().meta({
      description: "The author's page on the site (AUTHOR_URL_TEMPLATE); null when the site has no author pages.",
      example: 'https://example.org/authors/kateryna-hodunova',
    }),
    name: z.string(),
    role: z.string().nullable(),
    bio: z.string().nullable(),
    avatarImageId: z.string().nullable(),
    links: z.record(z.string(), z.string()),
    // Only ever present for authenticated readers.
    email: z.string().nullable().optional(),
    ...timestampFields,
  })
  .meta({
    id: 'Author',
    example: {
      id: '01946a4e-8c00-7b11-8c4a-1e2f3a4b5c6d',
      slug: 'kateryna-hodunova',
      url: 'https://example.org/authors/kateryna-hodunova',
      name: 'Kateryna Hodunova',
      role: 'News Editor',
      bio: 'Kateryna Hodunova is a News Editor at the Kyiv Independent.',
      avatarImageId: null,
      links: {},
      createdAt: '2025-01-15T00:00:00.000Z',
      updatedAt: '2025-01-15T00:00:00.000Z',
      version: 1,
    },
  });

export const authorListQuery = z.strictObject({ ...listQueryBase });
export const authorListSchema = listEnvelope(authorSchema, 'AuthorList');

export type AuthorCreate = z.infer<typeof authorCreateSchema>;
export type AuthorPatch = z.infer<typeof authorPatchSchema>;
export type Author = z.infer<typeof authorSchema>;
