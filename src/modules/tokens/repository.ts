// API tokens: SQL only. Looked up by the hash of the secret, never by the secret itself.
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type ApiTokenRow, apiTokens } from '../../db/schema.js';

export function createTokenRepository(db: Db) {
  const byHash = db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sql.placeholder('hash')))
    .prepare();
  return {
    findByHash: (hash: string): ApiTokenRow | undefined => byHash.get({ hash }),
    findById: (id: string): ApiTokenRow | undefined => db.select().from(apiTokens).where(eq(apiTokens.id, id)).get(),
    list: (): ApiTokenRow[] => db.select().from(apiTokens).orderBy(desc(apiTokens.id)).all(),
    insert: (tx: Db, row: ApiTokenRow): void => void tx.insert(apiTokens).values(row).run(),
    revoke: (tx: Db, id: string, at: string): void =>
      void tx.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).run(),
  };
}

export type TokenRepository = ReturnType<typeof createTokenRepository>;
