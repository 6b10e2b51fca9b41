// SQLite's side of the SQL that differs between engines (see Dialect in ../engine.ts): JSON built
// with json_object/json_group_array (SQLite 3.44+ for ORDER BY inside an aggregate), lists bound
// as one JSON array and read back with json_each.
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Dialect } from '../engine.js';

const literal = (text: string): SQL => sql.raw(`'${text.replaceAll("'", "''")}'`);

export const sqliteDialect: Dialect = {
  kind: 'sqlite',
  inList: (column: SQLWrapper, values) =>
    sql`${column} in (select value from json_each(${Array.isArray(values) ? JSON.stringify(values) : values}))`,
  // JSON has no bigints: docids are written as the integers they are (json_each reads them as such).
  listParam: (values) =>
    values.length > 0 && typeof values[0] === 'bigint' ? `[${values.join(',')}]` : JSON.stringify(values),
  jsonValue(column: SQLiteColumn) {
    const ref = sql`${column}`;
    switch (column.columnType) {
      case 'SQLiteTextJson':
        return sql`json(${ref})`;
      case 'SQLiteBoolean':
        return sql`json(case when ${ref} then 'true' else 'false' end)`;
      default:
        return ref;
    }
  },
  jsonObject: (pairs) =>
    sql`json_object(${sql.join(
      pairs.map(([key, value]) => sql`${literal(key)}, ${value}`),
      sql`, `,
    )})`,
  // json() restores the JSON subtype that a subquery's result loses.
  jsonArray: (object, fromWhere, orderBy) =>
    sql`json((select json_group_array(${object} order by ${orderBy}) ${fromWhere}))`,
  jsonOne: (object, fromWhere) => sql`json((select ${object} ${fromWhere}))`,
  jsonBoolean: (condition) => sql`json(case when ${condition} then 'true' else 'false' end)`,
  jsonAggregate: (object, orderBy, where) =>
    sql`'[' || coalesce(group_concat(${object}, ',' order by ${orderBy})${where ? sql` filter (where ${where})` : sql``}, '') || ']'`,
  pageJoin: (parameter, table, id) =>
    sqliteDialect.keyedJoin(
      sql`select key as position, value ->> 0 as id, value ->> 1 as extra from json_each(${parameter})`,
      table,
      id,
    ),
  // SQLite runs the statement about 1.6 times slower when this LIMIT is a bare parameter
  // rather than an expression (docs/bench-history.md).
  firstRows: (query, order, take) =>
    sql`select q.*, row_number() over (order by ${order}) as position from (${query} limit cast(${take} as integer)) q`,
  // CROSS JOIN keeps the page's keys the outer loop: one lookup by key per article.
  keyedJoin: (keys, table, id) => sql`(${keys}) k cross join ${table} on ${id} = k.id`,
  // An image without a file or a width has no variants: answered in SQL, without the call into
  // JavaScript (each call cost about as much as the rest of the image's JSON).
  srcset: (sha256, ext, width, origin) =>
    sql`json(case when ${sha256} is null or ${width} is null then '[]' else newsdesk_srcset(${sha256}, ${ext}, ${width}, ${origin}) end)`,
  // Answers leave as blobs (UTF-8 bytes): hashed for the ETag and written to the socket as they
  // are, with no V8 string made of them and none encoded back.
  asBytes: (json) => sql`cast(${json} as blob)`,
  false: sql.raw('0'),
  // Where SQLite's planner, without statistics, picks a worse index (see the schema's comments).
  throughIndex: (table, index) => sql`${table} indexed by ${sql.identifier(index)}`,
};
