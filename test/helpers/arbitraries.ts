// fast-check arbitraries for hostile input: odd Unicode, huge strings and arrays, deep nesting,
// near-miss dates, ids and URLs, Markdown and FTS syntax. Values are what a JSON body or a query
// string can carry; the fuzz tests decide where they go.
import fc from 'fast-check';

/** Strings that have broken parsers, databases and renderers before. */
export const specialStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDC00x',
  '\uDBFF\uDFFF',
  'x\uD83D',
  '\u202Emirrored\u202C',
  '\u200B',
  '\u200D\u200D',
  '\uFEFF',
  '\u0301',
  'e\u0301\u0301\u0301',
  'عربي עברית',
  '👩🏽‍🚀🇺🇦',
  '\u00A0',
  '\t\r\n',
  '\r\n\r\n',
  '%FF',
  '%',
  '%00',
  '\\',
  '"',
  "'",
  '`',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "'; drop table articles; --",
  '../../../etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '0x10',
  'true',
  'https://x.org/%FF.jpg',
  'https://x.org/%E0%A4%A.png',
  'http://127.0.0.1/',
  'https://[::1]:0/',
  'http://[fe80::1%25eth0]/',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  'file:///etc/passwd',
  'mailto:a@b',
  `https://${'a'.repeat(3000)}.org/`,
  '\uE000\uE001',
  'Ⅻ ﬁ ㎏',
  'ǅ',
  'İ',
  'ß',
  '\u{10FFFF}',
  '\u{E0001}',
  'NEAR(a b)',
  'a OR b',
  '*',
  'title:x',
  '^x',
  '-x',
  '"unclosed',
  '(',
  ')',
  'AND',
  'x'.repeat(1001),
  '1970-01-01T00:00:00Z',
];

/** ~100 KB of one short string repeated (its units may split a surrogate pair at the end). */
export const hugeString = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 4 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
    fc.constantFrom('\u0000', '\uD800', '\u202E', '€'),
  )
  .map((unit) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000));

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, '0');

/** Date-times that are almost ISO 8601: out-of-range fields, odd offsets, extended years. */
export const isoish = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom(
        'Z',
        'z',
        '',
        '+00:00',
        '-23:59',
        '+14:00',
        '+24:00',
        '+99:99',
        '.123456789Z',
        '.5+05:30',
        ' ',
        'Z\u0000',
      ),
    )
    .map(
      ([y, mo, d, h, mi, s, zone]) =>
        `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${zone}`,
    ),
  fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString())),
  fc.constantFrom(
    '9999-12-31T23:59:59-23:59',
    '0000-01-01T00:00:00+01:00',
    '2024-02-29T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2025-01-15',
    '2025-01-15T00:00:00',
    '+275760-09-13T00:00:00Z',
  ),
);

/** UUID-shaped strings: v7 like ours, other versions, and near misses; plus ids that exist. */
export const uuidish = (existing: readonly string[] = []) =>
  fc.oneof(
    { arbitrary: fc.uuid({ version: 7 }), weight: 2 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: fc.uuid({ version: 7 }).map((id) => id.toUpperCase()), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '00000000-0000-0000-0000-000000000000',
        '01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5',
        '01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e0',
        '{01946a4e-8c00-7a3c-9d2e-4f1a2b3c4d5e}',
      ),
      weight: 1,
    },
    ...(existing.length > 0 ? [{ arbitrary: fc.constantFrom(...existing), weight: 4 }] : []),
  );

const shortNastyParts = [
  { arbitrary: fc.string(), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.constantFrom(...specialStrings), weight: 4 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 1 },
  { arbitrary: isoish, weight: 1 },
  { arbitrary: uuidish(), weight: 1 },
];

/** Text of any kind but short (a few KB at most), from the ordinary to the hostile. */
export const shortNastyString = fc.oneof(...shortNastyParts);

/** Text of any kind, from the ordinary to the hostile, now and then ~100 KB of it. */
export const nastyString = fc.oneof(...shortNastyParts, { arbitrary: hugeString, weight: 1 });

