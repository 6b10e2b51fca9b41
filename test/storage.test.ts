// A full disk under a real server process (its SQLite file and media on a small tmpfs): writes
// answer 507 INSUFFICIENT_STORAGE and change nothing, reads go on, readiness says why; once there
// is room again, writes go through and the WAL is cut back by the periodic checkpoint.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from './helpers/database-files.js';
import { until } from './helpers/receiver.js';
import { type ServerProcess, startServer } from './helpers/server-process.js';
import { canMountSmallDisk, fillDisk, mountSmallDisk, unmount } from './helpers/small-disk.js';

const mountable = canMountSmallDisk('the full-disk storage test');
const servers: ServerProcess[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('a full disk', () => {
  it.skipIf(!mountable)('answers writes with 507 while reads go on, then writes again once there is room', async () => {
    const disk = mountSmallDisk('32m', 'the full-disk storage test')!;
    try {
      const env = {
        DATABASE_URL: join(disk, 'newsdesk.db'),
        MEDIA_DIR: join(disk, 'media'),
        SEED_ON_START: 'false',
        WRITE_RATE_LIMIT_PER_MINUTE: '100000',
        DISK_MIN_FREE_BYTES: String(1024 * 1024),
        MAINTENANCE_INTERVAL_MS: '1000',
      };
      const { tokens } = await prepareDatabase(env.DATABASE_URL);
      const server = await startServer(env, { inProcess: true });
      servers.push(server);
      const headers = { authorization: `Bearer ${tokens.editor}`, 'content-type': 'application/json' };
      const post = (title: string) =>
        fetch(`${server.baseUrl}/v1/articles`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ title, status: 'published', body: [{ type: 'paragraph', text: 'x '.repeat(2_000) }] }),
        });
      const count = async () =>
        (await (await fetch(`${server.baseUrl}/v1/articles?count=true`, { headers })).json()).meta.total;
      for (let i = 0; i < 5; i++) expect((await post(`Before the disk filled ${i}`)).status).toBe(201);
      expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);

      const filler = fillDisk(disk);
      // Writes are refused as out of storage, naming it; nothing is half-written.
      let refused: Response | undefined;
      for (let i = 0; i < 20 && !refused; i++) {
        const response = await post(`While the disk is full ${i}`);
        if (response.status !== 201) refused = response;
      }
      expect(refused!.status).toBe(507);
      expect(refused!.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused!.headers.get('retry-after')).toBe('60');
      expect(await refused!.json()).toMatchObject({ status: 507, code: 'INSUFFICIENT_STORAGE' });
      const written = await count();
      expect((await post('Refused again')).status).toBe(507);
      expect(await count()).toBe(written);
      // Reads go on; readiness fails, naming the disk.
      const list = await fetch(`${server.baseUrl}/v1/articles?limit=3`);
      expect(list.status).toBe(200);
      const ready = await fetch(`${server.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).errors.map((error: { path: string }) => error.path)).toContain('disk');

      // Room again: writes go through, readiness recovers, and the WAL is cut back.
      rmSync(filler);
      expect((await post('After the disk was freed')).status).toBe(201);
      await until(async () => (await fetch(`${server.baseUrl}/readyz`)).status === 200, 5_000);
      for (let i = 0; i < 30; i++) expect((await post(`Burst ${i}`)).status).toBe(201);
      await until(() => statSync(`${env.DATABASE_URL}-wal`).size === 0, 5_000);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      unmount(disk);
    }
  });
});
