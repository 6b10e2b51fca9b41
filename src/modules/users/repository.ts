// Members of staff: SQL only.
import { and, eq, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { afterCursor, orderByKey } from '../../db/keyset.js';
import type { UserRow } from '../../db/rows.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Cursor } from '../../lib/cursor.js';

export function createUserRepository({ db, tables: t, insertRows }: Handle) {
  const { users } = t;
  const one = async (rows: Promise<UserRow[]>) => (await rows)[0];
  return {
    findById: (id: string) => one(db.select().from(users).where(eq(users.id, id))),
    findByEmail: (email: string) => one(db.select().from(users).where(eq(users.email, email))),
    /** The first active user of that name (the token CLI reuses a user by name). */
    findActiveByName: (name: string) =>
      one(
        db
          .select()
          .from(users)
          .where(and(eq(users.name, name), eq(users.active, true)))
          .orderBy(users.createdAt, users.id)
          .limit(1),
      ),
    list: (limit: number, cursor: Cursor | undefined): Promise<UserRow[]> =>
      db
        .select()
        .from(users)
        .where(and(cursor ? afterCursor(users.name, users.id, 'asc', cursor) : undefined))
        .orderBy(...orderByKey(users.name, users.id, 'asc'))
        .limit(limit),
    activeAdmins: async (): Promise<number> =>
      Number(
        (
          await db
            .select({ n: sql<number>`count(*)` })
            .from(users)
            .where(and(eq(users.role, 'admin'), eq(users.active, true)))
        )[0]!.n,
      ),
    count: async (): Promise<number> => Number((await db.select({ n: sql<number>`count(*)` }).from(users))[0]!.n),
    insert: (row: UserRow): Promise<void> => insertRows(users, [row]),
    update: (id: string, changes: Partial<UserRow>): Promise<void> => updateVersioned(db, users, changes, id),
  };
}
