// A search hit's snippet: the passage of its text (the body's plain text, or the excerpt when it
// has none) that holds the most of the query's words, cut to a few words, with each match
// between MATCH_OPEN and MATCH_CLOSE. Cut here rather than by an engine, so both engines give the
// same snippets, and at a bounded cost: only the first SCAN_WORDS words are looked at, whatever
// the body's length. A word matches in any of the spellings the search looked for.
import { MATCH_CLOSE, MATCH_OPEN } from '../../db/engine.js';
import { foldTerm } from '../../lib/search-text.js';

/** Words in a snippet (FTS5's snippet() used the same number). */
export const SNIPPET_WORDS = 24;
/** How far into a text the best passage is looked for. */
const SCAN_WORDS = 5_000;
/** Words a snippet shows before its first match, when the text goes on before it. */
const LEAD_WORDS = 3;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

type Token = { start: number; end: number; match: number };

/** What one word or phrase of a query matches in text: folded words, and a prefix of them. */
export type SnippetClause = { terms: ReadonlySet<string>; prefix?: string | undefined };

export function cutSnippet(text: string, clauses: readonly SnippetClause[], size = SNIPPET_WORDS): string {
  /** Which clause a token matches (-1 for none). */
  const matchOf = (token: string): number => {
    const folded = foldTerm(token);
    for (let index = 0; index < clauses.length; index++) {
      const clause = clauses[index]!;
      if (clause.terms.has(folded) || (clause.prefix !== undefined && folded.startsWith(clause.prefix))) return index;
    }
    return -1;
  };
  const tokens: Token[] = [];
  for (const found of text.matchAll(WORD)) {
    tokens.push({ start: found.index, end: found.index + found[0].length, match: matchOf(found[0]) });
    if (tokens.length === SCAN_WORDS) break;
  }
  if (tokens.length === 0) return text.slice(0, 200);

  // The window with the most distinct words of the query, then the most matches; the earliest wins a tie.
  let best = { from: 0, distinct: -1, matches: -1 };
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.match === -1 && index !== 0) continue;
    const from = Math.max(0, index - LEAD_WORDS);
    const seen = new Set<number>();
    let matches = 0;
    for (const token of tokens.slice(from, from + size)) {
      if (token.match !== -1) {
        seen.add(token.match);
        matches++;
      }
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && matches > best.matches))
      best = { from, distinct: seen.size, matches };
  }
  const window = tokens.slice(best.from, best.from + size);
  const first = window[0]!;
  const lastToken = window.at(-1)!;
  const reachesEnd = best.from + size >= tokens.length && tokens.length < SCAN_WORDS;
  const start = best.from === 0 ? 0 : first.start;
  const end = reachesEnd ? text.length : lastToken.end;
  let out = '';
  let at = start;
  for (const token of window) {
    if (token.match === -1) continue;
    out += `${text.slice(at, token.start)}${MATCH_OPEN}${text.slice(token.start, token.end)}${MATCH_CLOSE}`;
    at = token.end;
  }
  out += text.slice(at, end);
  return `${start > 0 ? '…' : ''}${out.trim()}${reachesEnd ? '' : '…'}`;
}
