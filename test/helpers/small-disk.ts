// A small real file system for full-disk tests: a tmpfs, which root in a container usually may
// mount. Where mounting is refused the tests that need one skip, saying so.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './server-process.js';

export function mountSmallDisk(size = '1m', purpose = 'a full-disk test'): string | undefined {
  const dir = tempDir('newsdesk-small-disk-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    console.warn(
      `SKIPPED: ${purpose} mounts a tmpfs, which was refused here: ${(error as Error).message.split('\n')[0]}`,
    );
    return undefined;
  }
}

export function unmount(dir: string): void {
  execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Whether this machine lets the suite mount one (probed once, mounted and unmounted). */
export function canMountSmallDisk(purpose: string): boolean {
  const probe = mountSmallDisk('1m', purpose);
  if (probe) unmount(probe);
  return probe !== undefined;
}

/** Fills the file system under `dir` with one file until it is full; returns the file's path. */
export function fillDisk(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: full. Whatever is left is smaller than a chunk: fill it byte-wise.
    try {
      for (;;) writeSync(fd, chunk.subarray(0, 512));
    } catch {}
  } finally {
    closeSync(fd);
  }
  return path;
}
