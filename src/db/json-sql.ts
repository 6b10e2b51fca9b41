// SQL that builds a resource's JSON inside SQLite (json_object), key for key as the API's
// response schema lists them. A read then hands SQLite's string to the socket: no row objects,
// no JSON.parse of JSON columns, no serialiser pass. The key lists come from the Zod response
// schemas, so a field added there is either found as a column here or fails at startup.
import { getTableColumns, type Table } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** The JSON value of a column as the API shows it: JSON-mode text embedded, booleans as true/false. */
function jsonValueOf(column: SQLiteColumn, alias: string): string {
  const ref = `${alias}."${column.name}"`;
  switch (column.columnType) {
    case 'SQLiteTextJson':
      return `json(${ref})`;
    case 'SQLiteBoolean':
      return `json(case when ${ref} then 'true' else 'false' end)`;
    default:
      return ref;
  }
}

/** `json_object(...)` over `keys` in order, each a column of `table` (read as `alias`) or an
 *  expression from `computed`. An unknown key is a programming error: it throws at startup. */
export function jsonObjectSql(
  table: Table,
  alias: string,
  keys: readonly string[],
  computed: Record<string, string> = {},
): string {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const pairs = keys.map((key) => {
    const expression = computed[key] ?? (columns[key] ? jsonValueOf(columns[key], alias) : undefined);
    if (expression === undefined)
      throw new Error(`json_object for ${alias}: '${key}' is neither a column nor computed`);
    return `'${key}', ${expression}`;
  });
  return `json_object(${pairs.join(', ')})`;
}

/** A JSON array of a correlated subquery's objects in `orderBy` order (`[]` for no rows),
 *  embeddable in json_object: json() restores the JSON subtype a subquery's result loses. The
 *  order is the aggregate's own (SQLite 3.44+): a subquery's ORDER BY would not bind it. */
export const jsonArraySql = (objectSql: string, fromWhere: string, orderBy: string): string =>
  `json((select json_group_array(${objectSql} order by ${orderBy}) ${fromWhere}))`;

/** One object from a correlated subquery, or null. */
export const jsonOneSql = (objectSql: string, fromWhere: string): string => `json((select ${objectSql} ${fromWhere}))`;
