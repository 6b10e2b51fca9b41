// The query parameters of the section, tag and date filters, which the article list and the
// feeds share (filters.ts turns them into conditions).
import { z } from 'zod';
import { isoDateTime } from '../../lib/http-schemas.js';

/** A section by slug or name, in any case (`world` finds "World"): the section of /v1/sections. */
export const sectionFilter = z
  .string()
  .trim()
  .min(1)
  .max(100)
  // No `example`: Swagger UI's "Try it out" fills a parameter's example in, and a list filtered
  // by an example section answers nothing (the description shows the form instead).
  .meta({ description: 'A section by slug or name, in any case (`world` finds "World").' });

export const MAX_FILTER_TAGS = 10;
/** Tags by slug or name, in any case, comma-separated (tags hold no commas). */
export function tagsFilter(which: 'Any of' | 'All of') {
  return z
    .string({
      error: (issue) =>
        Array.isArray(issue.input) ? 'give several tags in one parameter, comma-separated: tag=a,b' : undefined,
    })
    .max(1_000)
    .transform((raw, ctx) => {
      const tags = [...new Set(raw.split(',').map((item) => item.trim()))].filter(Boolean);
      if (tags.length === 0) ctx.addIssue({ code: 'custom', message: 'must name at least one tag' });
      else if (tags.length > MAX_FILTER_TAGS)
        ctx.addIssue({ code: 'custom', message: `names ${tags.length} tags; at most ${MAX_FILTER_TAGS}` });
      else if (tags.some((tag) => tag.length > 100))
        ctx.addIssue({ code: 'custom', message: 'a tag has at most 100 characters' });
      else return tags;
      return z.NEVER;
    })
    .meta({
      description: `${which} these tags, by slug or name, in any case (\`ukraine\` finds "Ukraine"), comma-separated (\`ukraine,nato\`; at most ${MAX_FILTER_TAGS}).`,
    });
}

/** A date-time, or a date standing for the start of its UTC day (filters.ts publicationBound). */
export const publicationParam = (description: string) =>
  z.union([z.iso.date(), isoDateTime], { error: 'must be an ISO 8601 date (2026-11-30) or date-time' }).meta({
    description,
  });
