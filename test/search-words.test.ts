// What a word is to search, without a database: folding, spelling keys, one edit, the docid
// layout, and snippets' bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATED_TOP, docidRange, slotFor, timeOf, UNDATED_FROM } from '../src/db/search-docids.js';
import { decodeSnippetSource, encodeSnippetSource, SNIPPET_SCAN_CHARS } from '../src/db/search-entry.js';
import { foldTerm, spellingKey, termsOf, withinOneEdit } from '../src/lib/search-text.js';
import { cutSnippet } from '../src/modules/articles/snippets.js';

describe('words', () => {
  it('fold as the indexes fold: case, Latin accents and ё, never й or ї', () => {
    expect(['Café', 'ZELENSKÝY', 'Київ', 'Йогурт', 'Ёлка', 'naïve'].map(foldTerm)).toEqual([
      'cafe',
      'zelenskyy',
      'київ',
      'йогурт',
      'елка',
      'naive',
    ]);
    expect([...termsOf(['Kyiv, Київ and KYIV!', null as unknown as string, 'x'.repeat(65)])]).toEqual([
      'kyiv',
      'київ',
      'and',
    ]);
  });

  it('give the spellings of one name one key, in either script', () => {
    const key = (word: string) => spellingKey(foldTerm(word));
    for (const family of [
      ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskij', 'Зеленський'],
      ['Kyiv', 'Київ', 'Kyjiw'],
      ['Kiev', 'Киев'],
      ['Kharkiv', 'Harkiv', 'Харків', 'Charkiw'.replace('C', 'K')],
      ['Odesa', 'Odessa', 'Одеса'],
      ['Oleksandr', 'Olexandr', 'Олександр'],
      ['Zaluzhnyi', 'Zaluzhny', 'Залужний'],
      ['Yermak', 'Єрмак'],
    ])
      expect({ family, keys: new Set(family.map(key)).size }).toEqual({ family, keys: 1 });
    expect(key('Kyiv')).not.toBe(key('Kiev'));
  });

  it('are one edit apart by one insertion, deletion, substitution or swap of neighbours', () => {
    const pairs: [string, string, boolean][] = [
      ['zelenski', 'zelenksi', true],
      ['zelenski', 'zelenski', true],
      ['zelenski', 'zelensk', true],
      ['zelenski', 'zelenskii', true],
      ['zelenski', 'zelenzki', true],
      ['zelenski', 'zelnski', true],
      ['zelenski', 'zlenksi', false],
      ['harkiv', 'harkov', true],
      ['shmihal', 'shmigal', true],
      ['київ', 'кеїв', true],
      ['ab', 'abcd', false],
    ];
    for (const [a, b, near] of pairs) expect({ a, b, near: withinOneEdit(a, b) }).toEqual({ a, b, near });
  });
});

