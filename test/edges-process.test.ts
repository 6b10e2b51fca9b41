// Issue 16 in real processes: a server whose log cannot be written, and the first steps of a
// newcomer (npm's own errors, the token CLI against a database that is not there).
import { execFile } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { until } from './helpers/receiver.js';
import { root, startServer, tempDir } from './helpers/server-process.js';
import { canMountSmallDisk, mountSmallDisk, unmount } from './helpers/small-disk.js';

const run = promisify(execFile);

const probe = canMountSmallDisk('the full-disk log test');

describe('a log that cannot be written', () => {
  it.skipIf(!probe)(
    'keeps the server answering while its stdout is a file on a full disk, says so once, and logs again once there is room',
    async () => {
      const disk = mountSmallDisk('1m', 'the full-disk log test')!;
      try {
        const filler = join(disk, 'filler');
        expect(() => writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024))).toThrow(/ENOSPC/);
        const logPath = join(disk, 'server.log');
        const log = openSync(logPath, 'a');
        const data = tempDir();
        const server = await startServer(
          { DATABASE_URL: join(data, 'newsdesk.db'), MEDIA_DIR: join(data, 'media'), LOG_LEVEL: 'info' },
          { inProcess: true, stdout: log, waitForHealth: false },
        );
        closeSync(log);
        try {
          // It starts, logging all the while.
          await until(
            () =>
              server.child.exitCode === null
                ? fetch(`${server.baseUrl}/healthz`).then(
                    (response) => response.ok,
                    () => false,
                  )
                : Promise.reject(new Error(`the server exited (${server.child.exitCode}): ${server.output()}`)),
            20_000,
          );
          for (let index = 0; index < 20; index++) {
            expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
            expect((await fetch(`${server.baseUrl}/v1/articles`)).status).toBe(200);
          }
          expect(server.child.exitCode).toBeNull();
          expect(server.output().match(/log lines are being dropped: .*ENOSPC/g)).toHaveLength(1);

          rmSync(filler);
          // Once there is room, the lines of requests after it are in the file again.
          let probe = 0;
          await until(async () => {
            await fetch(`${server.baseUrl}/healthz`, { headers: { 'x-request-id': `after-${++probe}` } });
            return readFileSync(logPath, 'utf8').includes(`"reqId":"after-${probe - 1}"`);
          });
          expect(server.output()).toMatch(/log writes work again; \d+ log line\(s\) were dropped/);
          server.child.kill('SIGTERM');
          expect(await server.exited).toBe(0);
        } finally {
          // Whatever happened, nothing may hold a file on the disk when it is unmounted.
          server.child.kill('SIGKILL');
          await server.exited;
        }
      } finally {
        unmount(disk);
      }
    },
  );
});

describe('first use', () => {
  it("shows npm's own errors, and `TOKEN=$(npm run token -- create …)` still gets the token alone", async () => {
    const typo = await run('npm', ['run', 'tokn'], { cwd: root }).catch((error) => error);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Missing script: "tokn"');

    const databasePath = join(tempDir(), 'newsdesk.db');
    const env = { ...process.env, DATABASE_URL: databasePath };
    await run('npm', ['run', 'token', '--', 'create', '--role', 'admin', '--name', 'first', '--create'], {
      cwd: root,
      env,
    });
    const readme = await run(
      'sh',
      ['-c', 'TOKEN=$(npm run token -- create --role editor --name me) && printf "[%s]" "$TOKEN"'],
      { cwd: root, env },
    );
    expect(readme.stdout).toMatch(/^\[nd_[A-Za-z0-9_-]{43}\]$/);
  });

  it('the token CLI refuses a database that does not exist with one line, unless --create', async () => {
    const databasePath = join(tempDir(), 'not-yet', 'newsdesk.db');
    for (const args of [['create', '--role', 'editor', '--name', 'me'], ['list']]) {
      const refused = await runCli('token', args, { DATABASE_URL: databasePath });
      expect(refused).toEqual({
        code: 2,
        stdout: '',
        stderr: expect.stringMatching(
          /^There is no database at \S+newsdesk\.db \(DATABASE_URL\): [^\n]*--create[^\n]*\n$/,
        ),
      });
      expect(existsSync(databasePath)).toBe(false);
    }
    const created = await runCli('token', ['create', '--role', 'editor', '--name', 'me', '--create'], {
      DATABASE_URL: databasePath,
    });
    expect(created).toMatchObject({ code: 0, stdout: expect.stringMatching(/^nd_[A-Za-z0-9_-]{43}\n$/) });
    expect(existsSync(databasePath)).toBe(true);
    expect((await runCli('token', ['list'], { DATABASE_URL: databasePath })).stdout).toContain('\teditor\tme\t');
  });
});
