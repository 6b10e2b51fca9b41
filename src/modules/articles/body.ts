// Article bodies: typed blocks in, sanitised HTML, plain text, excerpt and reading time out.
// markdown-it parses (CommonMark, well kept, exposes a token stream we can turn into blocks);
// sanitize-html has the last word on what HTML leaves the server.
import { createRequire } from 'node:module';
import type MarkdownIt from 'markdown-it';
import type SanitizeHtml from 'sanitize-html';
import type { Block } from './schema.js';

// Both libraries (with their parsers, megabytes resident) are loaded by the first write that
// needs them, not at startup: reads never do. require() keeps the callers synchronous, as the
// write transactions they run in must be.
const require = createRequire(import.meta.url);
type Tools = { markdown: MarkdownIt; sanitizeHtml: typeof SanitizeHtml; allowedHtml: SanitizeHtml.IOptions };
let loaded: Tools | undefined;
function tools(): Tools {
  if (loaded) return loaded;
  const MarkdownItClass = require('markdown-it') as typeof MarkdownIt;
  const sanitizeHtml = require('sanitize-html') as typeof SanitizeHtml;
  // html: false — raw HTML in Markdown is escaped, never passed through.
  const markdown = new MarkdownItClass({ html: false, linkify: true, typographer: false });
  const pretest = markdown.linkify.pretest.bind(markdown.linkify);
  markdown.linkify.pretest = (text: string) => mayHoldLink(text) && pretest(text);
  loaded = {
    markdown,
    sanitizeHtml,
    allowedHtml: {
      allowedTags: [
        'p',
        'h2',
        'h3',
        'h4',
        'blockquote',
        'ul',
        'ol',
        'li',
        'a',
        'em',
        'strong',
        'code',
        'br',
        'figure',
        'figcaption',
        'img',
        'cite',
        's',
      ],
      allowedAttributes: {
        a: ['href', 'title', 'rel'],
        img: ['src', 'alt', 'width', 'height'],
        figure: ['class', 'data-image-id'],
      },
      allowedSchemes: ['http', 'https', 'mailto'],
      allowedClasses: { figure: ['image', 'embed'] },
      transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
    },
  };
  return loaded;
}

/**
 * What every text linkify-it's pretest accepts contains: a scheme's ':' or '//', an '@', 'www.',
 * 'localhost', or a dot followed by a digit or a top-level domain's first letter (Latin, or the
 * 'р' of .рф). Its pretest is one regular expression with no literal to search for, tried at
 * every position of a paragraph: ~11 % of building an article, for prose that mostly has no
 * link. Ruling those texts out first leaves what linkify finds exactly as it was.
 */
export function mayHoldLink(text: string): boolean {
  if (text.includes(':') || text.includes('@') || text.includes('//') || LOCALHOST.test(text)) return true;
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    const next = text.charCodeAt(dot + 1) | 0x20; // ASCII letters to lower case
    if (
      (next >= 0x61 && next <= 0x7a) ||
      (next >= 0x30 && next <= 0x39) ||
      next === 0x460 /* р|0x20 */ ||
      next === 0x420 /* Р|0x20 */
    )
      return true;
    if (dot >= 3 && isW(text, dot - 1) && isW(text, dot - 2) && isW(text, dot - 3)) return true;
  }
  return false;
}
const LOCALHOST = /localhost/i;
const isW = (text: string, at: number): boolean => (text.charCodeAt(at) | 0x20) === 0x77;

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// An article's texts are parsed once and the tokens used twice: for its HTML, then for its plain
// text (and the first paragraph a third time, for the excerpt). The cache holds the last
// article's worth of texts, so it stays small whatever is written.
const PARSED_TEXTS = 256;
const parsed = new Map<string, ReturnType<MarkdownIt['parseInline']>>();
function parseInline(text: string): ReturnType<MarkdownIt['parseInline']> {
  let tokens = parsed.get(text);
  if (tokens === undefined) {
    // Rendering leaves the tokens as they were, but for an image's alt text, which markdown-it's
    // renderer recomputes from the image's own tokens: the same value on every render.
    tokens = tools().markdown.parseInline(text, {});
    if (parsed.size >= PARSED_TEXTS) parsed.clear();
    parsed.set(text, tokens);
  }
  return tokens;
}

const inline = (text: string): string => {
  const { markdown } = tools();
  return markdown.renderer.render(parseInline(text), markdown.options, {});
};

export type ImageLookup = (
  id: string,
) => { url: string | null; alt: string; width: number | null; height: number | null } | undefined;

