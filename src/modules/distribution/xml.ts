// XML text: only the characters XML 1.0 allows, and the five that have meaning escaped.

/** C0 controls (but tab, newline, carriage return), lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops characters no XML 1.0 document may contain (an article can hold them; a feed cannot). */
export const xmlChars = (text: string): string => text.replace(NOT_XML, '');

const XML_SPECIAL = /[&<>"']/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const escapeXml = (text: string): string => xmlChars(text).replace(XML_SPECIAL, (char) => XML_ENTITIES[char]!);

export const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** W3C date-time to the second, as sitemaps and Google News show it (stored times are already UTC ISO strings). */
export const w3cDate = (iso: string): string =>
  (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(iso) ? iso : new Date(iso).toISOString()).replace(/\.\d+Z$/, 'Z');

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
