// Full-text search on PostgreSQL: three tsvectors per search row, GIN-indexed: the title alone;
// the head (title A, subtitle B, excerpt C); and everything (title A, subtitle B, excerpt C,
// body D). Each also holds the article's facet tokens. The words are Newsdesk's own
// (src/lib/search-text.ts: split and folded in JavaScript, positions kept), so both engines see
// the same words; the tsvector is built by the `simple` configuration from them. A field inside
// a document is its weights (`'word':A` is a title match). A query asks for the smallest docids
// (the newest entries, src/db/search-docids.ts) of a docid range, in order, with a limit: the
// planner walks the primary key and tests each row's document for a common word, or takes the
// GIN index's few hits and sorts them for a rare one (docs/search.md).
import { eq, type SQL, sql } from 'drizzle-orm';
import { foldTerm, wordsOf } from '../../lib/search-text.js';
import type { Handle, Match, SearchDocument, SearchField, SearchIndex } from '../engine.js';
import { createDocidAllocator, encodeSnippetSource, entryText, facetsOf } from '../search-entry.js';
import { createVocabulary, type KnownTerms } from '../search-vocabulary.js';
import { articleSearch as rows } from './schema.js';

const DOCUMENTS: Record<SearchField, string> = {
  title: 'title_document',
  head: 'lead_document',
  all: 'document',
};
/** The weights of a title, or a head, in each document. */
const WEIGHTS: Record<SearchField, Record<'title' | 'head', string>> = {
  title: { title: '', head: '' },
  head: { title: 'A', head: '' },
  all: { title: 'A', head: 'ABC' },
};

const lexeme = (term: string, weights: string) =>
  `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${weights ? `:${weights}` : ''}`;

/** A tsquery (its text, cast as it is: the words are already Newsdesk's) over a document. */
export function toTsQuery(match: Match, field: SearchField): string {
  const compile = (part: Match, weights: string): string => {
    if ('term' in part) return lexeme(part.term, weights);
    if ('phrase' in part) return `(${part.phrase.map((term) => lexeme(term, weights)).join(' <-> ')})`;
    if ('all' in part) return `(${part.all.map((inner) => compile(inner, weights)).join(' & ')})`;
    if ('any' in part) {
      if (part.any.length === 0) throw new Error('an empty alternative matches nothing: leave it out');
      return `(${part.any.map((inner) => compile(inner, weights)).join(' | ')})`;
    }
    if ('within' in part) return compile(part.match, WEIGHTS[field][part.within]);
    return `(${compile(part.match, weights)} & !${compile(part.without, weights)})`;
  };
  return compile(match, '');
}

/** Newsdesk's words of a text, one space apart: PostgreSQL's parser then finds exactly these. */
const words = (text: string | null): string => wordsOf(entryText(text)).map(foldTerm).join(' ');
const vector = (text: string | null, weight: 'A' | 'B' | 'C' | 'D'): SQL =>
  sql`setweight(to_tsvector('simple', ${words(text)}), ${weight})`;

export function createPostgresSearch(handle: Handle, known: KnownTerms): SearchIndex {
  const { db } = handle;
  const docids = createDocidAllocator(db, handle.tables);
  const vocabulary = createVocabulary(handle, known);
  // Unnamed statements, planned with their values: a prepared plan would not know how common a
  // word is, and the choice between the primary key and the GIN index is exactly that.
  return {
    async hits(query, limit) {
      if (query.from > query.to || limit <= 0) return [];
      // The text is named apart from the column: ORDER BY a name sorts by the output column of
      // that name, and a sort by text cannot walk the primary key.
      const found = await handle.rows<{ hit: string }>(
        sql`select cast(docid as text) as hit from article_search
          where ${sql.raw(DOCUMENTS[query.field])} @@ cast(${toTsQuery(query.match, query.field)} as tsquery)
          and docid between ${query.from} and ${query.to} order by docid limit ${limit}`,
      );
      return found.map((row) => BigInt(row.hit));
    },
    async count(query, cap) {
      if (query.from > query.to) return 0;
      const found = await handle.rows<{ n: number }>(
        sql`select count(*) as n from (select 1 from article_search
          where document @@ cast(${toTsQuery(query.match, 'all')} as tsquery)
          and docid between ${query.from} and ${query.to} limit ${cap}) hits`,
      );
      return Number(found[0]!.n);
    },
    async write(document: SearchDocument) {
      const current = await docids.current(document.id);
      const docid = await docids.allocate(document, current);
      if (current !== undefined) await db.delete(rows as never).where(eq(rows.articleId, document.id));
      const facets = sql`array_to_tsvector(${sql.param(facetsOf(document))}::text[])`;
      const title = vector(document.title, 'A');
      const head = sql`${title} || ${vector(document.subtitle, 'B')} || ${vector(document.excerpt, 'C')}`;
      await db.insert(rows as never).values({
        docid,
        articleId: document.id,
        slug: document.slug,
        locale: document.locale,
        status: document.status,
        publishedAt: document.publishedAt,
        section: document.section,
        title: document.title,
        updatedAt: document.updatedAt,
        createdBy: document.createdBy,
        snippetSource: encodeSnippetSource(document),
        document: sql`${head} || ${vector(document.bodyText, 'D')} || ${facets}`,
        titleDocument: sql`to_tsvector('simple', ${words(document.title)}) || ${facets}`,
        leadDocument: sql`${head} || ${facets}`,
      } as never);
      await vocabulary.add([document.title, document.subtitle, document.excerpt, document.bodyText]);
    },
    // Each entry is indexed as it is written.
    async indexLater() {},
    async remove(articleId) {
      await db.delete(rows as never).where(eq(rows.articleId, articleId));
    },
  };
}
