// PostgreSQL's side of the SQL that differs between engines (see Dialect in ../engine.ts): JSON
// built with json_build_object/json_agg, lists bound as one array parameter (= any($n)).
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { MEDIA_PATH, variantFormats, variantWidths } from '../../lib/media-formats.js';
import type { Dialect } from '../engine.js';

const literal = (text: string): SQL => sql.raw(`'${text.replaceAll("'", "''")}'`);

/**
 * The srcset rule of lib/media-formats.ts (srcsetOf) as SQL: per format, every listed width up to
 * the first that reaches the original's, each at most the original's width. A row of `(values …)`
 * per candidate: its order, format, width and the width before it (a candidate is listed while
 * the one before it stays below the original's width); `origin` prefixes every URL. A test holds
 * it to srcsetOf.
 */
function srcsetSql(sha256: SQL, ext: SQL, width: SQL, origin: SQL): SQL {
  const rows = variantFormats.flatMap((format, f) =>
    variantWidths.map(
      (wanted, w) => `(${f * variantWidths.length + w}, '${format}', ${wanted}, ${w === 0 ? 0 : variantWidths[w - 1]})`,
    ),
  );
  const base = sql`cast(${origin} as text) || ${literal(MEDIA_PATH)} || ${sha256} || '.' || ${ext}`;
  return sql`case when ${sha256} is null or ${ext} is null or ${width} is null then '[]'::json else coalesce((
    select json_agg(json_build_object('width', least(v.wanted, ${width}), 'format', v.format,
      'url', ${base} || '?w=' || v.wanted || '&format=' || v.format) order by v.position)
    from (values ${sql.raw(rows.join(', '))}) as v(position, format, wanted, before)
    where v.before < ${width}), '[]'::json) end`;
}

export const postgresDialect: Dialect = {
  kind: 'postgres',
  inList: (column: SQLWrapper, values) => sql`${column} = any(${Array.isArray(values) ? sql.param(values) : values})`,
  listParam: (values) => [...values],
  jsonValue: (column: SQLiteColumn) => sql`${column}`,
  jsonObject: (pairs) =>
    sql`json_build_object(${sql.join(
      pairs.map(([key, value]) => sql`${literal(key)}, ${value}`),
      sql`, `,
    )})`,
  jsonArray: (object, fromWhere, orderBy) =>
    sql`coalesce((select json_agg(${object} order by ${orderBy}) ${fromWhere}), '[]'::json)`,
  jsonOne: (object, fromWhere) => sql`(select ${object} ${fromWhere})`,
  jsonBoolean: (condition) => sql`(${condition})`,
  jsonAggregate: (object, orderBy, where) =>
    sql`coalesce(json_agg(${object} order by ${orderBy})${where ? sql` filter (where ${where})` : sql``}, '[]'::json)`,
  pageJoin: (parameter, table, id) =>
    postgresDialect.keyedJoin(
      sql`select e.position, e.value ->> 0 as id, e.value ->> 1 as extra
        from json_array_elements(${parameter}::json) with ordinality as e(value, position)`,
      table,
      id,
    ),
  // A LIMIT that is a parameter makes the generic plan look dear, so PostgreSQL plans the
  // statement anew on every run (a page's rendering took half as long again). A constant ceiling
  // keeps one plan, and the condition on row_number() stops the scan at `take` rows (a run
  // condition, PostgreSQL 15).
  firstRows: (query, order, take, most) =>
    sql`select * from (select q.*, row_number() over (order by ${order}) as position from (${query} limit ${sql.raw(String(most))}) q) w where w.position <= ${take}`,
  keyedJoin: (keys, table, id) => sql`(${keys}) k join ${table} on ${id} = k.id`,
  srcset: srcsetSql,
  asBytes: (json) => sql`${json}::text`,
  false: sql.raw('false'),
  throughIndex: (table) => sql`${table}`,
};
