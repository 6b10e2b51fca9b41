// A deterministic, realistic synthetic corpus for the test suite and `npm run bench`:
//   npm run seed:synthetic -- --articles 100000 [--seed 42] [--authors 200]
// generates into the database of DATABASE_URL (as the server would open it).
//
// Rows are built exactly as the API builds them (slugs from src/lib/slug.ts; bodyHtml, bodyText,
// excerpt and reading time from src/modules/articles/body.ts) and written through the
// repositories' insert functions, so an article here is indistinguishable from one POSTed,
// including its join rows, search-index row and first revision. Writing goes in batched
// write transactions (ctx.transaction), not through HTTP. Not written: outbox events
// (a generated corpus is not news to announce; visible articles are marked as announced).
// Rendering runs in worker threads for big corpora; writing is the bottleneck (see generateCorpus).
//
// Determinism: every article is generated from its own PRNG (mulberry32 seeded with a hash of
// the seed and the article's index), so content does not depend on batch size or on anything
// generated before it. Times are offsets from an anchor (`now`, default the app's clock), and
// ids are UUIDv7 built from each row's createdAt plus bits of the same PRNG: for one seed, the
// titles, slugs, bodies, sections, tags, bylines, statuses and related links are always the
// same; the timestamps and ids are the same too when `now` is pinned.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Ctx } from '../../src/context.js';
import type { AuthorRow, ImageRow, RelatedLinkRow, StoredArticle } from '../../src/db/rows.js';
import { toSlug } from '../../src/lib/slug.js';
import { bodyText, defaultExcerpt, readingTimeMinutes, renderBodyHtml } from '../../src/modules/articles/body.js';
import type { Block } from '../../src/modules/articles/schema.js';
import {
  CONTENT_WORDS,
  CREDITS,
  CYRILLIC_FUNCTION_WORDS,
  CYRILLIC_NAMES,
  CYRILLIC_WORDS,
  FIRST_NAMES,
  FUNCTION_WORDS,
  LAST_NAMES,
  NAME_SYLLABLES,
  NEWSMAKERS,
  OUTLETS,
  ROLES,
  SECTIONS,
  TAG_POOL,
} from './words.js';

export type CorpusOptions = {
  articles: number;
  seed?: number;
  /** Authors to create (default 200). */
  authors?: number;
  /** The anchor time (ISO); defaults to ctx.now(). Pin it to make ids and timestamps reproducible too. */
  now?: string;
  /** Articles per write transaction (default 1,000). */
  batchSize?: number;
  /** Worker threads that build rows while this thread writes; default: none below 5,000 articles, else cores - 1 (1-4): the writer keeps a core to itself. */
  workers?: number;
  /** Called after every committed batch. */
  onProgress?: (done: number, total: number) => void;
};

export type CorpusResult = {
  articles: number;
  authors: number;
  images: number;
  relatedLinks: number;
  published: number;
  drafts: number;
  scheduled: number;
  ms: number;
  /** Where the time went: building rows (text, HTML, plain text; with workers, only the time spent waiting for them) vs writing them. */
  buildMs: number;
  writeMs: number;
};

const SHARED_IMAGES = 150;
const DAY = 86_400_000;
const YEAR = 365 * DAY;

// ---- Randomness ----

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for test data, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-mixed 32-bit seed for stream `stream` of `seed` (murmur3's finaliser). */
function mix(seed: number, stream: number): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
/** Zipf-like rank in [0, n): P(k) ≈ 1/(k+1), so early entries are common and late ones rare. */
const zipf = (rng: Rng, n: number): number => zipfAt(rng, n, Math.log(n + 1));
const zipfAt = (rng: Rng, n: number, logOfNPlus1: number): number =>
  Math.min(n - 1, Math.floor(Math.exp(rng() * logOfNPlus1)) - 1);
/** A word list drawn from by zipf rank, its log worked out once rather than for every word. */
type Ranked = { words: readonly string[]; log: number };
const ranked = (words: readonly string[]): Ranked => ({ words, log: Math.log(words.length + 1) });
const zipfPick = (rng: Rng, list: Ranked): string => list.words[zipfAt(rng, list.words.length, list.log)]!;
function weighted<T>(rng: Rng, entries: readonly [T, number][]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)![0];
}

