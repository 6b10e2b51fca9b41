// API tokens: SQL only. Looked up by the hash of the secret, never by the secret itself.
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { prepared } from '../../db/prepared.js';
import type { ApiTokenRow, UserRow } from '../../db/rows.js';

export type TokenWithUser = { token: ApiTokenRow; user: UserRow };

export function createTokenRepository({ db, tables: t }: Handle) {
  const { apiTokens: tokens, users } = t;
  // Read on every authenticated request: the token and its user in one statement.
  const byHash = prepared(
    'tokens_by_hash',
    db
      .select({ token: tokens, user: users })
      .from(tokens)
      .innerJoin(users, eq(users.id, tokens.userId))
      .where(eq(tokens.tokenHash, sql.placeholder('hash')))
      .limit(1),
  );
  return {
    findByHash: async (hash: string): Promise<TokenWithUser | undefined> => (await byHash({ hash }))[0],
    findById: async (id: string): Promise<TokenWithUser | undefined> =>
      (
        await db
          .select({ token: tokens, user: users })
          .from(tokens)
          .innerJoin(users, eq(users.id, tokens.userId))
          .where(eq(tokens.id, id))
      )[0],
    list: (userId?: string): Promise<TokenWithUser[]> =>
      db
        .select({ token: tokens, user: users })
        .from(tokens)
        .innerJoin(users, eq(users.id, tokens.userId))
        .where(userId ? eq(tokens.userId, userId) : undefined)
        .orderBy(desc(tokens.id)),
    insert: async (row: ApiTokenRow): Promise<void> => void (await db.insert(tokens).values(row)),
    revoke: async (id: string, at: string): Promise<void> =>
      void (await db.update(tokens).set({ revokedAt: at }).where(eq(tokens.id, id))),
    /** Records when tokens were last used, never moving a time back (nodes flush in any order). */
    async touch(uses: readonly { id: string; at: string }[]): Promise<void> {
      for (const use of uses)
        await db
          .update(tokens)
          .set({ lastUsedAt: use.at })
          .where(and(eq(tokens.id, use.id), or(isNull(tokens.lastUsedAt), lt(tokens.lastUsedAt, use.at))));
    },
  };
}

export type TokenRepository = ReturnType<typeof createTokenRepository>;