function blockHtml(block: Block, image: ImageLookup): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inline(block.text)}</p>`;
    case 'heading':
      return `<h${block.level}>${inline(block.text)}</h${block.level}>`;
    case 'quote': {
      const cite = block.attribution ? `<cite>${inline(block.attribution)}</cite>` : '';
      return `<blockquote><p>${inline(block.text)}</p>${cite}</blockquote>`;
    }
    case 'list': {
      const tag = block.style === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'image': {
      const found = image(block.imageId);
      // An image without a file yet renders nothing rather than a broken <img>.
      if (!found?.url) return '';
      const size = found.width && found.height ? ` width="${found.width}" height="${found.height}"` : '';
      const caption = block.caption ? `<figcaption>${inline(block.caption)}</figcaption>` : '';
      return `<figure class="image" data-image-id="${escapeHtml(block.imageId)}"><img src="${escapeHtml(found.url)}" alt="${escapeHtml(found.alt)}"${size}>${caption}</figure>`;
    }
    case 'embed': {
      const caption = block.caption ? `<figcaption>${inline(block.caption)}</figcaption>` : '';
      const label = escapeHtml(block.title ?? block.url);
      return `<figure class="embed"><a href="${escapeHtml(block.url)}">${label}</a>${caption}</figure>`;
    }
  }
}

export function renderBodyHtml(blocks: Block[], image: ImageLookup): string {
  const { sanitizeHtml, allowedHtml } = tools();
  return sanitizeHtml(blocks.map((block) => blockHtml(block, image)).join('\n'), allowedHtml);
}

/**
 * Plain text of inline Markdown: what a reader sees, for search, excerpts and word counts. Read
 * from markdown-it's tokens (text arrives there with entities and escapes decoded), not from
 * HTML run through the sanitiser: that took a third of the time of building an article.
 */
export function inlineText(text: string): string {
  let plain = '';
  for (const token of parseInline(text)[0]?.children ?? []) {
    if (token.type === 'text' || token.type === 'code_inline') plain += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') plain += '\n';
  }
  return plain;
}

export function bodyText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'list') parts.push(...block.items.map(inlineText));
    else if (block.type === 'image' || block.type === 'embed') {
      if (block.caption) parts.push(inlineText(block.caption));
    } else parts.push(inlineText(block.text));
  }
  return parts.join('\n\n');
}

/** Silent reading speed in words a minute, by language (docs/translations.md has the sources):
 *  English 238 for non-fiction (Brysbaert, 2019); Ukrainian 184, the rate measured for Russian,
 *  the nearest language with a standardised measure (IReST, Trauzettel-Klosinski & Dietz, 2012),
 *  whose words are as long as Ukrainian ones. Other languages are read at the English rate. */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { en: 238, uk: 184 };
const DEFAULT_WORDS_PER_MINUTE = 238;

/** The reading speed of a locale, by its language (`uk-UA` reads as `uk`). */
export const wordsPerMinute = (locale: string): number =>
  WORDS_PER_MINUTE[locale.split('-')[0]!.toLowerCase()] ?? DEFAULT_WORDS_PER_MINUTE;

/** Whitespace as `\s` has it (ASCII and Unicode spaces, line and paragraph separators, BOM). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Words as runs of non-space, counted without splitting the text into an array. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export function readingTimeMinutes(text: string, locale = 'en'): number {
  const words = wordCount(text);
  // Rounded up, as "N min read" lines do: 295 words read as 2 minutes, not 1.
  return Math.max(1, Math.ceil(words / wordsPerMinute(locale)));
}

/** The default excerpt: the first paragraph's plain text. */
export function defaultExcerpt(blocks: Block[]): string {
  const first = blocks.find((block) => block.type === 'paragraph');
  return first ? inlineText(first.text) : '';
}

/** Converts Markdown into typed blocks, so Markdown-writing clients get the same structure. */
export function markdownToBlocks(source: string): Block[] {
  const tokens = tools().markdown.parse(source, {});
  const blocks: Block[] = [];
  let listItems: string[] | undefined;
  let listStyle: 'ordered' | 'unordered' = 'unordered';
  let quoteDepth = 0;
  let quoteText: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listItems = [];
        listStyle = token.type === 'ordered_list_open' ? 'ordered' : 'unordered';
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (listItems && listItems.length > 0) blocks.push({ type: 'list', style: listStyle, items: listItems });
        listItems = undefined;
        break;
      case 'blockquote_open':
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        if (quoteDepth === 0 && quoteText.length > 0) {
          blocks.push({ type: 'quote', text: quoteText.join(' ') });
          quoteText = [];
        }
        break;
      case 'heading_open': {
        const level = Math.min(4, Math.max(2, Number(token.tag.slice(1)))) as 2 | 3 | 4;
        const content = tokens[i + 1]?.content ?? '';
        blocks.push({ type: 'heading', level, text: content });
        i += 2;
        break;
      }
      case 'inline': {
        const content = token.content;
        if (!content) break;
        if (listItems) listItems.push(content);
        else if (quoteDepth > 0) quoteText.push(content);
        else blocks.push({ type: 'paragraph', text: content });
        break;
      }
      case 'fence':
      case 'code_block':
        blocks.push({ type: 'paragraph', text: `\`${token.content.trim().replaceAll('`', "'")}\`` });
        break;
      default:
        break;
    }
  }
  return blocks;
}
