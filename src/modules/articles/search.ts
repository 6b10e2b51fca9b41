// Turns what a reader typed into a safe FTS5 query. User text is never passed to MATCH as
// syntax: every word becomes a quoted string (so quotes, `*`, NEAR(, AND/OR/NOT, `-` and
// column filters are just text), words are ANDed, and the last one matches as a prefix.
import { invalidField } from '../../lib/errors.js';

const MAX_TERMS = 32;

export function toFtsQuery(input: string): string {
  const words = input.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw invalidField('q', 'must contain at least one letter or digit');
  const terms = words.slice(0, MAX_TERMS).map((word) => `"${word}"`);
  terms[terms.length - 1] += '*';
  return terms.join(' ');
}
