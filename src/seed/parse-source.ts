/**
 * Pure parser for the newsroom's plain-text source article (seeds/source-article.txt).
 *
 * The structure is recognised purely by position and shape — blank-line separated
 * blocks, the "N min read" line, the repeated headline, the caption ending in "(…)",
 * and the page-furniture labels below. No article content is hard-coded here.
 *
 * Layout (1-based lines of the reference file):
 *
 *   section                      <- first non-empty line
 *   (blank)
 *   headline
 *   (blank)
 *   N min read                   <- furniture, N is captured
 *   headline (repeated)          <- lead-image alt text
 *   caption sentence (Credit)    <- lead-image caption + credit
 *   (blank)
 *   paragraph                    <- one line per paragraph,
 *   (blank)                         repeated until the related story
 *   ...
 *   related-story title          <- recognised because the line after next
 *   related-story teaser            is the "Article image" label
 *   Article image                <- furniture
 *   Avatar                       <- furniture
 *   author name
 *   (blank)
 *   author role
 *   (blank)
 *   author bio
 *   (blank)
 *   Read more                    <- furniture
 *   read-more section
 *   (blank)
 *   read-more teaser
 *   (blank)
 *   Show More                    <- furniture, last line (trailing blank lines allowed)
 */

export type ParsedSource = {
  section: string;
  title: string;
  /** From the "N min read" line; for cross-checking only, never copied into the article. */
  statedReadingMinutes: number;
  leadImage: { alt: string; caption: string; credit: string };
  paragraphs: string[];
  related: { title: string; teaser: string };
  author: { name: string; role: string; bio: string };
  readMore: { section: string; teaser: string };
};

export class SourceFormatError extends Error {
  /** 1-based line number where the deviation was detected. */
  readonly line: number;
  /** What the parser expected at that line. */
  readonly expected: string;

  constructor(line: number, expected: string, found?: string) {
    super(`line ${line}: expected ${expected}${found === undefined ? '' : `, found ${found}`}`);
    this.name = 'SourceFormatError';
    this.line = line;
    this.expected = expected;
  }
}

/** Page-furniture labels: layout, not content. */
const LABEL_ARTICLE_IMAGE = 'Article image';
const LABEL_AVATAR = 'Avatar';
const LABEL_READ_MORE = 'Read more';
const LABEL_SHOW_MORE = 'Show More';
const FURNITURE_LABELS: readonly string[] = [LABEL_ARTICLE_IMAGE, LABEL_AVATAR, LABEL_READ_MORE, LABEL_SHOW_MORE];

const READING_TIME_RE = /^(\d+) min read$/;
/** Caption sentence followed by a parenthesised credit at the very end of the line. */
const CAPTION_RE = /^(.*\S)\s*\(([^()]*)\)$/;

const isBlank = (line: string): boolean => line.trim() === '';
const isReadingTime = (line: string): boolean => READING_TIME_RE.test(line.trim());
const isLabel = (line: string): boolean => FURNITURE_LABELS.includes(line.trim());

function describeLine(line: string | undefined): string {
  if (line === undefined) return 'end of input';
  if (isBlank(line)) return 'a blank line';
  if (isLabel(line)) return `page-furniture label '${line.trim()}'`;
  if (isReadingTime(line)) return `reading-time line '${line.trim()}'`;
  const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
  return `'${shown}'`;
}

function splitLines(text: string): string[] {
  let normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised === '') return [];
  if (normalised.endsWith('\n')) normalised = normalised.slice(0, -1);
  return normalised.split('\n');
}

class Cursor {
  private i = 0;
  constructor(private readonly lines: readonly string[]) {}

  /** 1-based number of the line the cursor points at (length + 1 at end of input). */
  get lineNo(): number {
    return this.i + 1;
  }

  peek(offset = 0): string | undefined {
    return this.lines[this.i + offset];
  }

  fail(expected: string): never {
    throw new SourceFormatError(this.lineNo, expected, describeLine(this.peek()));
  }

  skipBlanks(): void {
    while (this.peek() !== undefined && isBlank(this.peek()!)) this.i++;
  }

  /** One or more blank lines. */
  blanks(expected: string): void {
    const line = this.peek();
    if (line === undefined || !isBlank(line)) this.fail(expected);
    this.skipBlanks();
  }

