// Prepared statements kept per shape of query. The key is the shape object itself, written out
// canonically (keys sorted, arrays in order), so a field added to a shape is part of the key
// without anyone remembering to add it. Bounded: past `max` shapes the least recently used goes.
import { createHash } from 'node:crypto';

/** A stable text for a plain value: objects with sorted keys, arrays in order. */
export function canonicalKey(value: unknown): string {
  if (value === undefined) return 'u';
  if (typeof value === 'function' || typeof value === 'symbol')
    throw new Error('a statement shape holds plain values only');
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalKey(v)}`).join(',')}}`;
}

export type StatementCache<Shape, Statement> = (shape: Shape, build: (name: string) => Statement) => Statement;

/**
 * `get(shape, build)`: the statement for `shape`, built on first use. `build` receives a name
 * unique to the shape (PostgreSQL names its prepared statements by text).
 */
export function statementCache<Shape, Statement>(prefix: string, max = 256): StatementCache<Shape, Statement> {
  const statements = new Map<string, Statement>();
  // canonicalKey sorts and copies on every call; JSON.stringify is native. Shapes built the same
  // way give the same JSON text, so the canonical key is looked up by it and computed once per
  // text (shapes are JSON values: no undefined inside arrays, which JSON would write as null).
  const keys = new Map<string, string>();
  const keyOf = (shape: Shape): string => {
    const text = JSON.stringify(shape);
    let key = keys.get(text);
    if (key === undefined) {
      key = canonicalKey(shape);
      if (keys.size >= max * 4) keys.clear();
      keys.set(text, key);
    }
    return key;
  };
  return (shape, build) => {
    const key = keyOf(shape);
    let statement = statements.get(key);
    if (statement !== undefined) {
      // Most recently used last: a Map iterates in insertion order.
      statements.delete(key);
    } else {
      statement = build(`${prefix}_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`);
      if (statements.size >= max) statements.delete(statements.keys().next().value as string);
    }
    statements.set(key, statement);
    return statement;
  };
}
