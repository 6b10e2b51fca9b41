import slugify from '@sindresorhus/slugify';
import { AppError } from './errors.js';

/** Lower-case ASCII with hyphens; transliterates (Cyrillic, accents) rather than dropping letters. */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false }).slice(0, 120).replace(/-+$/, '') || 'untitled';
}

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` rejects not. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await isTaken(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}

/**
 * The slug a write gets: the one asked for (a 409 naming `slug` when another resource of the kind
 * has it), else one made from `text` and numbered until free.
 */
export async function claimSlug(
  kind: string,
  wanted: string | undefined,
  text: string,
  isTaken: (slug: string) => Promise<boolean>,
): Promise<string> {
  if (wanted === undefined) return uniqueSlug(toSlug(text), isTaken);
  if (await isTaken(wanted))
    throw new AppError('SLUG_TAKEN', `Another ${kind} already has the slug '${wanted}'`, {
      errors: [{ path: 'slug', message: 'is already taken' }],
    });
  return wanted;
}
