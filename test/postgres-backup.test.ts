// Backup and restore on PostgreSQL are pg_dump and pg_restore (docs/operations.md): a dump of a
// newsroom taken while its server runs, restored into a new database, serves the same answers
// and the same tokens. PostgreSQL pass only: on SQLite, backup.test.ts covers `npm run backup`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp, factories } from './helpers/build-test-app.js';
import { adminQuery, postgresBin } from './helpers/postgres.js';
import { tempDir } from './helpers/server-process.js';
import { freshDatabase, onEngine } from './helpers/test-database.js';

describe.skipIf(!onEngine('postgres'))('pg_dump and pg_restore', () => {
  it('restore a dump taken while the server runs into a new database that answers the same', async () => {
    const database = await freshDatabase();
    if (database.kind !== 'postgres') throw new Error('PostgreSQL pass only');
    const source = await buildTestApp({ database });
    const restored = `${database.url}_restored`;
    try {
      const post = (path: string, body: object) => source.http.post(path).set(source.auth()).send(body).expect(201);
      const author = (await post('/v1/authors', factories.author())).body;
      const article = (
        await post('/v1/articles', factories.article({ status: 'published', authorIds: [author.id], tags: ['dump'] }))
      ).body;
      await source.http
        .patch(`/v1/articles/${article.id}`)
        .set(source.auth())
        .send({ slug: 'after-the-dump' })
        .expect(200);
      const read = (path: string, app = source) => app.http.get(path).set(app.auth()).expect(200);
      const before = {
        article: (await read(`/v1/articles/${article.id}?include=authors`)).body,
        revisions: (await read(`/v1/articles/${article.id}/revisions`)).body,
        changes: (await read('/v1/changes')).body,
      };

      // The dump is one consistent snapshot even while the server writes (pg_dump's own
      // transaction); the custom format restores with pg_restore.
      const file = join(tempDir('newsdesk-pgdump-'), 'newsroom.dump');
      const bin = postgresBin()!;
      execFileSync(join(bin, 'pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${database.url}`]);
      await adminQuery(database.url.replace(/\/[^/]+$/, '/postgres'), `create database ${restored.split('/').at(-1)}`);
      execFileSync(join(bin, 'pg_restore'), ['--no-owner', `--dbname=${restored}`, file]);

      await source.close();
      const copy = await buildTestApp({ database: { kind: 'postgres', url: restored } });
      try {
        expect((await read(`/v1/articles/${article.id}?include=authors`, copy)).body).toEqual(before.article);
        expect((await read(`/v1/articles/${article.id}/revisions`, copy)).body).toEqual(before.revisions);
        expect((await read('/v1/changes', copy)).body).toEqual(before.changes);
        // The old slug still redirects; the source's tokens work against the copy.
        const moved = await copy.http.get(`/v1/articles/${article.slug}`).redirects(0).expect(301);
        expect(moved.headers.location).toBe('/v1/articles/after-the-dump');
        await copy.http
          .get('/v1/articles?status=draft')
          .set({ Authorization: `Bearer ${source.tokens.editor}` })
          .expect(200);
        // Writes go on from where the dump left off (sequences restored with the data).
        await copy.http.post('/v1/articles').set(copy.auth()).send(factories.article()).expect(201);
      } finally {
        await copy.close();
      }
    } finally {
      await source.close().catch(() => undefined);
    }
  });
});
