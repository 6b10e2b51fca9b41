// A search hit's snippet: the passage of its text (the body's plain text, or the excerpt when it
// has none) that holds the most of the query's words, cut to a few words, with each match
// between MATCH_OPEN and MATCH_CLOSE. Cut here rather than by an engine, so both engines give the
// same snippets, and at a bounded cost: only the first SNIPPET_SCAN_CHARS characters are looked at,
// whatever the body's length, found by one regular expression over the text itself when it is
// ASCII (matching case-insensitively), else over a folded copy of it (the same length, so
// positions carry over), with words counted only around the matches. A word
// matches in any of the spellings the search looked for.
import { MATCH_CLOSE, MATCH_OPEN } from '../../db/engine.js';
import { SNIPPET_SCAN_CHARS } from '../../db/search-entry.js';

/** Words in a snippet (FTS5's snippet() used the same number). */
export const SNIPPET_WORDS = 24;

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** A snippet as HTML: the text escaped, each match in `<mark>…</mark>`. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MATCH_OPEN, '<mark>').replaceAll(MATCH_CLOSE, '</mark>');
}

/** Words a snippet shows before its first match, when the text goes on before it. */
const LEAD_WORDS = 3;
/** Passages weighed before the best so far is taken. */
const MAX_WINDOWS = 8;

/** What one word or phrase of a query matches in text: folded words, and a prefix of them. */
export type SnippetClause = { terms: ReadonlySet<string>; prefix?: string | undefined };

/** Per UTF-16 code unit: its fold (lower case, Latin accents and ё folded: as foldTerm folds
 *  words, one unit for one, so positions carry over) and whether it is part of a word (a letter,
 *  digit or mark). Built on the first snippet: a table lookup is several times faster than
 *  lower-casing a text and testing characters with Unicode's classes (docs/search.md). */
type CharTables = { fold: Uint16Array; word: Uint8Array };
let tables: CharTables | undefined;
const FOLDABLE = /^[\u00c0-\u024f\u1e00-\u1eff]$/;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
function charTables(): CharTables {
  if (tables) return tables;
  const fold = new Uint16Array(0x10000);
  const word = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    fold[code] = code;
    // Surrogates: a character outside the BMP is left as it is, and not counted as a word's.
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    word[code] = WORD_CHAR.test(char) ? 1 : 0;
    const lower = char.toLowerCase();
    if (lower.length !== 1) continue;
    const base = lower.normalize('NFD')[0]!;
    const folded = lower === 'ё' ? 'е' : FOLDABLE.test(lower) && base !== lower && base < '\u0250' ? base : lower;
    fold[code] = folded.charCodeAt(0);
  }
  tables = { fold, word };
  return tables;
}

/** Whether a text is all ASCII: most bodies are, and for them folding is lower-casing (Node counts
 *  the UTF-8 length natively). */
const isAscii = (text: string): boolean => Buffer.byteLength(text, 'utf8') === text.length;

