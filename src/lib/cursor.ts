// Opaque keyset cursors: base64url JSON of the last row's sort key and id, tagged with the
// sort they belong to so a cursor cannot be replayed against another ordering.
import { AppError } from './errors.js';

export type CursorKey = string | number | null;
export type Cursor = { sort: string; key: CursorKey; id: string };

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
    typeof parsed[2] !== 'string'
  ) {
    throw new AppError('INVALID_CURSOR', 'cursor: is not a cursor this API issued', {
      errors: [{ path: 'cursor', message: 'is not a cursor this API issued' }],
    });
  }
  if (parsed[0] !== expectedSort) {
    throw new AppError('INVALID_CURSOR', `cursor: was issued for sort '${parsed[0]}', not '${expectedSort}'`, {
      errors: [{ path: 'cursor', message: `was issued for sort '${parsed[0]}', not '${expectedSort}'` }],
    });
  }
  return { sort: parsed[0], key: parsed[1], id: parsed[2] };
}
