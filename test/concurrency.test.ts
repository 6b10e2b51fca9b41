// Several processes writing one database file: two server processes under write load, the token
// CLI and an online backup, all at once. SQLITE_BUSY is absorbed (BEGIN IMMEDIATE and a 5 s busy
// timeout in src/db/client.ts): no answer is a 5xx, no CLI fails, and every write is there.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { databaseProblems, prepareDatabase, runPool } from './helpers/database-files.js';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';

const servers: ServerProcess[] = [];
// Servers run in-process (node --import tsx), so that SIGKILL here really stops a server left running.
afterEach(() => {
  for (const server of servers.splice(0))
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
});

describe('concurrent writers on one database file', () => {
  it('two servers, the token CLI and a backup write at once: no 5xx, no failed CLI, every write present', async () => {
    const dir = tempDir('newsdesk-concurrency-');
    const env = {
      DATABASE_URL: join(dir, 'newsdesk.db'),
      MEDIA_DIR: join(dir, 'media'),
      SEED_ON_START: 'false',
      WRITE_RATE_LIMIT_PER_MINUTE: '100000',
    };
    const { tokens, authorId } = await prepareDatabase(env.DATABASE_URL);
    const [first, second] = await Promise.all([
      startServer(env, { inProcess: true }),
      startServer(env, { inProcess: true }),
    ]);
    servers.push(first, second);
    const headers = { authorization: `Bearer ${tokens.editor}`, 'content-type': 'application/json' };

    const written: { id: string; title: string }[] = [];
    const failures: string[] = [];
    let sideWorkDone = false;
    /** Creates, then changes, articles through one server until the CLIs are done (bounded). */
    const load = (server: ServerProcess, name: string) =>
      runPool(
        1_500,
        4,
        async (index) => {
          const title = `${name} ${index}`;
          const created = await fetch(`${server.baseUrl}/v1/articles`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              title,
              authorIds: [authorId],
              tags: [name],
              body: [{ type: 'paragraph', text: `Written by ${name}.` }],
            }),
          });
          const article = await created.json();
          if (created.status !== 201)
            return void failures.push(`${name} POST → ${created.status} ${JSON.stringify(article)}`);
          const changed = await fetch(`${server.baseUrl}/v1/articles/${article.id}`, {
            method: 'PATCH',
            headers,
            body: JSON.stringify({ subtitle: 'Changed', status: 'published' }),
          });
          if (changed.status !== 200)
            return void failures.push(`${name} PATCH → ${changed.status} ${await changed.text()}`);
          written.push({ id: article.id, title });
        },
        () => sideWorkDone,
      );

    // The other writers: the token CLI in a loop, and an online backup, each a process of its own.
    const sideWork = async () => {
      const created: string[] = [];
      for (let index = 0; index < 4; index++) {
        const result = await runCli('token', ['create', '--role', 'contributor', '--name', `concurrent-${index}`], {
          DATABASE_URL: env.DATABASE_URL,
        });
        expect(result, `token CLI #${index}`).toMatchObject({
          code: 0,
          stdout: expect.stringMatching(/^nd_[A-Za-z0-9_-]{43}\n$/),
        });
        created.push(result.stdout.trim());
      }
      const backup = await runCli('backup', [join(dir, 'during-load.db')], { DATABASE_URL: env.DATABASE_URL });
      expect(backup, 'backup CLI').toMatchObject({ code: 0, stderr: expect.stringContaining('integrity ok') });
      return created;
    };
    const [cliTokens] = await Promise.all([
      sideWork().finally(() => (sideWorkDone = true)),
      load(first, 'first'),
      load(second, 'second'),
    ]);

    expect(failures).toEqual([]);
    expect(written.filter((write) => write.title.startsWith('first')).length).toBeGreaterThan(0);
    expect(written.filter((write) => write.title.startsWith('second')).length).toBeGreaterThan(0);
    // Every write is visible through either server, whichever process made it.
    for (const [index, write] of written.entries()) {
      const server = index % 2 === 0 ? first : second;
      const response = await fetch(`${server.baseUrl}/v1/articles/${write.id}`, { headers });
      expect(response.status, write.title).toBe(200);
      expect(await response.json()).toMatchObject({
        title: write.title,
        subtitle: 'Changed',
        status: 'published',
        version: 2,
      });
    }
    const total = (await (await fetch(`${first.baseUrl}/v1/articles?count=true&limit=1`, { headers })).json()).meta
      .total;
    expect(total).toBe(written.length);
    // The CLI's tokens work at once on both servers (no cache, no restart).
    for (const token of cliTokens) {
      for (const server of [first, second])
        expect(
          (await fetch(`${server.baseUrl}/v1/articles?limit=1`, { headers: { authorization: `Bearer ${token}` } }))
            .status,
        ).toBe(200);
    }

    for (const server of [first, second]) server.child.kill('SIGTERM');
    expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
    expect(databaseProblems(env.DATABASE_URL)).toEqual([]);
    expect(databaseProblems(join(dir, 'during-load.db'))).toEqual([]);
    // Four processes start and finish here: on a loaded machine that takes longer than the default.
  }, 120_000);
});
