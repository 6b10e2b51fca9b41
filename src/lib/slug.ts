import slugify from '@sindresorhus/slugify';

/** Lower-case ASCII with hyphens; transliterates (Cyrillic, accents) rather than dropping letters. */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false }).slice(0, 120).replace(/-+$/, '') || 'untitled';
}

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` rejects not. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