/** A UUIDv7 (RFC 9562 layout) whose time is `ms` and whose 74 random bits come from `rng`. */
function uuidv7At(ms: number, rng: Rng): string {
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0');
  const time = hex(ms, 12);
  const a = Math.floor(rng() * 0x1000);
  const b = 0x8000 | Math.floor(rng() * 0x4000);
  const c = Math.floor(rng() * 0x1000000);
  const d = Math.floor(rng() * 0x1000000);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a, 3)}-${hex(b, 4)}-${hex(c, 6)}${hex(d, 6)}`;
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ---- Text ----

/** Surnames and place names made of syllables: the long tail of rare words search has to find. */
const INVENTED_NAMES: string[] = (() => {
  const rng = mulberry32(0x5eed);
  const names = new Set<string>();
  while (names.size < 3_000) {
    let name = '';
    for (let i = int(rng, 2, 3); i > 0; i--) name += pick(rng, NAME_SYLLABLES);
    names.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...names];
})();

// Real text is bursty: an article keeps returning to its few subjects. Each article (a "voice")
// draws its content words mostly from a small focus set picked from the whole vocabulary, so a
// common word is in a fair share of articles, not all of them, and a rare one in a handful.
type Language = { functionWords: Ranked; content: Ranked; names: string[] };
const ENGLISH: Language = {
  functionWords: ranked(FUNCTION_WORDS),
  content: ranked([...CONTENT_WORDS, ...INVENTED_NAMES]),
  names: [...LAST_NAMES, ...INVENTED_NAMES.slice(0, 400)],
};
const UKRAINIAN: Language = {
  functionWords: ranked(CYRILLIC_FUNCTION_WORDS),
  content: ranked([...CYRILLIC_WORDS, ...CYRILLIC_NAMES]),
  names: CYRILLIC_NAMES,
};
type Voice = { language: Language; focus: string[] };

function voiceOf(rng: Rng, language: Language): Voice {
  return { language, focus: Array.from({ length: 40 }, () => zipfPick(rng, language.content)) };
}

const capitalise = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

/** About half function words, then the article's focus, the general vocabulary, and names. */
function word(rng: Rng, voice: Voice, functionShare = 0.48): string {
  const roll = rng();
  const { language } = voice;
  if (roll < functionShare) return zipfPick(rng, language.functionWords);
  if (roll < functionShare + 0.38) return pick(rng, voice.focus);
  if (roll < 0.96) return zipfPick(rng, language.content);
  return pick(rng, language.names);
}

function words(rng: Rng, voice: Voice, count: number, functionShare?: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(word(rng, voice, functionShare));
  return out;
}

/** A sentence and its number of words (what `text.split(' ').length` gives, without the split). */
function counted(rng: Rng, voice: Voice, min = 8, max = 24): { text: string; words: number } {
  const list = words(rng, voice, int(rng, min, max));
  if (list.length > 10 && rng() < 0.35) list[int(rng, 3, list.length - 4)] += ',';
  return { text: `${capitalise(list.join(' '))}${rng() < 0.05 ? '?' : '.'}`, words: list.length };
}

const sentence = (rng: Rng, voice: Voice, min?: number, max?: number): string => counted(rng, voice, min, max).text;

/** Paragraph text, sometimes with inline Markdown (emphasis, strong, a link), as editors write it. */
function paragraph(rng: Rng, voice: Voice, wordBudget: number): { text: string; words: number } {
  const parts: string[] = [];
  let count = 0;
  while (count < wordBudget) {
    const s = counted(rng, voice);
    parts.push(s.text);
    count += s.words;
  }
  if (rng() < 0.3) {
    const i = int(rng, 0, parts.length - 1);
    const phrase = words(rng, voice, int(rng, 1, 3), 0).join(' ');
    const roll = rng();
    const inline =
      roll < 0.4
        ? `*${phrase}*`
        : roll < 0.6
          ? `**${phrase}**`
          : `[${phrase}](https://www.${pick(rng, OUTLETS)}.example/${toSlugCheap(phrase)}-${int(rng, 1000, 99999)})`;
    parts[i] = `${parts[i]!.slice(0, -1)} ${inline}.`;
  }
  return { text: parts.join(' '), words: count };
}

