// API tokens: SQL only. Looked up by the hash of the secret, never by the secret itself.
import { desc, eq, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { ApiTokenRow } from '../../db/rows.js';

export function createTokenRepository({ db, tables: t }: Handle) {
  // Read on every authenticated request.
  const byHash = prepared(
    'tokens_by_hash',
    db
      .select()
      .from(t.apiTokens)
      .where(eq(t.apiTokens.tokenHash, sql.placeholder('hash')))
      .limit(1),
  );
  return {
    findByHash: async (hash: string): Promise<ApiTokenRow | undefined> => (await byHash({ hash }))[0],
    findById: async (id: string): Promise<ApiTokenRow | undefined> =>
      (await db.select().from(t.apiTokens).where(eq(t.apiTokens.id, id)))[0],
    list: (): Promise<ApiTokenRow[]> => db.select().from(t.apiTokens).orderBy(desc(t.apiTokens.id)),
    insert: async (row: ApiTokenRow): Promise<void> => void (await db.insert(t.apiTokens).values(row)),
    revoke: async (id: string, at: string): Promise<void> =>
      void (await db.update(t.apiTokens).set({ revokedAt: at }).where(eq(t.apiTokens.id, id))),
  };
}

export type TokenRepository = ReturnType<typeof createTokenRepository>;
