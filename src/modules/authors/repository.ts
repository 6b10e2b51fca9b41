// Authors: SQL only, nothing of HTTP.
import { and, count, eq, or, sql } from 'drizzle-orm';
import type { Handle } from '../../db/engine.js';
import { afterCursor, orderByKey } from '../../db/keyset.js';
import { prepared } from '../../db/prepared.js';
import type { AuthorRow } from '../../db/rows.js';
import { updateVersioned } from '../../db/versioned.js';
import type { Cursor } from '../../lib/cursor.js';
import { authorsVisible, publicViewer, type Viewer } from '../access/index.js';

export function createAuthorRepository({ db, tables: t, dialect, insertRows }: Handle) {
  const { authors } = t;
  const byIdOrSlug = or(eq(authors.id, sql.placeholder('key')), eq(authors.slug, sql.placeholder('key')));
  const anyByIdOrSlug = prepared('authors_by_key', db.select().from(authors).where(byIdOrSlug).limit(1));
  const publicByIdOrSlug = prepared(
    'authors_public_by_key',
    db
      .select()
      .from(authors)
      .where(and(byIdOrSlug, authorsVisible(t, publicViewer, authors.id, sql.placeholder('now'))))
      .limit(1),
  );
  const one = async (rows: Promise<AuthorRow[]>) => (await rows)[0];

  return {
    findById: (id: string) => one(db.select().from(authors).where(eq(authors.id, id))),
    findByIdOrSlug: (key: string, viewer: Viewer, now: string): Promise<AuthorRow | undefined> => {
      if (viewer.articles === 'all') return one(anyByIdOrSlug({ key }));
      if (viewer.articles === 'public') return one(publicByIdOrSlug({ key, now }));
      return one(
        db
          .select()
          .from(authors)
          .where(and(or(eq(authors.id, key), eq(authors.slug, key)), authorsVisible(t, viewer, authors.id, now))),
      );
    },
    slugTaken: async (slug: string, exceptId?: string): Promise<boolean> => {
      const found = await one(db.select().from(authors).where(eq(authors.slug, slug)));
      return found !== undefined && found.id !== exceptId;
    },
    existingIds: async (ids: readonly string[]): Promise<Set<string>> =>
      new Set(
        (await db.select({ id: authors.id }).from(authors).where(dialect.inList(authors.id, ids))).map((row) => row.id),
      ),

    list: (viewer: Viewer, now: string, limit: number, cursor: Cursor | undefined): Promise<AuthorRow[]> =>
      db
        .select()
        .from(authors)
        .where(
          and(
            authorsVisible(t, viewer, authors.id, now),
            cursor ? afterCursor(authors.name, authors.id, 'asc', cursor) : undefined,
          ),
        )
        .orderBy(...orderByKey(authors.name, authors.id, 'asc'))
        .limit(limit),
    count: async (viewer: Viewer, now: string): Promise<number> =>
      (
        await db
          .select({ n: count() })
          .from(authors)
          .where(authorsVisible(t, viewer, authors.id, now))
      )[0]!.n,

    insert: (row: AuthorRow): Promise<void> => insertRows(authors, [row]),
    update: (id: string, changes: Partial<AuthorRow>): Promise<void> => updateVersioned(db, authors, changes, id),
    delete: async (id: string): Promise<void> => void (await db.delete(authors).where(eq(authors.id, id))),
  };
}

export type AuthorRepository = ReturnType<typeof createAuthorRepository>;
