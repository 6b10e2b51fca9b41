// An INSERT of whole rows prepared once per table. Drizzle's insert builder builds the SQL anew
// on every call, which is fine for one write and most of the time of a bulk load. Values are
// encoded by the columns' own Drizzle mappers (JSON columns stringified, booleans as 0/1), as
// Drizzle's builder would.
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, is, SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

/** Runs on the connection that prepared it, inside whichever transaction is open there. */
export function preparedInsert<T extends SQLiteTable>(
  connection: Database.Database,
  table: T,
): (row: T['$inferInsert']) => void {
  // Generated columns are SQLite's to compute.
  const columns = Object.entries(getTableColumns(table) as Record<string, SQLiteColumn>).filter(
    ([, column]) => !column.generated,
  );
  const statement = connection.prepare(
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
