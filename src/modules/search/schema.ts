// Synonym groups: words the newsroom declares equal for search (Kyiv = Kiev = Київ), which no
// spelling rule derives. A group is a set of single words; a word typed finds the other words of
// every group its spelling key is in, below its exact matches (docs/search.md).
import { z } from 'zod';
import { listQueryBase, timestampFields, uuid } from '../../lib/http-schemas.js';
import { foldTerm, MAX_TERM_LENGTH, wordsOf } from '../../lib/search-text.js';

export const MAX_SYNONYM_TERMS = 20;

const example = { terms: ['Kyiv', 'Kiev', 'Київ'] };

const synonymWord = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TERM_LENGTH)
  .refine((word) => {
    const words = wordsOf(word);
    return words.length === 1 && words[0] === word.normalize('NFKC');
  }, 'must be one word (letters, digits and marks): a group holds words, not phrases');

export const synonymInputSchema = z
  .strictObject({
    terms: z
      .array(synonymWord)
      .min(2, 'a group needs at least two words')
      .max(MAX_SYNONYM_TERMS)
      .superRefine((terms, context) => {
        const seen = new Map<string, number>();
        terms.forEach((term, index) => {
          const folded = foldTerm(term.normalize('NFKC'));
          const first = seen.get(folded);
          if (first !== undefined)
            context.addIssue({ code: 'custom', path: [index], message: `repeats terms.${first}` });
          else seen.set(folded, index);
        });
      })
      .meta({ description: 'Words that are to find each other, as the newsroom spells them.' }),
  })
  .meta({ id: 'SynonymTerms', example });
export type SynonymInput = z.infer<typeof synonymInputSchema>;

export const synonymSchema = z.object({ id: uuid, terms: z.array(z.string()), ...timestampFields }).meta({
  id: 'Synonym',
  example: {
    id: '01946a2e-5c1f-7d3a-9b2e-0a1b2c3d4e5f',
    ...example,
    createdAt: '2025-01-15T00:00:00.000Z',
    updatedAt: '2025-01-15T00:00:00.000Z',
    version: 1,
  },
});
export type Synonym = z.infer<typeof synonymSchema>;

export const synonymListQuery = z.strictObject({ limit: listQueryBase.limit, cursor: listQueryBase.cursor });

export const synonymListSchema = z
  .object({
    data: z.array(synonymSchema),
    meta: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
  })
  .meta({ id: 'SynonymList' });
