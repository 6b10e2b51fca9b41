// Full-text search of articles: what a reader typed becomes words (never query syntax: quotes,
// `*`, NEAR(, AND/OR/NOT, `-` and column filters are just text), every word must match and the
// last one matches as a prefix; the engine's index finds and ranks them (src/db/<engine>/search.ts),
// with the visibility rule and the filters of the list. A new search rule goes in the engines'
// search modules; what counts as a word goes here.
import { sql } from 'drizzle-orm';
import {
  type Handle,
  indexableText,
  MATCH_CLOSE,
  MATCH_OPEN,
  type SearchSort,
  type SearchWords,
} from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { Cursor } from '../../lib/cursor.js';
import { invalidField } from '../../lib/errors.js';
import { articlesVisible, byScope, ownerParam, type Viewer } from '../access/index.js';
import { type ArticleFilters, filterConditions, presentFilters } from './filters.js';
import type { ListKey } from './lists.js';
import { cutSnippet } from './snippets.js';

const MAX_TERMS = 32;
/** Runs of letters, digits and combining marks: what the indexes' tokenizers keep in a token. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A one-letter prefix matches most of the vocabulary: it is searched as a word instead. */
const MIN_PREFIX_LENGTH = 2;

export function toSearchWords(input: string): SearchWords {
  const words = (input.normalize('NFKC').match(WORD) ?? [])
    .filter((word) => HAS_LETTER_OR_DIGIT.test(word))
    .slice(0, MAX_TERMS);
  if (words.length === 0) throw invalidField('q', 'must contain at least one letter or digit');
  return { words, prefixLast: [...words.at(-1)!].length >= MIN_PREFIX_LENGTH };
}

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

export type SearchOptions = {
  viewer: Viewer;
  now: string;
  words: SearchWords;
  filters: ArticleFilters;
  sort: SearchSort;
  cursor: Cursor | undefined;
  limit: number;
};

export function createArticleSearch({ db, tables: t, dialect, search }: Handle) {
  const request = (options: Omit<SearchOptions, 'sort' | 'cursor' | 'limit'>) => {
    const present = presentFilters(options.filters);
    return {
      words: options.words,
      visible: (row: Parameters<typeof articlesVisible>[1]) =>
        articlesVisible(byScope(options.viewer), row, sql.placeholder('now')),
      filters: (row: Parameters<typeof filterConditions>[2]) => filterConditions(t, present, row),
      params: { ...options.filters, ...ownerParam(options.viewer), now: options.now },
      shape: { articles: options.viewer.articles, filters: present },
    };
  };
  // What a hit's snippet is cut from: its body's plain text, or its excerpt when it has none.
  const snippetTexts = prepared(
    'article_snippet_texts',
    db
      .select({
        id: t.articles.id,
        text: sql<string>`case when ${t.articles.bodyText} = '' then ${t.articles.excerpt} else ${t.articles.bodyText} end`,
      })
      .from(t.articles)
      .where(dialect.inList(t.articles.id, sql.placeholder('ids'))),
  );
  return {
    /** A page of search hits as keys with their snippets (HTML). */
    async search(options: SearchOptions): Promise<ListKey[]> {
      const hits = await search.search({
        ...request(options),
        sort: options.sort,
        cursor: options.cursor && { key: options.cursor.key, id: options.cursor.id },
        limit: options.limit,
      });
      if (hits.length === 0) return [];
      const texts = new Map(
        (await snippetTexts({ ids: dialect.listParam(hits.map((hit) => hit.id)) })).map((row) => [row.id, row.text]),
      );
      return hits.map((hit) => ({
        ...hit,
        snippet: snippetHtml(cutSnippet(indexableText(texts.get(hit.id) ?? ''), options.words)),
      }));
    },
    searchCount: (options: Omit<SearchOptions, 'sort' | 'cursor' | 'limit'>): Promise<number> =>
      search.count(request(options)),
  };
}
