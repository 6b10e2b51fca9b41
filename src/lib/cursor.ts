// Opaque keyset cursors: base64url JSON of the last row's sort key and id, tagged with the
// sort they belong to so a cursor cannot be replayed against another ordering.
import { AppError } from './errors.js';

export type CursorKey = string | number | null;
export type Cursor = { sort: string; key: CursorKey; id: string };

/** The 400 for a cursor (in the query parameter `path`) that this API did not issue. */
export const notIssuedHere = (path: string): AppError =>
  new AppError('INVALID_CURSOR', `${path}: is not a cursor this API issued`, {
    errors: [{ path, message: 'is not a cursor this API issued' }],
  });

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string, expectedSort: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !(parsed[1] === null || typeof parsed[1] === 'string' || typeof parsed[1] === 'number') ||
    typeof parsed[2] !== 'string' ||
    // What this API issues is text a database holds: never U+0000 or a lone surrogate, which
    // PostgreSQL's text refuses (a 500, not the 400 a forged cursor is).
    [parsed[1], parsed[2]].some((part) => typeof part === 'string' && (!part.isWellFormed() || part.includes('\u0000')))
  ) {
    throw notIssuedHere('cursor');
  }
  if (parsed[0] !== expectedSort) {
    throw new AppError('INVALID_CURSOR', `cursor: was issued for sort '${parsed[0]}', not '${expectedSort}'`, {
      errors: [{ path: 'cursor', message: `was issued for sort '${parsed[0]}', not '${expectedSort}'` }],
    });
  }
  return { sort: parsed[0], key: parsed[1], id: parsed[2] };
}
