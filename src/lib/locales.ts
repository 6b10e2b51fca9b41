// The languages content is written in (LOCALES, the first the default) and the choice among them
// that a reader's Accept-Language makes. BCP 47 tags, compared case-insensitively and kept in
// their canonical case (`pt-BR`), as Intl.getCanonicalLocales writes them.
import { invalidField } from './errors.js';

export type Locales = {
  /** Every configured locale, the default first. */
  readonly all: readonly string[];
  readonly default: string;
};

/** LOCALES when not configured. */
export const DEFAULT_LOCALE_LIST = 'en,uk';

/** What a locale looks like before it is checked against the configured list. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The canonical form of a BCP 47 tag, or undefined when it is not one. */
export function canonicalLocale(tag: string): string | undefined {
  if (!LOCALE_PATTERN.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** LOCALES as configured: a comma-separated list, the first the default. */
export function parseLocales(list: string): Locales | string {
  const tags = list
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length === 0) return 'must name at least one locale';
  const all: string[] = [];
  for (const tag of tags) {
    const canonical = canonicalLocale(tag);
    if (!canonical) return `'${tag}' is not a BCP 47 language tag`;
    if (all.includes(canonical)) return `'${tag}' is listed twice`;
    all.push(canonical);
  }
  return { all, default: all[0]! };
}

/** The configured locale `value` names (in any case), or a 400 naming `path`. */
export function requireLocale(locales: Locales, value: string, path = 'locale'): string {
  const canonical = canonicalLocale(value);
  const known = canonical && locales.all.find((locale) => locale.toLowerCase() === canonical.toLowerCase());
  if (!known) throw invalidField(path, `unknown locale '${value}'; expected one of ${locales.all.join(', ')}`);
  return known;
}

type Range = { range: string; q: number; order: number };

/** The language ranges of an Accept-Language header, best first (RFC 9110 §12.5.4): q-values
 *  from 0 to 1 with at most three decimals; a malformed element is ignored, as is one with q=0
 *  (which means "not this one"). */
export function languageRanges(header: string | undefined): string[] {
  if (!header) return [];
  const ranges: Range[] = [];
  for (const [order, element] of header.split(',').slice(0, 50).entries()) {
    const [tag = '', ...parameters] = element.split(';').map((part) => part.trim());
    if (!/^(\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)$/.test(tag)) continue;
    let q = 1;
    for (const parameter of parameters) {
      const weight = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i.exec(parameter);
      if (weight) q = Number(weight[1]);
      else q = Number.NaN;
    }
    if (Number.isNaN(q) || q === 0) continue;
    ranges.push({ range: tag.toLowerCase(), q, order });
  }
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order).map((entry) => entry.range);
}

/** The best of `available` for the header, by RFC 4647 lookup: each range in preference order,
 *  then shorter forms of it (`uk-UA` → `uk`); a range also matches a locale that extends it
 *  (`pt` finds `pt-BR`). `*` takes the first available. Undefined when nothing matches. */
export function bestLocale(header: string | undefined, available: readonly string[]): string | undefined {
  const lower = available.map((locale) => locale.toLowerCase());
  for (const range of languageRanges(header)) {
    if (range === '*') return available[0];
    for (let prefix = range; prefix; prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf('-')))) {
      const exact = lower.indexOf(prefix);
      if (exact !== -1) return available[exact];
      const extended = lower.findIndex((locale) => locale.startsWith(`${prefix}-`));
      if (extended !== -1) return available[extended];
    }
  }
  return undefined;
}

/** The locales when none are configured (tools that open a database without a config). */
export const DEFAULT_LOCALES = parseLocales(DEFAULT_LOCALE_LIST) as Locales;