describe('docids', () => {
  it('are smaller for later publication, articles without a date after every dated one', () => {
    const at = (publishedAt: string | null, updatedAt = '2026-01-01T00:00:00.000Z') =>
      slotFor(publishedAt, updatedAt).first;
    const order = [
      at('2030-01-01T00:00:00.000Z'),
      at('2026-03-01T12:00:00.001Z'),
      at('2026-03-01T12:00:00.000Z'),
      at('1999-12-31T23:59:59.999Z'),
      at('1000-01-01T00:00:00.000Z'),
      at(null, '2026-03-01T00:00:00.000Z'),
      at(null, '2001-01-01T00:00:00.000Z'),
    ];
    expect([...order].sort((a, b) => (a < b ? -1 : 1))).toEqual(order);
    expect(at('1000-01-01T00:00:00.000Z')).toBe(DATED_TOP);
    expect(at(null, '2001-01-01T00:00:00.000Z') >= UNDATED_FROM).toBe(true);
    expect(timeOf(at('2026-03-01T12:00:00.123Z'))).toEqual({
      region: 'dated',
      ms: Date.parse('2026-03-01T12:00:00.123Z'),
    });
    expect(timeOf(slotFor('2026-03-01T12:00:00.123Z', '').last).ms).toBe(Date.parse('2026-03-01T12:00:00.123Z'));
    // A range of times is a range of docids.
    const range = docidRange('dated', Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-02-01T00:00:00Z'));
    expect(range.from <= at('2026-01-15T00:00:00.000Z') && at('2026-01-15T00:00:00.000Z') <= range.to).toBe(true);
    expect(at('2026-02-02T00:00:00.000Z') < range.from && at('2025-12-31T00:00:00.000Z') > range.to).toBe(true);
    // Docids stay exact as SQL integers (bigints past 2^53).
    expect(typeof at(null)).toBe('bigint');
  });
});

describe('snippets', () => {
  it('mark every spelling looked for, and cost a bounded amount whatever the length', () => {
    const clauses = [{ terms: new Set(['kyiv', 'київ', 'kiev']) }, { terms: new Set(['metro']), prefix: 'metr' }];
    expect(cutSnippet('The Kiev metro reopened; in Київ, trains run again.', clauses)).toBe(
      'The \uE000Kiev\uE001 \uE000metro\uE001 reopened; in \uE000Київ\uE001, trains run again.',
    );
    // A match past the first SNIPPET_SCAN_CHARS characters is not looked for: the text's start is shown,
    // and the snippet is the one of the text cut one character past that (all the search reads).
    const long = `${'word '.repeat(200_000)}kyiv metro`;
    const snippet = cutSnippet(long, clauses);
    expect(snippet).toMatch(/^word word .*…$/);
    expect(snippet).not.toContain('\uE000');
    expect(cutSnippet(long.slice(0, SNIPPET_SCAN_CHARS + 1), clauses)).toBe(snippet);
    const near = `${'word '.repeat(100)}kyiv metro ${'word '.repeat(200_000)}`;
    expect(cutSnippet(near.slice(0, SNIPPET_SCAN_CHARS + 1), clauses)).toBe(cutSnippet(near, clauses));
  });

  it('are cut from a copy of the text that reads back as it was written, one byte a character when it can be', () => {
    const source = (bodyText: string, excerpt = 'The excerpt.') => encodeSnippetSource({ bodyText, excerpt });
    for (const text of ['Plain English, café and naïve.', 'Київ і Львів', 'Emoji 🙂 and 𝔘 outside the BMP', ''])
      expect(decodeSnippetSource(source(text || 'x'))).toBe(text || 'x');
    expect(source('Café crème')).toHaveLength(1 + 'Café crème'.length);
    expect(source('Київ')).toHaveLength(1 + 2 * 'Київ'.length);
    // No body: the excerpt; the match markers stripped; no further than a snippet looks, and one more.
    expect(decodeSnippetSource(source(''))).toBe('The excerpt.');
    expect(decodeSnippetSource(source('a\uE000b\uE001c'))).toBe('abc');
    expect(decodeSnippetSource(source('w'.repeat(SNIPPET_SCAN_CHARS + 50)))).toHaveLength(SNIPPET_SCAN_CHARS + 1);
    // An entry written before it held one.
    expect(decodeSnippetSource(null)).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const clean = text.replace(/[\uE000\uE001]/g, '');
        fc.pre(clean !== '');
        expect(decodeSnippetSource(source(clean))).toBe(clean);
      }),
    );
  });

  it('cut an ASCII text as the Unicode path cuts it', () => {
    // An ASCII text takes a faster path; one non-ASCII character (a dash, no word) far past the
    // passage sends the same text down the Unicode path, which must choose the same words.
    const word = fc.constantFrom(
      'Harbour',
      'harbour',
      'council',
      'VOTE',
      'votes',
      'x1',
      'a',
      'rail',
      'railway',
      'e2e',
      'outvote',
      'derail',
      'Zx1',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.constantFrom(', ', ' ', '. ', '-', ' (', "'"),
        fc.subarray(['harbour', 'vote', 'rail', 'x1']),
        (words, separator, terms) => {
          const text = words.join(separator);
          const clauses = terms.map((term) => ({
            terms: new Set([term]),
            prefix: term === 'rail' ? 'rail' : undefined,
          }));
          const tail = ` ${'filler '.repeat(40)}`;
          expect(cutSnippet(`${text}${tail}—`, clauses).replace(/—$/, '')).toBe(cutSnippet(`${text}${tail}`, clauses));
        },
      ),
      { numRuns: 300 },
    );
  });
});
