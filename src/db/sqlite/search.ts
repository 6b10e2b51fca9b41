// Full-text search on SQLite: three FTS5 indexes (unicode61, Latin accents folded) sharing the
// docids of the search rows (article_search): the title alone, the head (title; subtitle and
// excerpt), and everything (title, subtitle, excerpt, body). Each also holds the article's facet tokens, so
// a filter is one more term FTS5 intersects by skipping through its doclists. They are
// contentless: snippets are cut from the article (src/modules/articles/snippets.ts), never read
// back from an index. A query reads a doclist in ascending docid order, newest first (FTS5 seeks
// forwards cheaply: see docs/search.md), and stops after its limit.
import type Database from 'better-sqlite3';
import {
  type Db,
  type Handle,
  type IndexQuery,
  MATCH_CLOSE,
  MATCH_OPEN,
  type Match,
  type SearchDocument,
  type SearchField,
  type SearchIndex,
} from '../engine.js';
import { createDocidAllocator, encodeSnippetSource, facetsOf, fieldsOf } from '../search-entry.js';
import { createVocabulary, type KnownTerms } from '../search-vocabulary.js';
import { preparedInsert } from './prepared-insert.js';
import { articleSearch } from './schema.js';

const TABLES: Record<SearchField, string> = {
  title: 'article_titles_fts',
  head: 'article_heads_fts',
  all: 'articles_fts',
};
/** The columns of each index that hold a title, or a head. */
const COLUMNS: Record<SearchField, Record<'title' | 'head', string>> = {
  title: { title: 'title', head: 'title' },
  head: { title: 'title', head: '{title lead}' },
  all: { title: 'title', head: '{title subtitle excerpt}' },
};

// FTS5 writes each flush of new entries as a b-tree of its own and merges them only in fours
// (automerge), so a busy or bulk-loaded index holds many, and every query seeks each term in each:
// at 10,000 articles a query read three to five times longer than over one b-tree. They are merged
// here: a bounded amount at a time ('merge' with a negative budget merges any two, whatever their
// level), or all at once when the file is a bulk load's alone ('optimize').

/** Merges up to `pages` pages of each index's b-trees; whether any index still had some to merge. */
export function mergeIndexes(connection: Database.Database, pages: number): boolean {
  const changes = connection.prepare('select total_changes()').pluck();
  let merged = false;
  for (const table of Object.values(TABLES)) {
    const before = changes.get() as number;
    connection.prepare(`insert into ${table} (${table}, rank) values ('merge', ?)`).run(-pages);
    // A merge with nothing to do changes one row (FTS5's documentation: fewer than two).
    if ((changes.get() as number) - before >= 2) merged = true;
  }
  return merged;
}

