// The log's destination (src/lib/log-destination.ts): lines written together once per turn of
// the event loop, in order; an error line at once; whatever is held when the process exits; a
// failed write drops its lines (counted, reported once) and never throws. The disk-full case with
// a real server is in edges-process.test.ts.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logDestination } from '../src/lib/log-destination.js';
import { tempDir } from './helpers/server-process.js';

const info = (n: number) => `{"level":30,"msg":"line ${n}"}\n`;
const nextTurn = () => new Promise((done) => setImmediate(done));

describe('log destination', () => {
  it('writes the lines of a turn together, in order, after it', async () => {
    const file = join(tempDir('newsdesk-log-'), 'log');
    const fd = openSync(file, 'w');
    const log = logDestination(fd);
    for (let n = 0; n < 50; n++) log.write(info(n));
    expect(readFileSync(file, 'utf8')).toBe('');
    await nextTurn();
    expect(readFileSync(file, 'utf8')).toBe(Array.from({ length: 50 }, (_, n) => info(n)).join(''));
    closeSync(fd);
  });

  it('writes at once on an error line, with the lines before it', () => {
    const file = join(tempDir('newsdesk-log-'), 'log');
    const fd = openSync(file, 'w');
    const log = logDestination(fd);
    log.write(info(1));
    log.write('{"level":50,"msg":"request failed"}\n');
    expect(readFileSync(file, 'utf8')).toBe(`${info(1)}{"level":50,"msg":"request failed"}\n`);
    log.write('{"level":60,"msg":"fatal"}\n');
    expect(readFileSync(file, 'utf8')).toMatch(/"fatal"\}\n$/);
    closeSync(fd);
  });

  it('writes what it holds when the process exits within the turn', () => {
    const file = join(tempDir('newsdesk-log-'), 'log');
    const script = `
      import { openSync } from 'node:fs';
      import { logDestination } from ${JSON.stringify(new URL('../src/lib/log-destination.ts', import.meta.url).pathname)};
      const log = logDestination(openSync(${JSON.stringify(file)}, 'w'));
      for (let n = 0; n < 3; n++) log.write('{"level":30,"msg":"line ' + n + '"}\\n');
      process.exit(0);`;
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(readFileSync(file, 'utf8')).toBe(info(0) + info(1) + info(2));
  });

  it('drops the lines of a failed write, says so once, and never throws', async () => {
    const file = join(tempDir('newsdesk-log-'), 'log');
    const fd = openSync(file, 'w');
    closeSync(fd);
    const told: string[] = [];
    const log = logDestination(fd, (message) => told.push(message));
    for (let n = 0; n < 5; n++) log.write(info(n));
    await nextTurn();
    log.write(info(5));
    await nextTurn();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/log lines are being dropped: writing them failed \(EBADF/);
  });
});
