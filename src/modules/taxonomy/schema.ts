// Tags and sections as resources: derived from the articles that carry them, read-only.
import { z } from 'zod';
import { listEnvelope, listQueryBase, slugSchema } from '../../lib/http-schemas.js';
import { localeParam } from '../articles/schema.js';

const termSchemaOf = (id: string, noun: string, example: { slug: string; name: string; articles: number }) =>
  z
    .object({
      slug: z.string().meta({ description: `The ${noun}'s name as a slug: what its URL and the article filters use.` }),
      name: z.string().meta({
        description: `The ${noun} as articles spell it (of several spellings with one slug, the most used).`,
      }),
      count: z.object({
        articles: z
          .number()
          .int()
          .meta({ description: `The articles carrying the ${noun} that you may see.` }),
      }),
    })
    .meta({ id, example: { slug: example.slug, name: example.name, count: { articles: example.articles } } });

export const tagSchema = termSchemaOf('Tag', 'tag', { slug: 'nato', name: 'NATO', articles: 12 });
export const sectionSchema = termSchemaOf('Section', 'section', {
  slug: 'news-feed',
  name: 'News Feed',
  articles: 240,
});
export type Term = z.infer<typeof tagSchema>;

export const termSorts = ['slug', '-count'] as const;
export type TermSort = (typeof termSorts)[number];

const termLocale = localeParam
  .optional()
  .meta({ description: 'Only the articles in this locale (one of LOCALES) are counted, and name the terms.' });

export const termListQuery = z.strictObject({
  ...listQueryBase,
  locale: termLocale,
  sort: z
    .enum(termSorts)
    .optional()
    .meta({ description: 'Default `slug` (A to Z), or `-count`: the most articles first, then by slug.' }),
});
export type TermListQuery = z.infer<typeof termListQuery>;

export const termReadQuery = z.strictObject({ locale: termLocale });
export type TermReadQuery = z.infer<typeof termReadQuery>;

// A slug is at most what lib/slug.ts makes (120 characters).
export const termParams = z.object({ slug: slugSchema.max(120) });

export const tagListSchema = listEnvelope(tagSchema, 'TagList');
export const sectionListSchema = listEnvelope(sectionSchema, 'SectionList');