/** Slug-ish path segment for made-up URLs (not a stored slug, so no need for the real slugifier). */
const toSlugCheap = (text: string): string => encodeURIComponent(text.toLowerCase().replaceAll(' ', '-'));

/** Headlines lean on names and content words rather than "the of and". */
function title(rng: Rng, voice: Voice): string {
  const list = words(rng, voice, int(rng, 6, 13), 0.2);
  if (voice.language.functionWords.words.includes(list[0]!)) list[0] = pick(rng, voice.focus);
  const names = voice.language.names;
  if (rng() < 0.2) list.splice(int(rng, 1, list.length - 1), 0, pick(rng, names));
  const text = capitalise(list.join(' '));
  if (rng() < 0.15) return `${pick(rng, names)}: ${text}`;
  return text;
}

/** `words` put between two words of `text` (or first, in a title), keeping its capital letter. */
function insertWord(rng: Rng, text: string, words: string, mayLead: boolean): string {
  const parts = text.split(' ');
  const at = int(rng, mayLead ? 0 : 1, parts.length - 1);
  if (at === 0) return `${words} ${text}`;
  parts.splice(at, 0, words);
  return parts.join(' ');
}

// ---- Records ----

type SharedImage = Pick<ImageRow, 'id' | 'url' | 'alt' | 'width' | 'height'>;

/** Everything an article's generation needs from outside itself. */
export type ArticleEnv = {
  seed: number;
  total: number;
  anchorMs: number;
  authorIds: string[];
  sharedImages: SharedImage[];
};

export type BuiltArticle = {
  row: StoredArticle;
  /** Its own featured image, when it does not use a shared one. */
  image: ImageRow | null;
  related: {
    id: string;
    kind: 'related' | 'read-more';
    targetIndex: number | null;
    url: string | null;
    title: string | null;
    excerpt: string | null;
    imageId: string | null;
  }[];
};

function imageRow(
  rng: Rng,
  ms: number,
  slug: string,
  url: string,
  alt: string,
  options: { caption?: string | null; square?: boolean },
): ImageRow {
  const wide = rng() < 0.7;
  const credit = pick(rng, CREDITS);
  return {
    id: uuidv7At(ms, rng),
    slug,
    url,
    alt,
    caption: options.caption ?? null,
    credit,
    width: options.square ? 400 : wide ? 1600 : 1200,
    height: options.square ? 400 : wide ? 900 : 800,
    mimeType: rng() < 0.8 ? 'image/jpeg' : 'image/webp',
    bytes: options.square ? int(rng, 18_000, 60_000) : int(rng, 80_000, 650_000),
    copyright: credit === 'Newsdesk' ? '© Newsdesk' : `© ${credit}`,
    license: credit === 'Newsdesk' ? 'staff' : 'editorial use',
    sourceUrl: null,
    rightsExpiresAt: null,
    // External URLs: no stored file, so no content hash.
    sha256: null,
    fileExt: null,
    createdAt: iso(ms),
    updatedAt: iso(ms),
    version: 1,
  };
}

const lookups = new WeakMap<ArticleEnv, Map<string, SharedImage>>();
function imageLookup(env: ArticleEnv): Map<string, SharedImage> {
  let map = lookups.get(env);
  if (!map) {
    map = new Map(env.sharedImages.map((image) => [image.id, image]));
    lookups.set(env, map);
  }
  return map;
}