/** Each index as one b-tree. */
export function optimizeIndexes(connection: Database.Database): void {
  for (const table of Object.values(TABLES)) connection.exec(`insert into ${table} (${table}) values ('optimize')`);
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** An expression in FTS5's query syntax over an index; every term a quoted string, every operator
 *  bracketed. */
export function toFts5(match: Match, field: SearchField): string {
  const compile = (part: Match): string => {
    if ('term' in part) return quoted(part.term);
    if ('phrase' in part) return quoted(part.phrase.join(' '));
    if ('all' in part) return `(${part.all.map(compile).join(' AND ')})`;
    if ('any' in part) {
      if (part.any.length === 0) throw new Error('an empty alternative matches nothing: leave it out');
      return `(${part.any.map(compile).join(' OR ')})`;
    }
    if ('within' in part) return `${COLUMNS[field][part.within]} : ${compile(part.match)}`;
    return `(${compile(part.match)} NOT ${compile(part.without)})`;
  };
  return compile(match);
}

// The facet tokens of an article as SQL over its row, for the bulk path (as facetsOf builds them).
const FACETS_SQL = `'0zzx' || a.status || case when a.status <> 'published' then ' 0zzxhidden' else '' end
  || coalesce(' 0zzs' || lower(hex(a.section)), '')
  || coalesce((select ' ' || group_concat('0zzt' || lower(hex(value)), ' ') from json_each(a.tags)), '')
  || coalesce((select ' ' || group_concat('0zza' || lower(hex(value)), ' ') from json_each(a.author_ids)), '')
  || ' 0zzl' || lower(hex(a.locale))
  || coalesce(' 0zzo' || lower(hex(a.created_by)), '')`;
// The text folds of entryText(): the match markers stripped, ё as е.
const folded = (text: string) =>
  `replace(replace(replace(replace(${text}, char(${MATCH_OPEN.codePointAt(0)}), ''), char(${MATCH_CLOSE.codePointAt(0)}), ''), 'ё', 'е'), 'Ё', 'Е')`;

export function createSqliteSearch(
  handle: Pick<Handle, 'db' | 'tables' | 'dialect' | 'prepare'>,
  connection: Database.Database,
  known: KnownTerms,
): SearchIndex {
  const db = handle.db as Db;
  const docids = createDocidAllocator(db, handle.tables);
  const vocabulary = createVocabulary(handle, known);
  const hitsIn = Object.fromEntries(
    Object.entries(TABLES).map(([field, table]) => [
      field,
      connection
        .prepare(`select rowid from ${table} where ${table} match ? and rowid between ? and ? order by rowid limit ?`)
        .pluck()
        .safeIntegers(true),
    ]),
  ) as Record<SearchField, Database.Statement>;
  const counting = connection
    .prepare(
      'select count(*) from (select rowid from articles_fts where articles_fts match ? and rowid between ? and ? limit ?)',
    )
    .pluck();
  const insertRow = preparedInsert(connection, articleSearch);
  const removeRow = connection.prepare('delete from article_search where docid = ?');
  const inserts = {
    all: connection.prepare(
      'insert into articles_fts (rowid, title, subtitle, excerpt, body, facets) values (?, ?, ?, ?, ?, ?)',
    ),
    title: connection.prepare('insert into article_titles_fts (rowid, title, facets) values (?, ?, ?)'),
    head: connection.prepare('insert into article_heads_fts (rowid, title, lead, facets) values (?, ?, ?, ?)'),
  };
  const removes = Object.values(TABLES).map((table) => connection.prepare(`delete from ${table} where rowid = ?`));
  // Index rows for many articles in one statement per index, their text read back from the rows
  // just written: for a bulk load, half the cost of binding each article's text to its own insert.
  const later = (columns: string, values: string) =>
    connection.prepare(
      `insert into ${columns} select s.docid, ${values}, ${FACETS_SQL}
       from json_each(?) k join article_search s on s.article_id = k.value join articles a on a.id = k.value`,
    );
  const insertLater = [
    later(
      'articles_fts (rowid, title, subtitle, excerpt, body, facets)',
      ['a.title', "coalesce(a.subtitle, '')", 'a.excerpt', 'a.body_text'].map(folded).join(', '),
    ),
    later('article_titles_fts (rowid, title, facets)', folded('a.title')),
    later(
      'article_heads_fts (rowid, title, lead, facets)',
      `${folded('a.title')}, ${folded("coalesce(a.subtitle, '') || ' ' || a.excerpt")}`,
    ),
  ];

  const removeEntry = (docid: bigint) => {
    for (const remove of removes) remove.run(docid);
    removeRow.run(docid);
  };

  return {
    async hits(query: IndexQuery, limit: number) {
      if (query.from > query.to || limit <= 0) return [];
      return hitsIn[query.field].all(toFts5(query.match, query.field), query.from, query.to, limit) as bigint[];
    },
    async count(query, cap) {
      if (query.from > query.to) return 0;
      return counting.get(toFts5(query.match, 'all'), query.from, query.to, cap) as number;
    },
    async write(document: SearchDocument, indexLater = false) {
      const current = await docids.current(document.id);
      const docid = await docids.allocate(document, current);
      if (current !== undefined) removeEntry(current);
      insertRow({
        docid: docid as unknown as number,
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
      });
      if (!indexLater) {
        const text = fieldsOf(document);
        const facets = facetsOf(document).join(' ');
        inserts.all.run(docid, text.title, text.subtitle, text.excerpt, text.body, facets);
        inserts.title.run(docid, text.title, facets);
        inserts.head.run(docid, text.title, `${text.subtitle} ${text.excerpt}`, facets);
      }
      await vocabulary.add([document.title, document.subtitle, document.excerpt, document.bodyText]);
    },
    async indexLater(articleIds) {
      if (articleIds.length === 0) return;
      const ids = JSON.stringify(articleIds);
      for (const insert of insertLater) insert.run(ids);
    },
    async remove(articleId) {
      const current = await docids.current(articleId);
      if (current !== undefined) removeEntry(current);
    },
  };
}
