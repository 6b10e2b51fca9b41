// The log's destination (src/lib/log-destination.ts): lines written together once per turn of
// the event loop, in order; an error line at once; whatever is held when the process exits; a
// failed write drops its lines (counted, reported once) and never throws. The disk-full case with
// a real server is in edges-process.test.ts.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync, readSync as readFileDescriptor, readFileSync } from 'node:fs';
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

describe('log destination, a write cut short', () => {
  it('counts as dropped only the lines that did not get through whole, and ends the cut one', async () => {
    // A FIFO with no reader, non-blocking: writes fill its buffer (64 KiB), then fail with EAGAIN.
    const dir = tempDir('newsdesk-log-');
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const fd = openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK);
    const told: string[] = [];
    const log = logDestination(fd, (message) => told.push(message));
    const line = (n: number) => `{"level":30,"msg":"${String(n).padStart(6, '0')}${'x'.repeat(180)}"}\n`;
    const sent = 1_000;
    for (let n = 0; n < sent; n++) log.write(line(n));
    await nextTurn();
    expect(told).toEqual([expect.stringMatching(/log lines are being dropped: writing them failed \(EAGAIN/)]);
    const received = readSync(fd);
    // Writes work again once the reader has caught up: the next line, after the cut one is ended.
    log.write(line(sent));
    await nextTurn();
    const after = readSync(fd);
    const whole = received.split('\n').slice(0, -1);
    expect(after).toBe(`\n${line(sent)}`);
    expect(told[1]).toBe(`newsdesk: log writes work again; ${sent - whole.length} log line(s) were dropped\n`);
    closeSync(fd);
  });
});

/** Everything the FIFO holds. */
function readSync(fd: number): string {
  const chunks: Buffer[] = [];
  for (;;) {
    const buffer = Buffer.alloc(65_536);
    let bytes = 0;
    try {
      bytes = readFileDescriptor(fd, buffer);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
    if (bytes === 0) break;
    chunks.push(buffer.subarray(0, bytes));
  }
  return Buffer.concat(chunks).toString('utf8');
}