/** Article `index` of `env.total`: a pure function of the seed and the index. */
export function buildArticle(index: number, env: ArticleEnv): BuiltArticle {
  const rng = mulberry32(mix(env.seed, index + 1));
  const language = rng() < 0.05 ? UKRAINIAN : ENGLISH;

  // ~85% published over the last three years (older indexes are older), ~10% drafts, ~5% scheduled.
  const statusRoll = rng();
  const kind = statusRoll < 0.85 ? 'published' : statusRoll < 0.95 ? 'draft' : 'scheduled';
  const slot = (3 * YEAR) / env.total;
  const slotTime = Math.round(env.anchorMs - 3 * YEAR + (index + rng()) * slot);
  let publishedAt: string | null = null;
  let createdMs: number;
  if (kind === 'published') {
    const minute = Math.floor(slotTime / 60_000) * 60_000;
    publishedAt = iso(minute);
    createdMs = minute - int(rng, 0, 6 * 3_600_000);
  } else if (kind === 'scheduled') {
    publishedAt = iso(Math.floor((env.anchorMs + int(rng, 3_600_000, 30 * DAY)) / 60_000) * 60_000);
    createdMs = env.anchorMs - int(rng, 60_000, 7 * DAY);
  } else {
    createdMs = env.anchorMs - int(rng, 60_000, 90 * DAY);
  }

  const voice = voiceOf(rng, language);
  let headline = title(rng, voice);
  const section = weighted(rng, SECTIONS);
  const tags = new Set<string>();
  for (let n = int(rng, 1, 5); tags.size < n; ) tags.add(TAG_POOL[zipf(rng, TAG_POOL.length)]!);
  const authorCount = weighted(rng, [
    [1, 70],
    [2, 22],
    [3, 8],
  ] as [number, number][]);
  const authorIds = new Set<string>();
  while (authorIds.size < Math.min(authorCount, env.authorIds.length))
    authorIds.add(env.authorIds[zipf(rng, env.authorIds.length)]!);

  // 150-2,000 words: many short news items (median ~380), some long reads (mean ~620).
  const targetWords = 150 + Math.floor(1_850 * rng() ** 3);
  const body: Block[] = [];
  let written = 0;
  let sinceHeading = 0;
  const quoteAt = rng() < 0.5 ? int(rng, 1, 4) : -1;
  const listAt = rng() < 0.25 ? int(rng, 2, 6) : -1;
  const imageAt = rng() < 0.1 && env.sharedImages.length > 0 ? int(rng, 1, 3) : -1;
  for (let p = 0; written < targetWords; p++) {
    if (sinceHeading >= 3 && rng() < 0.4 && targetWords - written > 120) {
      body.push({
        type: 'heading',
        level: rng() < 0.8 ? 2 : 3,
        text: capitalise(words(rng, voice, int(rng, 3, 7), 0.2).join(' ')),
      });
      sinceHeading = 0;
    }
    const para = paragraph(rng, voice, Math.min(int(rng, 35, 110), targetWords - written + 10));
    body.push({ type: 'paragraph', text: para.text });
    written += para.words;
    sinceHeading++;
    if (p === quoteAt) {
      // A few English articles quote someone in Ukrainian.
      const quoteVoice = language === ENGLISH && rng() < 0.06 ? voiceOf(rng, UKRAINIAN) : voice;
      const { text, words: quoted } = counted(rng, quoteVoice, 10, 28);
      written += quoted;
      body.push(
        rng() < 0.7
          ? {
              type: 'quote',
              text,
              attribution: `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}, ${pick(rng, ROLES).toLowerCase()}`,
            }
          : { type: 'quote', text },
      );
    }
    if (p === listAt) {
      const items = Array.from({ length: int(rng, 3, 6) }, () => counted(rng, voice, 4, 12));
      written += items.reduce((sum, item) => sum + item.words, 0);
      body.push({ type: 'list', style: rng() < 0.7 ? 'unordered' : 'ordered', items: items.map((item) => item.text) });
    }
    if (p === imageAt) {
      const shared = pick(rng, env.sharedImages);
      body.push(
        rng() < 0.6
          ? { type: 'image', imageId: shared.id, caption: sentence(rng, voice, 6, 14) }
          : { type: 'image', imageId: shared.id },
      );
    }
  }

  // A third of the articles are about newsmakers, each spelt one way throughout the article.
  if (rng() < 0.35) {
    for (let n = rng() < 0.7 ? 1 : 2; n > 0; n--) {
      const who = NEWSMAKERS[zipf(rng, NEWSMAKERS.length)]!;
      const cyrillic = language === UKRAINIAN;
      const spelling = cyrillic
        ? who.cyrillic
        : rng() < 0.6
          ? who.latin[0]!
          : who.latin[int(rng, 0, who.latin.length - 1)]!;
      const fullName = who.first ? `${cyrillic ? who.first[1] : who.first[0]} ${spelling}` : spelling;
      if (rng() < 0.35) headline = insertWord(rng, headline, spelling, true);
      const paragraphs = body.filter((block) => block.type === 'paragraph');
      for (let mention = int(rng, 1, 4); mention > 0; mention--) {
        const block = pick(rng, paragraphs);
        block.text = insertWord(rng, block.text, mention === 1 ? fullName : spelling, false);
      }
    }
  }

  const slug = `${toSlug(headline)}-${index + 1}`;
  // One featured image each: its own (~88%), a shared file photo (~10%) or none (~2%).
  const imageRoll = rng();
  let image: ImageRow | null = null;
  let featuredImageId: string | null = null;
  if (imageRoll < 0.88) {
    const year = iso(createdMs).slice(0, 4);
    image = imageRow(
      rng,
      createdMs,
      `photo-${slug}`,
      `https://images.example.org/articles/${year}/${slug}.jpg`,
      sentence(rng, voice, 6, 12).slice(0, -1),
      {
        caption: rng() < 0.7 ? sentence(rng, voice, 8, 20) : null,
      },
    );
    featuredImageId = image.id;
  } else if (imageRoll < 0.98 && env.sharedImages.length > 0) {
    featuredImageId = pick(rng, env.sharedImages).id;
  }

  const related: BuiltArticle['related'] = [];
  for (
    let n = weighted(rng, [
        [0, 25],
        [1, 30],
        [2, 30],
        [3, 15],
      ] as [number, number][]),
      position = 0;
    position < n;
    position++
  ) {
    const readMore = rng() < 0.25;
    if (index > 0 && rng() < 0.6) {
      // Internal: an earlier article (its title and excerpt are filled in when written).
      related.push({
        id: uuidv7At(createdMs, rng),
        kind: readMore ? 'read-more' : 'related',
        targetIndex: Math.max(0, index - 1 - zipf(rng, Math.min(index, 5_000))),
        url: null,
        title: null,
        excerpt: null,
        imageId: null,
      });
    } else {
      const headlineOut = title(rng, voice);
      related.push({
        id: uuidv7At(createdMs, rng),
        kind: readMore ? 'read-more' : 'related',
        targetIndex: null,
        url: `https://www.${pick(rng, OUTLETS)}.example/${iso(createdMs).slice(0, 10).replaceAll('-', '/')}/${toSlugCheap(headlineOut.toLowerCase()).slice(0, 80)}`,
        title: headlineOut,
        excerpt: rng() < 0.7 ? sentence(rng, voice, 12, 30) : null,
        imageId: rng() < 0.3 && env.sharedImages.length > 0 ? pick(rng, env.sharedImages).id : null,
      });
    }
  }

  const hasSeo = rng() < 0.25;
  const subtitle = rng() < 0.4 ? sentence(rng, voice, 8, 18) : null;
  const id = uuidv7At(createdMs, rng);
  const images = imageLookup(env);
  const text = bodyText(body);
  const excerpt = defaultExcerpt(body);
  const createdAt = iso(createdMs);
  const row: StoredArticle = {
    id,
    slug,
    locale: 'en',
    title: headline,
    subtitle,
    excerpt,
    body,
    bodyHtml: renderBodyHtml(body, (imageId) => images.get(imageId)),
    section,
    tags: [...tags],
    authorIds: [...authorIds],
    status: kind === 'draft' ? 'draft' : 'published',
    publishedAt,
    readingTimeMinutes: readingTimeMinutes(text),
    featuredImageId,
    seoTitle: hasSeo ? headline.slice(0, 60) : null,
    seoDescription: hasSeo ? excerpt.slice(0, 155) : null,
    bodyText: text,
    // Generated, not written by anyone: no attribution, as for imported content.
    createdBy: null,
    updatedBy: null,
    // Visible ones count as already announced, or the webhook worker would announce the whole corpus;
    // scheduled ones are announced by the worker when their time comes.
    announced: kind === 'published',
    translationGroupId: null,
    translationOf: null,
    sourceVersion: null,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
  return { row, image, related };
}

function buildAuthors(seed: number, count: number, anchorMs: number): { authors: AuthorRow[]; avatars: ImageRow[] } {
  const rng = mulberry32(mix(seed, 0x0a07));
  const voice = voiceOf(rng, ENGLISH);
  const names = new Set<string>();
  while (names.size < count) {
    const name = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
    names.add(names.has(name) ? `${name} ${pick(rng, INVENTED_NAMES)}` : name);
  }
  const authors: AuthorRow[] = [];
  const avatars: ImageRow[] = [];
  for (const name of names) {
    const ms = anchorMs - 3 * YEAR - int(rng, 0, YEAR);
    const slug = toSlug(name);
    const avatar = imageRow(rng, ms, `${slug}-avatar`, `https://images.example.org/avatars/${slug}.jpg`, name, {
      square: true,
    });
    avatars.push(avatar);
    const handle = slug.replaceAll('-', '_');
    authors.push({
      id: uuidv7At(ms, rng),
      slug,
      name,
      role: pick(rng, ROLES),
      bio: `${sentence(rng, voice, 10, 20)} ${sentence(rng, voice, 8, 16)}`,
      avatarImageId: avatar.id,
      links:
        rng() < 0.6
          ? { website: `https://${handle.replaceAll('_', '')}.example.com`, x: `https://x.com/${handle}` }
          : { x: `https://x.com/${handle}` },
      email: `${slug}@newsdesk.example`,
      createdAt: iso(ms),
      updatedAt: iso(ms),
      version: 1,
    });
  }
  return { authors, avatars };
}

function buildSharedImages(seed: number, anchorMs: number): ImageRow[] {
  const rng = mulberry32(mix(seed, 0x1a6e));
  const voice = voiceOf(rng, ENGLISH);
  return Array.from({ length: SHARED_IMAGES }, (_, i) => {
    const ms = anchorMs - 3 * YEAR - int(rng, 0, YEAR);
    const alt = sentence(rng, voice, 5, 10).slice(0, -1);
    return imageRow(rng, ms, `file-photo-${i + 1}`, `https://images.example.org/library/${i + 1}.jpg`, alt, {
      caption: `File photo: ${sentence(rng, voice, 6, 14)}`,
    });
  });
}

/** First free slug from `base`, `base-2`, … (a database that already holds a corpus gets suffixes). */
async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) if (!(await taken(`${base}-${n}`))) return `${base}-${n}`;
}

