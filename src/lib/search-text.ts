// What a word is to search, on every engine: how text splits into words, how a word is folded
// (as both indexes fold it), and the spelling key under which the spellings of one name meet
// (Zelensky, Zelenskyy, Zelenskiy and Зеленський all have the key `zelenski`). The indexes store
// folded words; keys live in the vocabulary (search_terms) and are only ever used to find the
// other spellings of a word a reader typed. See docs/search.md.

/** Runs of letters, digits and combining marks (with at least one letter or digit). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII = /^[\x20-\x7e]*$/;
/** Latin letters with their marks, for folding: other scripts keep their marks (й, ї stay). */
const LATIN_WITH_MARKS = /(\p{Script=Latin})\p{M}+/gu;

/** Longer runs are not words anyone types (hashes, run-together URLs): kept out of the vocabulary. */
export const MAX_TERM_LENGTH = 64;

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFKC').matchAll(WORD)) if (HAS_LETTER_OR_DIGIT.test(match[0])) out.push(match[0]);
  return out;
}

/**
 * A word as the indexes store it: lower case, Latin letters without their accents (café → cafe),
 * ё as е. SQLite's unicode61 tokenizer (remove_diacritics 2) and PostgreSQL's unaccent do the
 * same to the text; ё is folded by Newsdesk before either sees the text (foldText).
 */
export function foldTerm(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC').replaceAll('ё', 'е');
}

/** Text before an index reads it: the folds its tokenizer does not do itself. */
export const foldText = (text: string): string => text.replaceAll('ё', 'е').replaceAll('Ё', 'Е');

/** The distinct folded words of texts, as the vocabulary keeps them. */
export function termsOf(texts: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      if (word.length > MAX_TERM_LENGTH || !HAS_LETTER_OR_DIGIT.test(word)) continue;
      terms.add(foldTerm(word.normalize('NFKC')));
    }
  }
  return terms;
}

// Cyrillic to Latin, for keys only (not for display): Ukrainian values where the languages differ
// (г → h, и → y), Russian letters Ukrainian lacks (ы, э, ъ) besides.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ё: 'e',
  ы: 'y',
  э: 'e',
  ъ: '',
};
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/** A folded word in Latin letters (Cyrillic transliterated; other scripts as they are). */
export function transliterate(term: string): string {
  if (!CYRILLIC_LETTER.test(term)) return term;
  let out = '';
  for (const char of term) out += CYRILLIC[char] ?? char;
  return out;
}

/**
 * The spelling key of a folded word: transliterated, then the letters spellings of names swap
 * most folded together: y, j and i are one letter (Zelenskyy, Zelenskij, Зеленський), w is v
 * (Charkiw), x is ks (Olexandr), kh is h (Kharkiv, Harkiv), and a doubled letter is one (Odessa).
 */
export function spellingKey(term: string): string {
  const latin = transliterate(term)
    .replaceAll('x', 'ks')
    .replaceAll('w', 'v')
    .replaceAll('kh', 'h')
    .replace(/[yj]/g, 'i');
  let out = '';
  for (const char of latin) if (!out.endsWith(char)) out += char;
  return out;
}

/** Keys this short get no one-edit variants: at four letters an edit is another word. */
export const MIN_FUZZY_LENGTH = 5;
/** The shortest key kept with its one-deletion forms (the neighbours of a five-letter key). */
export const MIN_FORMS_KEY_LENGTH = MIN_FUZZY_LENGTH - 1;

/** Whether a word may match its one-edit variants: five letters or more, and no digits. */
export const takesFuzzy = (term: string): boolean => [...term].length >= MIN_FUZZY_LENGTH && !/\p{N}/u.test(term);

/** Every string one deletion away from `key` (each once). */
export function deletionsOf(key: string): string[] {
  const chars = [...key];
  const out = new Set<string>();
  for (let i = 0; i < chars.length; i++) out.add(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  return [...out];
}

/** Whether two strings are at most one insertion, deletion, substitution or swap of neighbours apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (from: string[], at: number) => from.slice(at).join('');
  if (x.length === y.length)
    return (
      rest(x, i + 1) === rest(y, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2))
    );
  return x.length > y.length ? rest(x, i + 1) === rest(y, i) : rest(x, i) === rest(y, i + 1);
}

/** The least string greater than every string that starts with `prefix` (a range's exclusive end). */
export function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!;
  return chars.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}
