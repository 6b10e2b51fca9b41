// Stored answers to POSTs sent with an Idempotency-Key, per token.
import { and, eq, lt } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import type { IdempotencyRow } from '../../db/rows.js';

export function createIdempotencyRepository({ db, tables: t }: Handle) {
  const { idempotencyKeys: keys } = t;
  return {
    find: async (tokenId: string, key: string): Promise<IdempotencyRow | undefined> =>
      (
        await db
          .select()
          .from(keys)
          .where(and(eq(keys.tokenId, tokenId), eq(keys.key, key)))
      )[0],
    save: async (answer: IdempotencyRow): Promise<void> => void (await db.insert(keys).values(answer)),
    /** Keys are kept for a day, as Stripe does; older ones may be reused. */
    forgetBefore: async (before: string): Promise<void> =>
      void (await db.delete(keys).where(lt(keys.createdAt, before))),
  };
}