/** Builds articles [from, to) in order, in this thread or in a worker. */
type Builder = { build: (from: number, to: number) => Promise<BuiltArticle[]>; close: () => Promise<void> };

function inThreadBuilder(env: ArticleEnv): Builder {
  return {
    build: async (from, to) => {
      const out: BuiltArticle[] = [];
      for (let index = from; index < to; index++) out.push(buildArticle(index, env));
      return out;
    },
    close: async () => {},
  };
}

/** Worker threads build (text, HTML, plain text: the CPU-heavy part) while this thread writes. */
function workerBuilder(env: ArticleEnv, count: number): Builder {
  const url = new URL('./worker.mjs', import.meta.url);
  const workers = Array.from({ length: count }, () => new Worker(url, { workerData: env, execArgv: [] }));
  const pending = new Map<number, { resolve: (items: BuiltArticle[]) => void; reject: (error: Error) => void }>();
  let next = 0;
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.on('message', ({ id, items }: { id: number; items: BuiltArticle[] }) => {
      pending.get(id)?.resolve(items);
      pending.delete(id);
    });
    worker.on('error', (error) => {
      failure = error;
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    });
  }
  return {
    build: (from, to) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = next++;
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, from, to });
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The worker side of workerBuilder (worker.mjs calls it). */
export function serveBuildRequests(): void {
  if (!parentPort) throw new Error('serveBuildRequests runs in a worker thread');
  const env = workerData as ArticleEnv;
  const port = parentPort;
  port.on('message', ({ id, from, to }: { id: number; from: number; to: number }) => {
    const items: BuiltArticle[] = [];
    for (let index = from; index < to; index++) items.push(buildArticle(index, env));
    port.postMessage({ id, items });
  });
}

