// Stored answers to POSTs sent with an Idempotency-Key, per token.
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from './client.js';
import { idempotencyKeys } from './schema.js';

export type StoredAnswer = typeof idempotencyKeys.$inferSelect;

export function createIdempotencyRepository(db: Db) {
  return {
    find: (tokenId: string, key: string): StoredAnswer | undefined =>
      db
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.tokenId, tokenId), eq(idempotencyKeys.key, key)))
        .get(),
    save: (tx: Db, answer: StoredAnswer): void => void tx.insert(idempotencyKeys).values(answer).run(),
    /** Keys are kept for a day, as Stripe does; older ones may be reused. */
    forgetBefore: (tx: Db, before: string): void =>
      void tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run(),
  };
}
