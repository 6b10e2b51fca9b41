import { z } from 'zod';
import { isoDateTime, listQueryBase, slugSchema, timestampFields, uuid } from '../../lib/http-schemas.js';
import { LOCALE_PATTERN } from '../../lib/locales.js';
import { authorSchema } from '../authors/schema.js';
import { imageSchema } from '../images/schema.js';
import { relatedLinkSchema } from '../related/schema.js';
import { publicationParam, sectionFilter, tagsFilter } from './filter-params.js';

export { sectionFilter, tagsFilter } from './filter-params.js';

const inlineText = z.string().min(1).max(20_000).meta({ description: 'Text with inline Markdown (links, emphasis).' });
const optionalInline = z.string().max(5_000).optional();

export const blockSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('paragraph'), text: inlineText }),
    z.strictObject({
      type: z.literal('heading'),
      level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      text: z.string().min(1).max(500),
    }),
    z.strictObject({ type: z.literal('quote'), text: inlineText, attribution: optionalInline }),
    z.strictObject({
      type: z.literal('list'),
      style: z.enum(['ordered', 'unordered']),
      items: z.array(z.string().min(1).max(5_000)).min(1).max(200),
    }),
    z.strictObject({ type: z.literal('image'), imageId: uuid, caption: optionalInline }),
    z.strictObject({
      type: z.literal('embed'),
      url: z.url({ protocol: /^https$/, message: 'must be an https URL' }).max(2048),
      title: z.string().max(500).optional(),
      caption: optionalInline,
    }),
  ])
  .meta({ id: 'Block' });
export type Block = z.infer<typeof blockSchema>;

export const articleStatus = z.enum(['draft', 'published', 'archived']);

const tag = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^,]+$/, 'must not contain commas');

/** A BCP 47 tag; which ones are configured (LOCALES) is checked by the service, a 400 naming the
 *  field otherwise. */
export const localeParam = z
  .string()
  .trim()
  .min(2)
  .max(35)
  .regex(LOCALE_PATTERN, 'must be a BCP 47 language tag such as en or uk')
  .meta({ description: 'A configured locale (LOCALES; by default en, uk).' });

const writable = {
  slug: slugSchema.optional().meta({ description: 'Unique within the locale.' }),
  locale: localeParam.optional().meta({
    description:
      'The language it is written in, one of LOCALES: the default locale when created without one; kept by a PUT that sends none.',
  }),
  title: z.string().trim().min(1).max(300),
  subtitle: z.string().max(500).nullable().optional(),
  excerpt: z.string().max(2_000).nullable().optional().meta({ description: 'Defaults to the first paragraph.' }),
  body: z.array(blockSchema).max(2_000).optional(),
  bodyMarkdown: z
    .string()
    .max(500_000)
    .optional()
    .meta({ description: 'Markdown converted to `body` blocks; send either this or `body`.' }),
  section: z.string().trim().min(1).max(100).nullable().optional(),
  tags: z
    .array(tag)
    .max(50)
    .refine((tags) => new Set(tags).size === tags.length, 'tags must be unique')
    .optional(),
  status: articleStatus.optional(),
  publishedAt: isoDateTime
    .nullable()
    .optional()
    .meta({ description: 'A future time with status published schedules the article.' }),
  authorIds: z
    .array(uuid)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'author ids must be unique')
    .optional()
    .meta({ description: 'Ordered; the first is the primary author.' }),
  featuredImageId: uuid.nullable().optional(),
  seo: z
    .strictObject({
      title: z.string().max(300).nullable().optional(),
      description: z.string().max(1_000).nullable().optional(),
    })
    .optional(),
};

const onlyOneBody = (value: { body?: unknown; bodyMarkdown?: unknown }) =>
  !(value.body !== undefined && value.bodyMarkdown !== undefined);
const onlyOneBodyIssue = { message: 'send either body or bodyMarkdown, not both', path: ['bodyMarkdown'] };

const sourceExample = {
  title: 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports',
  section: 'News Feed',
  status: 'published',
  publishedAt: '2025-01-15T00:00:00.000Z',
  body: [
    {
      type: 'paragraph',
      text: 'Russia will demand that Ukraine cut its ties with NATO and become "a neutral state with a limited military" during talks with U.S. President-elect Donald Trump, Bloomberg reported on Jan. 15, citing its sources.',
    },
  ],
};

