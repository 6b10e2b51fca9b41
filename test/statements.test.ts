// The statement cache's key and the placeholder binder: what every prepared read relies on.
import { sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { binder } from '../src/db/placeholders.js';
import { statementCache } from '../src/db/statement-cache.js';

describe('the statement cache', () => {
  it('builds once per shape, whatever order its keys were written in', () => {
    const get = statementCache<object, string>('t');
    let built = 0;
    const build = (name: string) => `${name}#${++built}`;
    const first = get({ kind: 'id', shape: { a: 1, b: [1, 2], c: undefined } }, build);
    expect(get({ shape: { b: [1, 2], a: 1 }, kind: 'id' }, build)).toBe(first);
    expect(get({ kind: 'id', shape: { a: 1, b: [1, 2] } }, build)).toBe(first);
    expect(get({ kind: 'id', shape: { a: 1, b: [2, 1] } }, build)).not.toBe(first);
    expect(get({ kind: 'slug', shape: { a: 1, b: [1, 2] } }, build)).not.toBe(first);
    expect(built).toBe(3);
  });

  it('keeps at most `max` statements, the least recently used going first', () => {
    const get = statementCache<object, string>('t', 2);
    const names: string[] = [];
    const build = (name: string) => {
      names.push(name);
      return name;
    };
    get({ n: 1 }, build);
    get({ n: 2 }, build);
    get({ n: 1 }, build); // 2 is now the least recent
    get({ n: 3 }, build);
    get({ n: 1 }, build);
    expect(names).toHaveLength(3);
    get({ n: 2 }, build);
    expect(names).toHaveLength(4);
  });
});

describe('the placeholder binder', () => {
  const compiled = new SQLiteSyncDialect().sqlToQuery(
    sql`select ${sql.placeholder('b')}, ${42}, ${sql.placeholder('a')}, ${sql.placeholder('b')}`,
  );

  it('binds the named values in order and keeps the constants', () => {
    const bind = binder(compiled.params);
    expect(bind({ a: 'x', b: 2 })).toEqual([2, 42, 'x', 2]);
    expect(bind({ a: null, b: 'y' })).toEqual(['y', 42, null, 'y']);
  });

  it('refuses a missing value by name', () => {
    expect(() => binder(compiled.params)({ a: 1 })).toThrow('No value for placeholder "b" was provided');
  });
});
