// Turns what a reader typed into a safe FTS5 query, and FTS5 snippets into safe HTML.
// User text is never passed to MATCH as syntax: every word becomes a quoted string (so quotes,
// `*`, NEAR(, AND/OR/NOT, `-` and column filters are just text), words are ANDed, and the last
// one matches as a prefix.
import { invalidField } from '../../lib/errors.js';

const MAX_TERMS = 32;
/** Runs of letters, digits and combining marks: what the unicode61 tokenizer keeps in a token. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A one-letter prefix matches most of the vocabulary: it is searched as a word instead. */
const MIN_PREFIX_LENGTH = 2;

export function toFtsQuery(input: string): string {
  const words = (input.normalize('NFKC').match(WORD) ?? []).filter((word) => HAS_LETTER_OR_DIGIT.test(word));
  if (words.length === 0) throw invalidField('q', 'must contain at least one letter or digit');
  const terms = words.slice(0, MAX_TERMS).map((word) => `"${word}"`);
  if ([...words[Math.min(words.length, MAX_TERMS) - 1]!].length >= MIN_PREFIX_LENGTH) terms[terms.length - 1] += '*';
  return terms.join(' ');
}

/** The same query, matched against the title alone (`toFtsQuery` output only). */
export const inTitle = (ftsQuery: string): string => `title : (${ftsQuery})`;

// snippet() marks matches with two private-use characters: they cannot come from the indexed
// text (stripped on the way in), so the text can be HTML-escaped first and the marks added after.
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/** Text as it goes into the index: without the characters that mark matches. */
export const indexableText = (text: string): string => text.replace(MARKERS, '');

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** An FTS5 snippet as HTML: the text escaped, each match in `<mark>…</mark>`. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MATCH_OPEN, '<mark>').replaceAll(MATCH_CLOSE, '</mark>');
}