/** The source article as the API returns it (body shortened to its first paragraph). */
function articleExample() {
  const lead = sourceExample.body[0]!.text;
  return {
    id: '01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e',
    slug: 'putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports',
    locale: 'en',
    url: 'https://example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports',
    title: sourceExample.title,
    subtitle: null,
    excerpt: lead,
    body: sourceExample.body,
    bodyHtml: `<p>${lead}</p>`,
    section: sourceExample.section,
    tags: [],
    status: sourceExample.status,
    publishedAt: sourceExample.publishedAt,
    readingTimeMinutes: 2,
    authorIds: ['01946a4e-8c00-7b11-8c4a-1e2f3a4b5c6d'],
    featuredImageId: '01946a4e-8c00-7c22-a5b6-2f3e4d5c6b7a',
    seo: { title: null, description: null },
    createdAt: '2025-01-15T00:00:00.000Z',
    updatedAt: '2025-01-15T00:00:00.000Z',
    version: 1,
  };
}

export const articleCreateSchema = z
  .strictObject(writable)
  .refine(onlyOneBody, onlyOneBodyIssue)
  .meta({ id: 'ArticleCreate', example: sourceExample });
export const articleReplaceSchema = z
  .strictObject(writable)
  .refine(onlyOneBody, onlyOneBodyIssue)
  .meta({ id: 'ArticleReplace', example: sourceExample });
export const articlePatchSchema = z
  .strictObject({ ...writable, title: writable.title.optional() })
  .refine(onlyOneBody, onlyOneBodyIssue)
  .meta({ id: 'ArticlePatch', example: { subtitle: 'Bloomberg cites sources close to the Kremlin' } });

/** A translation is created like an article, in a locale its group does not have yet. */
export const translationCreateSchema = z
  .strictObject({ ...writable, locale: localeParam })
  .refine(onlyOneBody, onlyOneBodyIssue)
  .meta({
    id: 'TranslationCreate',
    example: {
      locale: 'uk',
      title: 'Путін вимагатиме, щоб Україна ніколи не вступала до НАТО, пише Bloomberg',
      status: 'draft',
    },
  });

export type ArticleCreate = z.infer<typeof articleCreateSchema>;
export type TranslationCreate = z.infer<typeof translationCreateSchema>;
export type ArticlePatch = z.infer<typeof articlePatchSchema>;

/** Attribution: a user's id and display name. */
export const staffMember = z.object({ id: z.string(), name: z.string() }).meta({ id: 'StaffMember' });

const articleUrl = z.string().meta({
  description: "Where readers find it on the site (ARTICLE_URL_TEMPLATE), whatever its status: a draft's future page.",
  example: 'https://example.org/news/putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports',
});

/** A related link's target as its teaser shows it: the article without body, attribution or embeds. */
export const articleTeaserSchema = z
  .object({
    id: uuid,
    slug: z.string(),
    locale: z.string().meta({ description: 'The language it is written in (BCP 47).', example: 'en' }),
    url: articleUrl,
    title: z.string(),
    subtitle: z.string().nullable(),
    excerpt: z.string(),
    section: z.string().nullable(),
    tags: z.array(z.string()),
    status: articleStatus,
    publishedAt: z.string().nullable(),
    readingTimeMinutes: z.number().int(),
    authorIds: z.array(z.string()),
    featuredImageId: z.string().nullable(),
    seo: z.object({ title: z.string().nullable(), description: z.string().nullable() }),
    ...timestampFields,
  })
  .meta({
    id: 'ArticleTeaser',
    description: 'An article as a related link embeds it (`include=related.target`): no body, attribution or embeds.',
  });

/** A byline as an article embeds it, with `include=authors.avatar` its picture too. */
export const bylineSchema = authorSchema
  .extend({
    avatar: imageSchema.nullable().optional().meta({ description: 'With `include=authors.avatar`.' }),
  })
  .meta({ id: 'Byline' });

/** A related link as an article embeds it, with `include=related.image` / `related.target` what it names. */
export const embeddedRelatedLinkSchema = relatedLinkSchema
  .extend({
    image: imageSchema.nullable().optional().meta({ description: 'With `include=related.image`.' }),
    target: articleTeaserSchema.nullable().optional().meta({
      description:
        'With `include=related.target`: the internal article it leads to (null for an external link or a teaser without a destination).',
    }),
  })
  .meta({ id: 'EmbeddedRelatedLink' });

const { url: _teaserUrl, ...teaserRest } = articleTeaserSchema.shape;