/** The text lower-cased and folded, position for position. */
function foldedCopy(text: string, fold: Uint16Array): string {
  const bytes = Buffer.from(text, 'utf16le');
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  for (let index = 0; index < units.length; index++) units[index] = fold[units[index]!]!;
  return bytes.toString('utf16le');
}

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the query's words in folded text: one expression for all the spellings of a query. */
export function snippetMatcher(clauses: readonly SnippetClause[]) {
  const starts = [...new Set(clauses.flatMap((clause) => [...clause.terms, ...(clause.prefix ? [clause.prefix] : [])]))]
    .filter((term) => term.length > 0)
    .sort((a, b) => b.length - a.length);
  const pattern =
    starts.length === 0
      ? undefined
      : new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${starts.map(escapeRegExp).join('|')})`, 'gu');
  // The same over ASCII text, without Unicode's classes (several times faster to run): only the
  // ASCII spellings can occur in it.
  const asciiStarts = starts.filter(isAscii);
  const asciiPattern =
    asciiStarts.length === 0
      ? undefined
      : new RegExp(`(?<![a-z0-9])(?:${asciiStarts.map(escapeRegExp).join('|')})`, 'gi');
  /** Which clause a whole folded word matches (-1 for none). */
  const clauseOf = (word: string): number =>
    clauses.findIndex(
      (clause) => clause.terms.has(word) || (clause.prefix !== undefined && word.startsWith(clause.prefix)),
    );
  return { pattern, asciiPattern, clauseOf };
}

type Occurrence = { start: number; end: number; clause: number };

export function cutSnippet(
  text: string,
  clauses: readonly SnippetClause[],
  size = SNIPPET_WORDS,
  matcher = snippetMatcher(clauses),
): string {
  const scanned = text.length > SNIPPET_SCAN_CHARS ? text.slice(0, SNIPPET_SCAN_CHARS) : text;
  const { fold, word } = charTables();
  const isWord = (at: number) => at >= 0 && at < scanned.length && word[scanned.charCodeAt(at)] === 1;
  /** Where the word that goes on at `at` ends (`at` itself when none does). */
  const wordEnd = (at: number) => {
    let end = at;
    while (isWord(end)) end++;
    return end;
  };
  /** Where the next word starts from `at` (the text's length when none does). */
  const wordStart = (at: number) => {
    let start = at;
    while (start < scanned.length && !isWord(start)) start++;
    return start;
  };
  if (wordStart(0) === scanned.length) return text.slice(0, 200);
  const ascii = isAscii(scanned);
  // What the pattern runs over: ASCII text as it is (matched case-insensitively, no copy to
  // make), other text folded.
  const matched = ascii ? scanned : foldedCopy(scanned, fold);
  // Matches are found in order, only as far as the windows looked at reach.
  const occurrences: Occurrence[] = [];
  const source = ascii ? matcher.asciiPattern : matcher.pattern;
  const pattern = source && new RegExp(source);
  let searchedTo = 0;
  /** Finds the next match; false when there is none. */
  const findNext = (): boolean => {
    while (pattern && searchedTo !== Infinity) {
      const found = pattern.exec(matched);
      if (!found) {
        searchedTo = Infinity;
        return false;
      }
      const end = wordEnd(found.index + found[0].length);
      pattern.lastIndex = end;
      searchedTo = end;
      const word = matched.slice(found.index, end);
      const clause = matcher.clauseOf(ascii ? word.toLowerCase() : word);
      if (clause !== -1) {
        occurrences.push({ start: found.index, end, clause });
        return true;
      }
    }
    return false;
  };
  const findUpTo = (limit: number) => {
    while (searchedTo < limit && findNext());
  };
  /** Where the `size` words from `from` end, and whether they reach the end of the text. */
  const windowFrom = (from: number): { end: number; reachesEnd: boolean } => {
    let at = from;
    let end = from;
    for (let count = 0; count < size; count++) {
      at = wordStart(at);
      if (at === scanned.length) return { end: scanned.length, reachesEnd: scanned.length === text.length };
      at = wordEnd(at);
      end = at;
    }
    return { end, reachesEnd: wordStart(at) === scanned.length && scanned.length === text.length };
  };
  /** The start of the word LEAD_WORDS words before `at`. */
  const leadFrom = (at: number): number => {
    let position = at;
    for (let count = 0; count < LEAD_WORDS; count++) {
      let back = position;
      while (back > 0 && !isWord(back - 1)) back--;
      if (back === 0) return 0;
      while (back > 0 && isWord(back - 1)) back--;
      position = back;
    }
    return position;
  };
  const distinctIn = (from: number, end: number) => {
    findUpTo(end);
    const seen = new Set<number>();
    for (const occurrence of occurrences)
      if (occurrence.start >= from && occurrence.end <= end) seen.add(occurrence.clause);
    return seen.size;
  };

  // The earliest window with the most distinct words of the query: the text's start, or a few
  // words before a match, tried in order until one holds every word (or MAX_WINDOWS were tried).
  let best = { from: 0, ...windowFrom(0), distinct: 0 };
  best.distinct = distinctIn(0, best.end);
  for (let index = 0, tried = 1; best.distinct < clauses.length && tried < MAX_WINDOWS; index++) {
    if (index >= occurrences.length && !findNext()) break;
    const occurrence = occurrences[index]!;
    const from = leadFrom(occurrence.start);
    if (from <= best.from) continue;
    tried++;
    const window = windowFrom(from);
    const distinct = distinctIn(from, window.end);
    if (distinct > best.distinct) best = { from, ...window, distinct };
  }
  findUpTo(best.end);
  let out = '';
  let at = best.from;
  for (const occurrence of occurrences) {
    if (occurrence.start < best.from || occurrence.end > best.end) continue;
    out += `${scanned.slice(at, occurrence.start)}${MATCH_OPEN}${scanned.slice(occurrence.start, occurrence.end)}${MATCH_CLOSE}`;
    at = occurrence.end;
  }
  out += scanned.slice(at, best.reachesEnd ? text.length : best.end);
  return `${best.from > 0 ? '…' : ''}${out.trim()}${best.reachesEnd ? '' : '…'}`;
}
