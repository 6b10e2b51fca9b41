// What a reader typed, as what to look for. Words are never query syntax (`*`, NEAR(, AND/OR/NOT,
// `-` and column filters are just text); text in double quotes is a phrase (its words in that
// order, spelt as typed); every word or phrase must match; the last word, unquoted, matches as a
// prefix too. Each unquoted word also matches its other spellings (the vocabulary: other scripts,
// one edit, synonyms), and those matches form the variant tiers of relevance: the exact spelling
// ranks first. See docs/search.md.
import type { Match } from '../../db/engine.js';
import { FACET_PREFIX } from '../../db/search-entry.js';
import type { Expansion, Vocabulary } from '../../db/search-vocabulary.js';
import { invalidField } from '../../lib/errors.js';
import { foldTerm, wordsOf } from '../../lib/search-text.js';

const MAX_TERMS = 32;
/** A one-letter prefix matches most of the vocabulary: it is searched as a word instead. */
const MIN_PREFIX_LENGTH = 2;

export type QueryClause =
  | { kind: 'word'; term: string; prefix: boolean; quoted: boolean }
  | { kind: 'phrase'; terms: string[] };

/** The clauses of `q`: words and phrases, folded; a 400 naming q when there is nothing to find. */
export function parseQuery(input: string): QueryClause[] {
  const clauses: QueryClause[] = [];
  let count = 0;
  // Quotes pair up from the left; an unpaired one is a separator like any punctuation.
  const parts = input.split('"');
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && index < parts.length - 1;
    const terms = wordsOf(part)
      .map(foldTerm)
      .filter((term) => !term.startsWith(FACET_PREFIX));
    const room = terms.slice(0, MAX_TERMS - count);
    count += room.length;
    if (room.length === 0) return;
    if (quoted && room.length > 1) clauses.push({ kind: 'phrase', terms: room });
    else for (const term of room) clauses.push({ kind: 'word', term, prefix: false, quoted });
  });
  if (clauses.length === 0) throw invalidField('q', 'must contain at least one letter or digit');
  const last = clauses.at(-1)!;
  if (last.kind === 'word' && !last.quoted && [...last.term].length >= MIN_PREFIX_LENGTH) last.prefix = true;
  return clauses;
}

/** Each clause's spellings: the exact ones, and the others (none for quoted words and phrases). */
export type ExpandedClause = { clause: QueryClause; exact: Match; variants: Match | undefined; terms: string[] };

export async function expandQuery(vocabulary: Vocabulary, clauses: readonly QueryClause[]): Promise<ExpandedClause[]> {
  const open = clauses.filter(
    (clause): clause is Extract<QueryClause, { kind: 'word' }> => clause.kind === 'word' && !clause.quoted,
  );
  const expansions = new Map<QueryClause, Expansion>();
  if (open.length > 0) {
    const found = await vocabulary.expand(open.map((clause) => ({ term: clause.term, prefix: clause.prefix })));
    open.forEach((clause, index) => void expansions.set(clause, found[index]!));
  }
  return clauses.map((clause) => {
    if (clause.kind === 'phrase')
      return { clause, exact: { phrase: clause.terms }, variants: undefined, terms: clause.terms };
    const expansion = expansions.get(clause) ?? { exact: [clause.term], variants: [] };
    const anyOf = (terms: string[]): Match =>
      terms.length === 1 ? { term: terms[0]! } : { any: terms.map((term) => ({ term })) };
    return {
      clause,
      exact: anyOf(expansion.exact),
      variants: expansion.variants.length > 0 ? anyOf(expansion.variants) : undefined,
      terms: [...expansion.exact, ...expansion.variants],
    };
  });
}

/** What the query matches: every clause by its exact spellings (`exact`), by any spelling
 *  (`any`), and by any spelling with at least one clause only by another one (`variant`). */
export type QueryMatches = { exact: Match; any: Match; variant: Match | undefined };

export function queryMatches(clauses: readonly ExpandedClause[]): QueryMatches {
  const all = (parts: Match[]): Match => (parts.length === 1 ? parts[0]! : { all: parts });
  const either = (clause: ExpandedClause): Match =>
    clause.variants ? { any: [clause.exact, clause.variants] } : clause.exact;
  const exact = all(clauses.map((clause) => clause.exact));
  const any = all(clauses.map(either));
  const otherwise = clauses
    .filter((clause) => clause.variants !== undefined)
    .map((clause): Match => ({ match: clause.variants!, without: clause.exact }));
  if (otherwise.length === 0) return { exact, any, variant: undefined };
  const someOtherwise = otherwise.length === 1 ? otherwise[0]! : { any: otherwise };
  return { exact, any, variant: clauses.length === 1 ? someOtherwise : { all: [any, someOtherwise] } };
}
