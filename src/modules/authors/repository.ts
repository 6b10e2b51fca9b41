// Authors: SQL only, nothing of HTTP.
import { and, eq, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { afterCursor, inJsonArray, orderByKey } from '../../db/keyset.js';
import { preparedInsert } from '../../db/prepared-insert.js';
import { type AuthorRow, articleAuthors, articles, authors } from '../../db/schema.js';
import type { Cursor } from '../../lib/cursor.js';
import { publiclyVisible, type Visibility } from '../articles/repository.js';

// The public sees an author once a visible article credits them (DESIGN: "the authors … they use").
function creditedPublicly(now: string | Placeholder): SQL {
  return sql`exists (select 1 from ${articleAuthors} join ${articles} on ${articles.id} = ${articleAuthors.articleId}
    where ${articleAuthors.authorId} = ${authors.id} and ${publiclyVisible(now)})`;
}

export function createAuthorRepository(db: Db) {
  const insertAuthor = preparedInsert(db, authors);
  const anyByIdOrSlug = db
    .select()
    .from(authors)
    .where(or(eq(authors.id, sql.placeholder('key')), eq(authors.slug, sql.placeholder('key'))))
    .prepare();
  const publicByIdOrSlug = db
    .select()
    .from(authors)
    .where(
      and(
        or(eq(authors.id, sql.placeholder('key')), eq(authors.slug, sql.placeholder('key'))),
        creditedPublicly(sql.placeholder('now')),
      ),
    )
    .prepare();
  const byId = db
    .select()
    .from(authors)
    .where(eq(authors.id, sql.placeholder('id')))
    .prepare();

  return {
    findById: (id: string): AuthorRow | undefined => byId.get({ id }),
    findByIdOrSlug: (key: string, visibility: Visibility, now: string): AuthorRow | undefined =>
      visibility === 'public' ? publicByIdOrSlug.get({ key, now }) : anyByIdOrSlug.get({ key }),
    slugTaken: (slug: string, exceptId?: string): boolean => {
      const found = db.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).get();
      return found !== undefined && found.id !== exceptId;
    },
    existingIds: (ids: readonly string[]): Set<string> =>
      new Set(
        db
          .select({ id: authors.id })
          .from(authors)
          .where(inJsonArray(authors.id, JSON.stringify(ids)))
          .all()
          .map((row) => row.id),
      ),

    list(visibility: Visibility, now: string, limit: number, cursor: Cursor | undefined): AuthorRow[] {
      return db
        .select()
        .from(authors)
        .where(
          and(
            visibility === 'public' ? creditedPublicly(now) : undefined,
            cursor ? afterCursor(authors.name, authors.id, 'asc', cursor) : undefined,
          ),
        )
        .orderBy(...orderByKey(authors.name, authors.id, 'asc'))
        .limit(limit)
        .all();
    },
    count: (visibility: Visibility, now: string): number =>
      db
        .select({ n: sql<number>`count(*)` })
        .from(authors)
        .where(visibility === 'public' ? creditedPublicly(now) : undefined)
        .get()!.n,

    insert: (_tx: Db, row: AuthorRow): void => insertAuthor(row),
    update: (tx: Db, id: string, changes: Partial<AuthorRow>): void =>
      void tx
        .update(authors)
        .set({ ...changes, version: sql`${authors.version} + 1` })
        .where(eq(authors.id, id))
        .run(),
    delete: (tx: Db, id: string): void => void tx.delete(authors).where(eq(authors.id, id)).run(),
  };
}

export type AuthorRepository = ReturnType<typeof createAuthorRepository>;
