// An INSERT of whole rows prepared once per table. Drizzle's insert builder builds the SQL anew
// on every call (~30-50 µs each, six inserts per article): fine for one write, the larger part
// of the time for the synthetic bulk load. Values are encoded by the columns' own drizzle
// mappers (JSON columns stringified, booleans as 0/1), as drizzle's builder would.
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';

/** Runs on the connection that prepared it, inside whichever transaction is open there. */
export function preparedInsert<T extends SQLiteTable>(db: Db, table: T): (row: T['$inferInsert']) => void {
  // Generated columns are SQLite's to compute.
  const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>).filter(
    ([, column]) => !column.generated,
  );
  const statement = db.$client.prepare(
    `insert into "${getTableName(table)}" (${columns.map(([, column]) => `"${column.name}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  return (row) => {
    const values = columns.map(([key, column]) => {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined) {
        // As DEFAULT would: the column's default, else NULL (an INTEGER PRIMARY KEY gets its rowid).
        if (is(column.default, SQL))
          throw new Error(`${getTableName(table)}.${column.name}: an SQL default needs drizzle's builder`);
        return column.default === undefined ? null : column.mapToDriverValue(column.default);
      }
      return value === null ? null : column.mapToDriverValue(value);
    });
    statement.run(values);
  };
}
