// A table under another name, for SQL that reads the same table twice (a correlated subquery):
// Drizzle's alias() renders as the alias alone inside sql``, so FROM needs the table's own name
// beside it.
import { getTableName, type SQL, sql } from 'drizzle-orm';
import { alias, type SQLiteTable } from 'drizzle-orm/sqlite-core';

export function aliased<T extends SQLiteTable>(table: T, name: string): T & { from: SQL } {
  const renamed = alias(table, name) as unknown as T;
  const from = sql`${sql.identifier(getTableName(table))} ${sql.identifier(name)}`;
  return new Proxy(renamed, {
    get: (target, key, receiver) => (key === 'from' ? from : Reflect.get(target, key, receiver)),
  }) as T & { from: SQL };
}
