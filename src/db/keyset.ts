// Keyset ("seek") pagination: WHERE (key, id) is past the cursor, never OFFSET. Sort keys are
// never NULL (see articles.published_sort), so a row-value comparison can walk an index.
import { type Placeholder, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Cursor } from '../lib/cursor.js';

export type Direction = 'asc' | 'desc';

/** `cursor` holds values, or placeholders for a statement prepared once per query shape. */
export function afterCursor(
  key: SQLWrapper,
  id: SQLWrapper,
  direction: Direction,
  cursor: Pick<Cursor, 'key' | 'id'> | { key: Placeholder; id: Placeholder },
): SQL {
  return direction === 'desc'
    ? sql`(${key}, ${id}) < (${cursor.key}, ${cursor.id})`
    : sql`(${key}, ${id}) > (${cursor.key}, ${cursor.id})`;
}

export function orderByKey(key: SQLWrapper, id: SQLWrapper, direction: Direction): SQL[] {
  return direction === 'desc' ? [sql`${key} desc`, sql`${id} desc`] : [sql`${key} asc`, sql`${id} asc`];
}