  /** A non-blank line that is neither a furniture label nor a reading-time line. */
  content(expected: string): string {
    const line = this.peek();
    if (line === undefined || isBlank(line) || isLabel(line) || isReadingTime(line)) {
      this.fail(expected);
    }
    this.i++;
    return line;
  }

  label(label: string): void {
    const line = this.peek();
    if (line === undefined || line.trim() !== label) this.fail(`the '${label}' label`);
    this.i++;
  }

  match(re: RegExp, expected: string): RegExpExecArray {
    const line = this.peek();
    const m = line === undefined ? null : re.exec(line);
    if (!m) this.fail(expected);
    this.i++;
    return m;
  }

  /** The related-story block starts here: title, teaser, then the "Article image" label. */
  atRelatedStory(): boolean {
    const [a, b, c] = [this.peek(), this.peek(1), this.peek(2)];
    return (
      a !== undefined &&
      b !== undefined &&
      c !== undefined &&
      !isBlank(a) &&
      !isLabel(a) &&
      !isBlank(b) &&
      !isLabel(b) &&
      c.trim() === LABEL_ARTICLE_IMAGE
    );
  }

  atEnd(): boolean {
    return this.i >= this.lines.length;
  }
}

export function parseSourceArticle(text: string): ParsedSource {
  const c = new Cursor(splitLines(text));

  // Header: section, headline, reading time.
  c.skipBlanks();
  const section = c.content('the section line');
  c.blanks('a blank line after the section line');
  const title = c.content('the headline line');
  c.blanks('a blank line after the headline');
  const reading = c.match(READING_TIME_RE, "the reading-time line 'N min read'");
  const statedReadingMinutes = Number(reading[1]);

  // Lead image: alt (headline repeated) and caption with trailing "(Credit)".
  if (c.peek() !== title) c.fail('the lead-image alt line repeating the headline');
  const alt = c.content('the lead-image alt line repeating the headline');
  const captionMatch = c.match(CAPTION_RE, "the caption line ending in '(Credit)'");
  const caption = captionMatch[1]!;
  const credit = captionMatch[2]!.trim();
  if (credit === '') {
    throw new SourceFormatError(c.lineNo - 1, "the caption line ending in a non-empty '(Credit)'", 'an empty credit');
  }
  c.blanks('a blank line after the caption');

  // Body: single-line paragraphs separated by blank lines, until the related story.
  const paragraphs: string[] = [];
  while (!c.atRelatedStory()) {
    const n = paragraphs.length + 1;
    paragraphs.push(
      c.content(
        n === 1
          ? 'the first body paragraph'
          : `body paragraph ${n} or the related-story title (followed by its teaser and '${LABEL_ARTICLE_IMAGE}')`,
      ),
    );
    c.blanks(`a blank line after body paragraph ${n}`);
  }
  if (paragraphs.length === 0) c.fail('at least one body paragraph before the related story');

  // Related story: title, teaser, "Article image" (furniture).
  const relatedTitle = c.content('the related-story title');
  const relatedTeaser = c.content('the related-story teaser');
  c.label(LABEL_ARTICLE_IMAGE);

  // Author: "Avatar" (furniture), name, role, bio.
  c.label(LABEL_AVATAR);
  const name = c.content('the author name line');
  c.blanks('a blank line after the author name');
  const role = c.content('the author role line');
  c.blanks('a blank line after the author role');
  const bio = c.content('the author bio paragraph');
  c.blanks('a blank line after the author bio');

  // Read more: label, section line, teaser, "Show More" (furniture).
  c.label(LABEL_READ_MORE);
  const readMoreSection = c.content('the read-more section line');
  c.blanks('a blank line after the read-more section line');
  const readMoreTeaser = c.content('the read-more teaser paragraph');
  c.blanks('a blank line after the read-more teaser');
  c.label(LABEL_SHOW_MORE);

  c.skipBlanks();
  if (!c.atEnd()) c.fail(`end of input after the '${LABEL_SHOW_MORE}' label`);

  return {
    section,
    title,
    statedReadingMinutes,
    leadImage: { alt, caption, credit },
    paragraphs,
    related: { title: relatedTitle, teaser: relatedTeaser },
    author: { name, role, bio },
    readMore: { section: readMoreSection, teaser: readMoreTeaser },
  };
}
