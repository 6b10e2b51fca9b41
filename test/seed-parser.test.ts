import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceArticle, SourceFormatError } from '../src/seed/parse-source.js';

const SOURCE_URL = new URL('../seeds/source-article.txt', import.meta.url);
const PARSER_URL = new URL('../src/seed/parse-source.ts', import.meta.url);

const raw = readFileSync(SOURCE_URL, 'utf8');
/** Lines of the real file, as an array (index 0 = line 1). */
const fileLines = raw.split('\n');
/** Text of 1-based line n of the real file. */
function line(n: number): string {
  const l = fileLines[n - 1];
  if (l === undefined) throw new Error(`test setup: file has no line ${n}`);
  return l;
}
/** Text of 1-based lines from..to (inclusive). */
function lines(from: number, to: number): string[] {
  return fileLines.slice(from - 1, to);
}

function expectFormatError(text: string, lineNo?: number): SourceFormatError {
  let caught: unknown;
  try {
    parseSourceArticle(text);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(SourceFormatError);
  const err = caught as SourceFormatError;
  expect(err).toBeInstanceOf(Error);
  expect(err.name).toBe('SourceFormatError');
  expect(typeof err.line).toBe('number');
  expect(err.line).toBeGreaterThanOrEqual(1);
  expect(err.message).toContain('line ');
  expect(err.message).toMatch(new RegExp(`^line ${err.line}: expected `));
  if (lineNo !== undefined) expect(err.line).toBe(lineNo);
  return err;
}

describe('source article file', () => {
  it('has the layout the parser relies on', () => {
    expect(raw.includes('\r')).toBe(false);
    expect(fileLines).toHaveLength(42);
    expect(raw.endsWith('\n')).toBe(false); // no trailing newline
    expect(line(5)).toBe('2 min read');
    expect(line(29)).toBe('Article image');
    expect(line(30)).toBe('Avatar');
    expect(line(37)).toBe('Read more');
    expect(line(42)).toBe('Show More');
  });
});

describe('parseSourceArticle on the real file', () => {
  const parsed = parseSourceArticle(raw);

  it('parses the header', () => {
    expect(parsed.section).toBe(line(1));
    expect(parsed.section).toBe('News Feed');
    expect(parsed.title).toBe(line(3));
    expect(parsed.title).toBe('Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports');
    expect(parsed.statedReadingMinutes).toBe(2);
    expect(`${parsed.statedReadingMinutes} min read`).toBe(line(5));
  });

  it('parses the lead image', () => {
    expect(parsed.leadImage.alt).toBe(line(6));
    expect(parsed.leadImage.alt).toBe(parsed.title);
    const suffix = ' (Contributor/Getty Images)';
    expect(line(7).endsWith(suffix)).toBe(true);
    expect(parsed.leadImage.caption).toBe(line(7).slice(0, -suffix.length));
    expect(parsed.leadImage.caption.startsWith('Russian President Vladimir Putin smiles')).toBe(true);
    expect(parsed.leadImage.caption.endsWith('in Moscow, Russia.')).toBe(true);
    expect(parsed.leadImage.credit).toBe('Contributor/Getty Images');
    expect(line(7)).toBe(`${parsed.leadImage.caption} (${parsed.leadImage.credit})`);
  });

  it('parses the nine body paragraphs exactly, in order', () => {
    expect(parsed.paragraphs).toHaveLength(9);
    const expected = [9, 11, 13, 15, 17, 19, 21, 23, 25].map(line);
    expect(parsed.paragraphs).toEqual(expected);
    for (const p of parsed.paragraphs) expect(raw).toContain(p);
    expect(parsed.paragraphs[0]!.startsWith('Russia will demand')).toBe(true);
    expect(parsed.paragraphs[8]!.startsWith('Trump said that specific peace proposals')).toBe(true);
    // characters kept exactly: straight quotes and the em dash
    expect(parsed.paragraphs[0]).toContain('"a neutral state with a limited military"');
    expect(parsed.paragraphs[8]).toContain(' \u2014 freezing the front lines');
    expect(parsed.paragraphs.join('\n')).not.toContain('Article image');
  });

  it('parses the related story', () => {
    expect(parsed.related.title).toBe(line(27));
    expect(parsed.related.title).toBe(
      'Will Europe put \u2018boots on the ground\u2019 for peace in Ukraine? We asked top Nordic, Baltic officials',
    );
    expect(parsed.related.title).toContain('‘boots on the ground’');
    expect(parsed.related.teaser).toBe(line(28));
    expect(parsed.related.teaser.startsWith('Just days out from the return of Donald Trump')).toBe(true);
    expect(parsed.related.teaser).toContain('Russia\u2019s war'); // curly apostrophe kept
    expect(parsed.related.teaser.endsWith('or whether he will disengage and perhaps')).toBe(true);
  });

  it('parses the author', () => {
    expect(parsed.author.name).toBe(line(31));
    expect(parsed.author.name).toBe('Kateryna Hodunova');
    expect(parsed.author.role).toBe(line(33));
    expect(parsed.author.role).toBe('News Editor');
    expect(parsed.author.bio).toBe(line(35));
    expect(parsed.author.bio.startsWith('Kateryna Hodunova is a News Editor at the Kyiv Independent.')).toBe(true);
  });

  it('parses the read-more box', () => {
    expect(parsed.readMore.section).toBe(line(38));
    expect(parsed.readMore.section).toBe('News Feed');
    expect(parsed.readMore.teaser).toBe(line(40));
    expect(parsed.readMore.teaser.startsWith('Hungarian Prime Minister Viktor Orban')).toBe(true);
  });

  it('returns exactly the documented fields, with no furniture leaking in', () => {
    expect(Object.keys(parsed).sort()).toEqual(
      ['author', 'leadImage', 'paragraphs', 'readMore', 'related', 'section', 'statedReadingMinutes', 'title'].sort(),
    );
    const json = JSON.stringify(parsed);
    for (const label of ['Article image', 'Avatar', 'Read more', 'Show More', 'min read']) {
      expect(json).not.toContain(label);
    }
  });

  it('is deterministic and pure (same input, same output; input untouched)', () => {
    expect(parseSourceArticle(raw)).toEqual(parsed);
    expect(readFileSync(SOURCE_URL, 'utf8')).toBe(raw);
  });

  it('hard-codes no article content in the parser', () => {
    const src = readFileSync(PARSER_URL, 'utf8');
    for (const s of [
      'Kateryna',
      'Hodunova',
      'News Feed',
      'News Editor',
      'Putin',
      'Contributor',
      'Getty',
      'Orban',
      'Europe',
    ]) {
      expect(src).not.toContain(s);
    }
  });
});

describe('line endings', () => {
  const parsed = parseSourceArticle(raw);

  it('parses a CRLF copy identically', () => {
    const crlf = raw.replace(/\n/g, '\r\n');
    expect(crlf).toContain('\r\n');
    expect(parseSourceArticle(crlf)).toEqual(parsed);
    expect(parseSourceArticle(`${crlf}\r\n`)).toEqual(parsed);
  });

  it('parses with or without a trailing newline', () => {
    expect(parseSourceArticle(`${raw}\n`)).toEqual(parsed);
    expect(parseSourceArticle(`${raw}\n\n`)).toEqual(parsed);
  });

  it('reports the same line numbers for CRLF input', () => {
    const truncated = `${lines(1, 15).join('\r\n')}\r\n`;
    expectFormatError(truncated, 16);
  });
});

describe('truncated input fails loudly', () => {
  it('rejects the empty string', () => {
    const err = expectFormatError('', 1);
    expect(err.message).toContain('section');
  });

  it('rejects whitespace-only input', () => {
    expectFormatError('\n\n  \n');
  });

  it('rejects a copy cut after the 5th paragraph', () => {
    // paragraph 5 is line 17; line 18 would be the blank after it
    expect(line(17).startsWith('Kyiv and Moscow')).toBe(true);
    const err = expectFormatError(`${lines(1, 17).join('\n')}\n`, 18);
    expect(err.message).toContain('end of input');
    // including the following blank line: the next paragraph is missing at line 19
    const err2 = expectFormatError(`${lines(1, 18).join('\n')}\n`, 19);
    expect(err2.message).toContain('end of input');
  });

  it('rejects a copy cut in the middle of the author block', () => {
    // up to and including the blank line after the author name; role is missing
    const err = expectFormatError(`${lines(1, 32).join('\n')}\n`, 33);
    expect(err.message).toContain('author role');
    // cut right after the Avatar label: name missing
    const err2 = expectFormatError(lines(1, 30).join('\n'), 31);
    expect(err2.message).toContain('author name');
  });

  it('rejects a copy that stops before "Show More"', () => {
    const err = expectFormatError(`${lines(1, 41).join('\n')}\n`, 42);
    expect(err.message).toContain('Show More');
  });

  it('rejects a copy cut mid-header', () => {
    // line 4 is blank: a bare join would end in a newline that reads as the file terminator
    expectFormatError(`${lines(1, 4).join('\n')}\n`, 5);
    expectFormatError(lines(1, 4).join('\n'), 4);
    expectFormatError(lines(1, 6).join('\n'), 7);
  });
});

describe('shuffled or malformed input fails loudly', () => {
  it('rejects swapping the author block and the related-story block', () => {
    const related = lines(27, 29); // title, teaser, Article image
    const author = lines(30, 35); // Avatar, name, blank, role, blank, bio
    const shuffled = [...lines(1, 26), ...author, ...related, ...lines(36, 42)].join('\n');
    const err = expectFormatError(shuffled, 27);
    expect(err.message).toContain('Avatar');
  });

  it('rejects the "2 min read" line moved after the title repeat', () => {
    const shuffled = [...lines(1, 4), line(6), line(5), ...lines(7, 42)].join('\n');
    const err = expectFormatError(shuffled, 5);
    expect(err.message).toContain('min read');
  });

  it('rejects a lead-image alt line that does not repeat the headline', () => {
    const changed = [...lines(1, 5), `${line(6)} (edited)`, ...lines(7, 42)].join('\n');
    expectFormatError(changed, 6);
  });

  it('rejects a caption without a trailing credit', () => {
    const credit = ' (Contributor/Getty Images)';
    const changed = [...lines(1, 6), line(7).slice(0, -credit.length), ...lines(8, 42)].join('\n');
    const err = expectFormatError(changed, 7);
    expect(err.message).toContain("caption line ending in '(Credit)'");
  });

  it('rejects a missing "Article image" label', () => {
    const changed = [...lines(1, 28), ...lines(30, 42)].join('\n');
    // without the label, the related title is taken for a paragraph and its teaser follows without a blank line
    expectFormatError(changed, 28);
  });

  it('rejects a missing "Read more" label', () => {
    const changed = [...lines(1, 36), ...lines(38, 42)].join('\n');
    const err = expectFormatError(changed, 37);
    expect(err.message).toContain('Read more');
  });

  it('rejects a body with no paragraphs', () => {
    const changed = [...lines(1, 8), ...lines(27, 42)].join('\n');
    expectFormatError(changed, 9);
  });

  it('rejects a furniture label inside the body', () => {
    const changed = [...lines(1, 12), line(37), '', ...lines(13, 42)].join('\n');
    const err = expectFormatError(changed, 13);
    expect(err.message).toContain('Read more');
  });

  it('rejects trailing content after "Show More"', () => {
    expectFormatError(`${raw}\n\nextra`, 44);
  });

  it('rejects a missing blank line between paragraphs', () => {
    const changed = [...lines(1, 9), ...lines(11, 42)].join('\n');
    expectFormatError(changed, 10);
  });
});
