import { z } from 'zod';
import { timestampFields, uuid } from '../../lib/http-schemas.js';

const kind = z.enum(['related', 'read-more']);

const writable = {
  kind: kind.default('related'),
  targetArticleId: uuid.nullable().optional().meta({
    description: 'An internal article; give this or `url` (or neither, for a teaser without a destination yet).',
  }),
  url: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2048)
    .nullable()
    .optional(),
  title: z.string().max(500).nullable().optional(),
  excerpt: z.string().max(5_000).nullable().optional(),
  imageId: uuid.nullable().optional(),
};

// A link has at most one destination: an internal article or an external URL. The source
// article's teasers came without either, so a teaser may also stand alone.
const oneTarget = (value: { targetArticleId?: string | null; url?: string | null }) =>
  value.targetArticleId == null || value.url == null;
const targetIssue = { message: 'give targetArticleId or url, not both', path: ['url'] };

export const relatedLinkCreateSchema = z
  .strictObject({
    ...writable,
    position: z.number().int().min(0).max(10_000).optional().meta({ description: 'Defaults to the end of the list.' }),
  })
  .refine(oneTarget, targetIssue)
  .meta({
    id: 'RelatedLinkCreate',
    example: {
      kind: 'related',
      url: 'https://kyivindependent.com/will-europe-put-boots-on-the-ground-for-peace-in-ukraine/',
      title: 'Will Europe put ‘boots on the ground’ for peace in Ukraine? We asked top Nordic, Baltic officials',
    },
  });
export const relatedLinkPatchSchema = z
  .strictObject({ ...writable, kind: kind.optional(), position: z.number().int().min(0).max(10_000).optional() })
  .meta({ id: 'RelatedLinkPatch' });
export const relatedLinkReplaceListSchema = z
  .array(z.strictObject(writable).refine(oneTarget, targetIssue))
  .max(50)
  .meta({ id: 'RelatedLinkList', description: 'The whole ordered list; positions follow the array order.' });

export type RelatedLinkCreate = z.infer<typeof relatedLinkCreateSchema>;
export type RelatedLinkPatch = z.infer<typeof relatedLinkPatchSchema>;
export type RelatedLinkInput = z.infer<typeof relatedLinkReplaceListSchema>[number];

export const relatedLinkSchema = z
  .object({
    id: uuid,
    articleId: z.string(),
    position: z.number().int(),
    kind,
    targetArticleId: z.string().nullable(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    excerpt: z.string().nullable(),
    imageId: z.string().nullable(),
    ...timestampFields,
  })
  .meta({
    id: 'RelatedLink',
    example: {
      id: '01946a4e-8c00-7d33-b6c7-3a4b5c6d7e8f',
      articleId: '01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e',
      position: 0,
      kind: 'related',
      targetArticleId: null,
      url: 'https://kyivindependent.com/will-europe-put-boots-on-the-ground-for-peace-in-ukraine/',
      title: 'Will Europe put ‘boots on the ground’ for peace in Ukraine? We asked top Nordic, Baltic officials',
      excerpt: null,
      imageId: null,
      createdAt: '2025-01-15T00:00:00.000Z',
      updatedAt: '2025-01-15T00:00:00.000Z',
      version: 1,
    },
  });
export type RelatedLink = z.infer<typeof relatedLinkSchema>;

export const relatedLinkParams = z.object({ id: uuid, linkId: uuid });
export const relatedLinksResponse = z.object({ data: z.array(relatedLinkSchema) }).meta({ id: 'RelatedLinks' });