/**
 * Generates `articles` articles (plus authors, avatars, file photos and related links) into
 * ctx's database, in batched write transactions. Open the database with `bulkLoad` for the
 * engine's fast path (see src/db/sqlite/engine.ts).
 */
export async function generateCorpus(ctx: Ctx, options: CorpusOptions): Promise<CorpusResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const total = options.articles;
  const batchSize = options.batchSize ?? 1_000;
  const anchorMs = Date.parse(options.now ?? ctx.now());
  let buildMs = 0;
  let writeMs = 0;

  // Authors, their avatars and the shared file photos first: articles point at them.
  const { authors, avatars } = buildAuthors(seed, options.authors ?? 200, anchorMs);
  const shared = buildSharedImages(seed, anchorMs);
  const env: ArticleEnv = {
    seed,
    total,
    anchorMs,
    authorIds: authors.map((author) => author.id),
    sharedImages: shared,
  };
  const workers = options.workers ?? (total >= 5_000 ? Math.max(1, Math.min(4, availableParallelism() - 1)) : 0);
  const builder = workers > 0 ? workerBuilder(env, workers) : inThreadBuilder(env);
  // What internal related links show of their target: title, excerpt, featured image.
  const targets: { id: string; title: string; excerpt: string; imageId: string | null }[] = [];
  const counts = { images: avatars.length + shared.length, relatedLinks: 0, published: 0, drafts: 0, scheduled: 0 };
  const anchor = iso(anchorMs);

  try {
    let t = performance.now();
    await ctx.transaction(async (tx) => {
      for (const image of [...avatars, ...shared]) {
        image.slug = await freeSlug(image.slug, async (slug) => (await tx.images.findBySlug(slug)) !== undefined);
        await tx.images.insert(image);
      }
      for (const author of authors) {
        author.slug = await freeSlug(author.slug, (slug) => tx.authors.slugTaken(slug));
        await tx.authors.insert(author);
      }
    });
    writeMs += performance.now() - t;

    // Keep a few batches in flight so the builders never wait for the writer, nor it for them.
    const batches: Promise<BuiltArticle[]>[] = [];
    const request = (from: number) => {
      const requested = performance.now();
      if (from < total) batches.push(builder.build(from, Math.min(total, from + batchSize)));
      buildMs += performance.now() - requested;
    };
    const inFlight = Math.max(1, workers) * 2;
    for (let k = 0; k < inFlight; k++) request(k * batchSize);
    for (let from = 0, k = 0; from < total; from += batchSize, k++) {
      t = performance.now();
      const batch = await batches[k]!;
      buildMs += performance.now() - t;
      request((k + inFlight) * batchSize);
      t = performance.now();
      await ctx.transaction(async (tx) => {
        // The batch's search index rows go in at its end, in one statement.
        const written: string[] = [];
        for (const { row, image, related } of batch) {
          if (image) {
            image.slug = await freeSlug(image.slug, async (slug) => (await tx.images.findBySlug(slug)) !== undefined);
            await tx.images.insert(image);
            counts.images++;
          }
          row.slug = await freeSlug(row.slug, (slug) => tx.articles.slugTaken(slug, 'en'));
          await tx.articles.insert(row, { searchIndex: 'later' });
          written.push(row.id);
          targets.push({
            id: row.id,
            title: row.title,
            excerpt: row.excerpt.length > 240 ? `${row.excerpt.slice(0, 237).trimEnd()}…` : row.excerpt,
            imageId: row.featuredImageId,
          });
          if (row.status === 'draft') counts.drafts++;
          else if (row.publishedAt! > anchor) counts.scheduled++;
          else counts.published++;
          for (const [position, link] of related.entries()) {
            const target = link.targetIndex === null ? undefined : targets[link.targetIndex];
            const linkRow: RelatedLinkRow = {
              id: link.id,
              articleId: row.id,
              position,
              kind: link.kind,
              targetArticleId: target?.id ?? null,
              url: link.url,
              title: target ? target.title : link.title,
              excerpt: target ? target.excerpt : link.excerpt,
              imageId: target ? target.imageId : link.imageId,
              createdAt: row.createdAt,
              updatedAt: row.createdAt,
              version: 1,
            };
            await tx.related.insert(linkRow);
            counts.relatedLinks++;
          }
        }
        await tx.articles.indexForSearch(written);
      });
      writeMs += performance.now() - t;
      options.onProgress?.(Math.min(total, from + batchSize), total);
    }
  } finally {
    await builder.close();
  }

  return {
    articles: total,
    authors: authors.length,
    ...counts,
    ms: Math.round(performance.now() - started),
    buildMs: Math.round(buildMs),
    writeMs: Math.round(writeMs),
  };
}

