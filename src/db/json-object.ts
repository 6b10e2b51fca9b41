// A resource's JSON built by the database, key for key as the API's response schema lists them:
// a read then hands the database's text to the socket (no row objects, no parsing of JSON
// columns, no serialiser pass). Keys come from the Zod response schemas, so a field added there
// is either found as a column here or fails when the statement is first built.
import { getTableColumns, type SQL, type Table } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Dialect } from './engine.js';

/** `table` may be an alias (drizzle's alias()): its columns then name the alias. */
export function jsonObjectOf(
  dialect: Dialect,
  table: Table,
  keys: readonly string[],
  computed: Record<string, SQL> = {},
): SQL {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  return dialect.jsonObject(
    keys.map((key) => {
      const value = computed[key] ?? (columns[key] ? dialect.jsonValue(columns[key]) : undefined);
      if (value === undefined) throw new Error(`JSON object: '${key}' is neither a column nor computed`);
      return [key, value] as const;
    }),
  );
}
