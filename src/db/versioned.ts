// Every change of a resource that has a `version` increments it in the same statement, so two
// writers can never produce the same version and an If-Match names exactly one state.
import { eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './engine.js';

type Versioned = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

/** UPDATE … SET changes, version = version + 1 WHERE `where` (the row's id by default). */
export async function updateVersioned<T extends Versioned>(
  db: Db,
  table: T,
  changes: Partial<T['$inferInsert']>,
  where: SQL | string,
): Promise<void> {
  await db
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1` } as never)
    .where(typeof where === 'string' ? eq(table.id, where) : where);
}