// ---- CLI ----

function parseArgs(argv: string[]): { articles: number; seed: number; authors: number } {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument '${arg}'`);
    values[match[1]!] = match[2] ?? argv[++i] ?? '';
  }
  const number = (name: string, fallback: number, min: number) => {
    if (values[name] === undefined) return fallback;
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name} must be an integer ≥ ${min}, got '${values[name]}'`);
    return value;
  };
  for (const name of Object.keys(values))
    if (!['articles', 'seed', 'authors'].includes(name)) throw new Error(`unknown option --${name}`);
  return { articles: number('articles', 1_000, 0), seed: number('seed', 1, 0), authors: number('authors', 200, 1) };
}

if (isMainThread && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `seed:synthetic: ${(error as Error).message}\nusage: npm run seed:synthetic -- --articles N [--seed S] [--authors A]\n`,
    );
    process.exit(2);
  }
  const { loadConfig } = await import('../../src/config.js');
  const { openBulkContext } = await import('./open.js');
  const config = loadConfig();
  const { ctx, close, name } = await openBulkContext(config.database);
  try {
    const result = await generateCorpus(ctx, { articles: args.articles, seed: args.seed, authors: args.authors });
    process.stderr.write(
      `Generated ${result.articles} articles (${result.published} published, ${result.drafts} drafts, ${result.scheduled} scheduled), ` +
        `${result.authors} authors, ${result.images} images, ${result.relatedLinks} related links into ${name} ` +
        `in ${(result.ms / 1000).toFixed(1)} s (build ${(result.buildMs / 1000).toFixed(1)} s, write ${(result.writeMs / 1000).toFixed(1)} s; seed ${args.seed})\n`,
    );
  } finally {
    await close();
  }
}