/** Where a translation stands against its source (docs/translations.md). */
export const translationStateSchema = z
  .object({
    sourceId: uuid,
    sourceVersion: z
      .number()
      .int()
      .meta({ description: 'The version of the source it was made from, or last marked current against.' }),
    status: z.enum(['current', 'outdated']).meta({ description: '`outdated` once the source has a later version.' }),
    sourceCurrentVersion: z.number().int(),
    diff: z.string().meta({ description: "The source's revisions, to compare what changed since `sourceVersion`." }),
  })
  .meta({ id: 'TranslationState' });

/** Another language of the same story, as `include=translations` embeds it. */
export const translationLinkSchema = z
  .object({ id: uuid, locale: z.string(), slug: z.string(), url: articleUrl, title: z.string() })
  .meta({ id: 'TranslationLink' });

export const articleSchema = z
  .object({
    id: uuid,
    slug: z.string(),
    locale: teaserRest.locale,
    url: articleUrl,
    title: z.string(),
    subtitle: z.string().nullable(),
    excerpt: z.string(),
    body: z.array(blockSchema).optional().meta({ description: 'Omitted from lists unless asked for with `fields`.' }),
    bodyHtml: z.string().optional().meta({ description: 'Rendered and sanitised; read-only.' }),
    section: teaserRest.section,
    tags: teaserRest.tags,
    status: teaserRest.status,
    publishedAt: teaserRest.publishedAt,
    readingTimeMinutes: teaserRest.readingTimeMinutes,
    authorIds: teaserRest.authorIds,
    featuredImageId: teaserRest.featuredImageId,
    seo: teaserRest.seo,
    ...timestampFields,
    createdBy: staffMember.nullable().optional().meta({
      description: 'The member of staff who created it (null for imported content); editors and admins only.',
    }),
    updatedBy: staffMember
      .nullable()
      .optional()
      .meta({ description: 'The member of staff who last changed it; editors and admins only.' }),
    translation: translationStateSchema.nullable().optional().meta({
      description:
        'Of a translation: its source and whether the source changed since (null for an article that translates none); editors and admins only.',
    }),
    translations: z.array(translationLinkSchema).optional().meta({
      description:
        'With `include=translations`: the other languages of the story that you may see, by locale (the article itself left out).',
    }),
    authors: z
      .array(bylineSchema)
      .optional()
      .meta({ description: 'With `include=authors` (or `authors.avatar`), in byline order.' }),
    featuredImage: imageSchema.nullable().optional().meta({ description: 'With `include=featuredImage`.' }),
    related: z.array(embeddedRelatedLinkSchema).optional().meta({
      description:
        'With `include=related` (or `related.image`, `related.target`), in order, as the viewer may see them.',
    }),
    snippet: z.string().optional().meta({
      description:
        'Search results only (with `q`): the best passage of the body as HTML, the text escaped and each match in `<mark>…</mark>`.',
    }),
  })
  .meta({
    id: 'Article',
    // Required: what is always sent, so generated types need no `| undefined` on them; what is
    // optional says when it is sent. A field added to this object is required unless `.optional()`.
    description:
      'Every required field is sent unless `fields=` narrowed the selection to the fields named (plus the embeds asked for): type such an answer as a part of this one.',
    example: articleExample(),
  });
export type Article = z.infer<typeof articleSchema>;

/** Embeds: a name is a path, each segment an embed of the one before, at most INCLUDE_DEPTH deep. */
export const includeValues = [
  'authors',
  'authors.avatar',
  'featuredImage',
  'related',
  'related.image',
  'related.target',
  'translations',
] as const;
export type Include = (typeof includeValues)[number];
export const INCLUDE_DEPTH = 2;
export const fieldValues = [
  'id',
  'slug',
  'locale',
  'url',
  'title',
  'subtitle',
  'excerpt',
  'body',
  'bodyHtml',
  'section',
  'tags',
  'status',
  'publishedAt',
  'readingTimeMinutes',
  'authorIds',
  'featuredImageId',
  'seo',
  'createdAt',
  'updatedAt',
  'version',
  'createdBy',
  'updatedBy',
  'translation',
] as const;
export type Field = (typeof fieldValues)[number];