/** Nested arrays or objects `depth` levels deep, built without recursion. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

export const deeplyNested = fc
  .tuple(fc.constantFrom(33, 1_000, 3_000), fc.constantFrom('array' as const, 'object' as const))
  .map(([depth, kind]) => nested(depth, kind));

/** Thousands of elements (well under the 1 MiB body limit, so validation sees them). */
export const hugeArray = fc
  .tuple(fc.constantFrom(1_000, 10_000, 40_000), fc.oneof(fc.constantFrom('x', 1, null, true, {}, []), uuidish()))
  .map(([length, element]) => Array.from({ length }, () => element));

/** Any JSON value, with the hostile strings, huge and deep values mixed in. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyString, weight: 6 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.constantFrom(0, -1, -0, 2 ** 31, 2 ** 53, 2 ** 64, 1e308, -1e308, 0.5, Number.MIN_VALUE), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.array(nastyString, { maxLength: 4 }), weight: 1 },
  { arbitrary: fc.dictionary(nastyString, nastyString, { maxKeys: 4 }), weight: 1 },
  { arbitrary: hugeArray, weight: 1 },
  { arbitrary: deeplyNested, weight: 1 },
);

/** Markdown with every construct markdownToBlocks and sanitize-html handle, in any order. */
export const markdownish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '# ',
        '## ',
        '###### ',
        '#',
        '> ',
        '> > ',
        '- ',
        '* ',
        '1. ',
        '99999999999. ',
        '- [ ] ',
        '![alt](https://x.org/a.png)',
        '[link](javascript:alert(1))',
        '[l](https://x.org "t")',
        '<img src=x onerror=alert(1)>',
        '<script>x</script>',
        '```',
        '```js\n',
        '~~~',
        '    code',
        '\n',
        '\n\n',
        '**',
        '__',
        '_',
        '*',
        '|a|b|\n|-|-|\n|1|2|',
        '<div>',
        '&amp;',
        '&#0;',
        '\\',
        '---',
        '***',
        'https://autolink.example.org',
        'text',
        ' ',
        '\u0000',
        '\uD800',
        '\u202E',
      ),
      shortNastyString,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** Body blocks: mostly the right shape with wrong or hostile contents. */
export const blockish = (imageIds: readonly string[]) =>
  fc.oneof(
    fc.record(
      {
        type: fc.oneof(fc.constantFrom('paragraph', 'heading', 'quote', 'list', 'image', 'embed'), nastyString),
        text: fc.oneof(markdownish, nastyValue),
        level: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5, '2'), nastyValue),
        attribution: nastyValue,
        style: fc.oneof(fc.constantFrom('ordered', 'unordered'), nastyValue),
        items: fc.oneof(fc.array(fc.oneof(markdownish, nastyString), { maxLength: 5 }), nastyValue),
        imageId: fc.oneof(uuidish(imageIds), nastyValue),
        url: fc.oneof(urlish, fc.constantFrom(...specialStrings.filter((s) => s.includes(':')))),
        title: nastyValue,
        caption: fc.oneof(markdownish, nastyValue),
      },
      { requiredKeys: ['type'] },
    ),
    nastyValue,
  );

/** Percent-escapes that are malformed or do not decode to valid UTF-8. */
export const badPercent = fc.constantFrom(
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%',
  '%zz',
  '%2',
  '%00',
  '%E2%80%AE',
  '%2F',
  '%25',
);

/** A raw query-string piece: a bad escape or a separator out of place. */
export const rawQueryPiece = fc.oneof(badPercent, fc.constantFrom('+', '&', '=', ';', '#', '%23', '%26', '%3D'));

/** URLs, well-formed or nearly: odd hosts, and paths with bad escapes, dots and Unicode. */
export const urlish = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom(
        'https://x.org/',
        'http://a.b/c/',
        'https://[::1]/',
        'https://xn--80ak6aa92e.com/',
        'http://127.0.0.1:9/',
        'https://x.org',
        'ftp://x.org/',
        'https:/x.org/',
        'https://',
      ),
      fc.array(
        fc.oneof(
          badPercent,
          fc.string({ maxLength: 5 }),
          fc.constantFrom('.jpg', '/', '..', '?', '#', '.', '\\', ' ', 'ü'),
        ),
        { maxLength: 5 },
      ),
    )
    .map(([base, parts]) => base + parts.join('')),
);
