import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, startServer, tempDir } from './helpers/server-process.js';
import { freshDatabase, onEngine } from './helpers/test-database.js';

const SLUG = 'putin-to-demand-ukraine-never-join-nato-during-talks-with-trump-bloomberg-reports';

describe('the server process (npm start)', () => {
  // npm start compiles, then runs node on dist/ with its own arguments: the first start here is
  // exactly that; the second runs the sources (tsx), as the other process tests do.
  beforeAll(build);

  // On PostgreSQL: an empty database named by DATABASE_URL alone, as a fresh clone would have it.
  it('creates and migrates the database, imports the source article once, serves it, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const postgres = onEngine('postgres') ? await freshDatabase({ empty: true }) : undefined;
    const databaseUrl = postgres?.kind === 'postgres' ? postgres.url : `file:${join(dir, 'sub/newsdesk.db')}`;
    const first = await startServer({ DATABASE_URL: databaseUrl }, { compiled: true });
    const article = await fetch(`${first.baseUrl}/v1/articles/${SLUG}?include=authors,featuredImage,related`);
    expect(article.status).toBe(200);
    const body = await article.json();
    expect(body).toMatchObject({
      slug: SLUG,
      readingTimeMinutes: 2,
      authors: [{ name: 'Kateryna Hodunova' }],
      related: [{}, {}],
    });
    if (!postgres) expect(existsSync(join(dir, 'sub/newsdesk.db'))).toBe(true);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // A second start finds the article there and imports nothing new.
    const second = await startServer({ DATABASE_URL: databaseUrl });
    const list = await (await fetch(`${second.baseUrl}/v1/articles?count=true`)).json();
    expect(list.meta.total).toBe(1);
    expect(list.data[0].id).toBe(body.id);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start on a bad setting with one line naming the variable', async () => {
    const server = await startServer(
      { PORT: '3000', LOG_LEVEL: 'loud', DATABASE_URL: join(tempDir(), 'x.db') },
      { waitForHealth: false },
    );
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toMatch(/^Invalid configuration: LOG_LEVEL: /m);
  });
});