const commaSeparated = (raw: string): string[] =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function commaList<const T extends readonly string[]>(values: T, name: string) {
  return z
    .string()
    .max(1_000)
    .transform((raw, ctx) => {
      const items = commaSeparated(raw);
      for (const item of items) {
        if (!(values as readonly string[]).includes(item)) {
          ctx.addIssue({ code: 'custom', message: `unknown ${name} '${item}'; expected any of ${values.join(', ')}` });
          return z.NEVER;
        }
      }
      return [...new Set(items)] as T[number][];
    })
    .meta({ description: `Comma-separated: ${values.join(', ')}.` });
}

/** `include`: a nested name brings its parents along (as JSON:API's include does), so
 *  `related.image` alone embeds the related links with their images; deeper paths than
 *  INCLUDE_DEPTH and unknown names are a 400 naming `include`. In the declared order, so one set
 *  of embeds is one statement shape however it was spelt. */
const includeList = z
  .string()
  .max(1_000)
  .transform((raw, ctx) => {
    const wanted = new Set<string>();
    for (const item of commaSeparated(raw)) {
      const segments = item.split('.');
      const message =
        segments.length > INCLUDE_DEPTH
          ? `include '${item}' is ${segments.length} levels deep; embeds nest at most ${INCLUDE_DEPTH} levels (${includeValues.join(', ')})`
          : !(includeValues as readonly string[]).includes(item)
            ? `unknown include '${item}'; expected any of ${includeValues.join(', ')}`
            : undefined;
      if (message) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      for (let depth = 1; depth <= segments.length; depth++) wanted.add(segments.slice(0, depth).join('.'));
    }
    return includeValues.filter((value) => wanted.has(value));
  })
  .meta({
    description: `Embeds in the same response (one statement whatever the page size), at most ${INCLUDE_DEPTH} levels deep: \`authors.avatar\` each byline's picture, \`related.image\` each link's picture, \`related.target\` the article a link leads to (as a teaser); a nested name brings its parent along. Comma-separated: ${includeValues.join(', ')}.`,
  });

export const articleSorts = ['-publishedAt', 'publishedAt', '-updatedAt', 'title', 'relevance'] as const;
export type ArticleSort = (typeof articleSorts)[number];

export const articleReadQuery = z.strictObject({
  include: includeList.optional(),
  fields: commaList(fieldValues, 'field').optional(),
  locale: localeParam.optional().meta({
    description:
      'The translation in this locale of the article named (a 404 when it has none you may see); without it, a slug shared by several locales is read in the best of `Accept-Language`, else the default locale.',
  }),
});

export const articleListQuery = z
  .strictObject({
    ...listQueryBase,
    include: includeList.optional(),
    fields: commaList(fieldValues, 'field').optional(),
    status: articleStatus.optional(),
    locale: localeParam.optional().meta({ description: 'Only articles in this locale.' }),
    section: sectionFilter.optional(),
    tag: tagsFilter('Any of').optional(),
    allTags: tagsFilter('All of').optional(),
    author: z.string().min(1).max(200).optional().meta({ description: 'Author id or slug.' }),
    publishedAfter: publicationParam(
      'Published after: a date-time (exclusive), or a date, meaning from the start of that UTC day on (inclusive).',
    ).optional(),
    publishedBefore: publicationParam(
      'Published before: a date-time (exclusive), or a date, meaning before the start of that UTC day (exclusive): `publishedAfter=2026-11-30&publishedBefore=2026-12-01` is 30 November.',
    ).optional(),
    q: z.string().trim().min(1).max(500).optional().meta({
      description:
        "Full-text search over title, subtitle, excerpt and body: every word must match, the last one as a prefix too; text in double quotes is a phrase. Case and accents are ignored, a word also finds its other spellings (Latin and Cyrillic, one edit on words of five letters or more, the newsroom's synonyms) below the exact ones, and operators are plain words. Each result carries a `snippet`.",
    }),
    sort: z.enum(articleSorts).optional().meta({ description: 'Default `-publishedAt`, or `relevance` with `q`.' }),
  })
  .refine((query) => query.sort !== 'relevance' || query.q !== undefined, {
    message: 'sort=relevance needs q',
    path: ['sort'],
  });
export type ArticleListQuery = z.infer<typeof articleListQuery>;

export const articleListSchema = z
  .object({
    data: z.array(articleSchema),
    meta: z.object({
      limit: z.number().int(),
      nextCursor: z.string().nullable(),
      total: z.number().int().optional(),
      totalExact: z.boolean().optional().meta({
        description: 'With `q`: false when a search has more hits than it counts (10,000), and `total` is that many.',
      }),
    }),
  })
  .meta({ id: 'ArticleList' });
