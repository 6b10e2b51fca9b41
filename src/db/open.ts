// Opens the engine DATABASE_URL names: a file path or `file:` URL is SQLite (the default), a
// `postgres://` URL is PostgreSQL.
import type { Engine } from './engine.js';
import { openSqlite, type SqliteOptions } from './sqlite/engine.js';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type OpenOptions = SqliteOptions;

export async function openEngine(target: DatabaseTarget, options: OpenOptions = {}): Promise<Engine> {
  switch (target.kind) {
    case 'sqlite':
      return openSqlite(target.path, options);
    case 'postgres':
      throw new Error('PostgreSQL is not available yet');
  }
}
