// The two engines' schemas describe the same tables: the code that is written once for both
// (repositories, the read model) reads the SQLite definitions as its types and the PostgreSQL
// ones at run time, so every table, column key, SQL name, nullability and primary key must agree.
// PostgreSQL's search row has its full-text documents besides (its search machinery's own).
import { getTableColumns, getTableName, is, Table } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as postgres from '../src/db/postgres/schema.js';
import * as sqlite from '../src/db/sqlite/schema.js';

const ENGINE_OWN = { postgres: { articleSearch: ['document', 'titleDocument', 'leadDocument'] } } as const;

const tablesOf = (schema: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(schema).filter(([, value]) => is(value, Table))) as Record<string, Table>;

const describeTable = (table: Table, leaveOut: readonly string[] = []) =>
  Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([key]) => !leaveOut.includes(key))
      .map(([key, column]) => [key, { name: column.name, notNull: column.notNull, primary: column.primary }]),
  );

describe('the engines’ schemas', () => {
  it('have the same tables under the same keys and names', () => {
    const a = tablesOf(sqlite);
    const b = tablesOf(postgres);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const key of Object.keys(a)) expect(getTableName(b[key]!), key).toBe(getTableName(a[key]!));
  });

  it('have the same columns, nullability and primary keys in every table', () => {
    const a = tablesOf(sqlite);
    const b = tablesOf(postgres);
    for (const key of Object.keys(a)) {
      const own = (ENGINE_OWN.postgres as Record<string, readonly string[]>)[key] ?? [];
      expect(describeTable(b[key]!, own), key).toEqual(describeTable(a[key]!));
    }
  });
});
