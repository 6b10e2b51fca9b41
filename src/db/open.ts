// Opens the engine DATABASE_URL names: a file path or `file:` URL is SQLite (the default), a
// `postgres://` URL is PostgreSQL.
import type { Engine } from './engine.js';
import type { PostgresOptions } from './postgres/engine.js';
import { rebuildSearchIfAsked } from './search-rebuild.js';
import { openSqlite, type SqliteOptions } from './sqlite/engine.js';

export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  /** poolSize: connections this node keeps (DATABASE_POOL_SIZE). */
  | { kind: 'postgres'; url: string; poolSize?: number };

export type OpenOptions = SqliteOptions & PostgresOptions;

export async function openEngine(target: DatabaseTarget, options: OpenOptions = {}): Promise<Engine> {
  const engine = await openMigrated(target, options);
  try {
    await rebuildSearchIfAsked(engine);
  } catch (error) {
    await engine.close();
    throw error;
  }
  return engine;
}

async function openMigrated(target: DatabaseTarget, options: OpenOptions): Promise<Engine> {
  switch (target.kind) {
    case 'sqlite':
      return openSqlite(target.path, options);
    case 'postgres': {
      // Loaded only when used: a SQLite server never loads the PostgreSQL driver.
      const { openPostgres } = await import('./postgres/engine.js');
      return openPostgres(target.url, { poolSize: target.poolSize, ...options });
    }
  }
}
