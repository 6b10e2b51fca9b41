// What both engines write for an article's search entry, besides their own index: the facet
// tokens filters are matched by inside the index, the text as the index reads it, and the docid
// (kept while the article's time stays in its slot, else the next free one of the new slot).
import { eq, sql } from 'drizzle-orm';
import { foldText } from '../lib/search-text.js';
import type { Db, SearchDocument, Tables } from './engine.js';
import { indexableText } from './engine.js';
import { prepared } from './prepared.js';
import { MAX_SPILL_SLOTS, SLOT_SIZE, slotFor } from './search-docids.js';

/** Facet tokens start so; query words that do are not searched (src/modules/articles/search-query.ts). */
export const FACET_PREFIX = '0zz';
const hex = (value: string) => Buffer.from(value, 'utf8').toString('hex');

/** The tokens an entry carries for the filters and for visibility, as both engines index them
 *  (src/db/sqlite/search.ts builds the same in SQL for bulk loads). */
export const facet = {
  /** Drafts and archived articles: the public never sees them. */
  hidden: `${FACET_PREFIX}xhidden`,
  status: (status: SearchDocument['status']) => `${FACET_PREFIX}x${status}`,
  section: (section: string) => `${FACET_PREFIX}s${hex(section)}`,
  tag: (tag: string) => `${FACET_PREFIX}t${hex(tag)}`,
  author: (authorId: string) => `${FACET_PREFIX}a${hex(authorId)}`,
  locale: (locale: string) => `${FACET_PREFIX}l${hex(locale)}`,
  /** Who created the article: a contributor sees their own unpublished work (access/visibility.ts). */
  owner: (userId: string) => `${FACET_PREFIX}o${hex(userId)}`,
};

export function facetsOf(document: SearchDocument): string[] {
  return [
    facet.status(document.status),
    ...(document.status === 'published' ? [] : [facet.hidden]),
    ...(document.section === null ? [] : [facet.section(document.section)]),
    ...document.tags.map(facet.tag),
    ...document.authorIds.map(facet.author),
    facet.locale(document.locale),
    ...(document.createdBy === null ? [] : [facet.owner(document.createdBy)]),
  ];
}

/** Text as an index reads it: without the characters that mark matches, with the folds the
 *  tokenizers do not do themselves. */
export const entryText = (text: string | null): string => foldText(indexableText(text ?? ''));

/** The text fields of an entry, as each index field holds them. */
export const fieldsOf = (document: SearchDocument) => ({
  title: entryText(document.title),
  subtitle: entryText(document.subtitle),
  excerpt: entryText(document.excerpt),
  body: entryText(document.bodyText),
});

/** How far into a text its snippets look (about 5,000 words): an entry keeps that much of it, and
 *  one character more, which says that the text goes on. */
export const SNIPPET_SCAN_CHARS = 40_000;

const LATIN1 = 0;
const UTF16 = 1;

/** The text an entry's snippets are cut from (the body's plain text, or the excerpt when it has
 *  none) as far as they look, encoded so that reading it back is a copy, not a UTF-8 decode (the
 *  slowest part of a search page with Cyrillic hits: docs/search.md). One byte a character when
 *  every character fits (ISO 8859-1: most English text), else UTF-16LE; the first byte says which. */
export function encodeSnippetSource(document: Pick<SearchDocument, 'bodyText' | 'excerpt'>): Buffer {
  const text = indexableText(document.bodyText === '' ? document.excerpt : document.bodyText).slice(
    0,
    SNIPPET_SCAN_CHARS + 1,
  );
  const narrow = !/[\u0100-\uffff]/.test(text);
  const bytes = Buffer.allocUnsafe(1 + (narrow ? text.length : 2 * text.length));
  bytes[0] = narrow ? LATIN1 : UTF16;
  bytes.write(text, 1, narrow ? 'latin1' : 'utf16le');
  return bytes;
}

/** The text of encodeSnippetSource's bytes ('' for an entry written before there were any). */
export function decodeSnippetSource(bytes: Uint8Array | null | undefined): string {
  if (!bytes || bytes.length === 0) return '';
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.toString(buffer[0] === LATIN1 ? 'latin1' : 'utf16le', 1);
}

/** Chooses an article's docid: `current` when set and in the slot of the article's time, else a
 *  free one there (or, when 8,192 articles share the millisecond, in the milliseconds before). */
export function createDocidAllocator(db: Db, t: Tables) {
  const currentOf = prepared(
    'search_entry_docid',
    db
      .select({ docid: sql<string>`cast(${t.articleSearch.docid} as text)` })
      .from(t.articleSearch)
      .where(eq(t.articleSearch.articleId, sql.placeholder('articleId'))),
  );
  const lowestIn = prepared(
    'search_entry_slot_lowest',
    db
      .select({ docid: sql<string | null>`cast(min(${t.articleSearch.docid}) as text)` })
      .from(t.articleSearch)
      .where(sql`${t.articleSearch.docid} between ${sql.placeholder('last')} and ${sql.placeholder('first')}`),
  );
  return {
    /** The docid the article has now, if any. */
    current: async (articleId: string): Promise<bigint | undefined> => {
      const row = (await currentOf({ articleId }))[0];
      return row ? BigInt(row.docid) : undefined;
    },
    async allocate(document: SearchDocument, current: bigint | undefined): Promise<bigint> {
      let { first, last } = slotFor(document.publishedAt, document.updatedAt);
      if (current !== undefined && current >= last && current <= first) return current;
      for (let spill = 0; spill < MAX_SPILL_SLOTS; spill++) {
        const lowest = (await lowestIn({ first, last }))[0]?.docid;
        if (lowest === null || lowest === undefined) return first;
        if (BigInt(lowest) > last) return BigInt(lowest) - 1n;
        // A millisecond holds SLOT_SIZE entries: the next go to the one before it (larger docids).
        first += SLOT_SIZE;
        last += SLOT_SIZE;
      }
      throw new Error(`more than ${MAX_SPILL_SLOTS * Number(SLOT_SIZE)} articles share a publication time`);
    },
  };
}
