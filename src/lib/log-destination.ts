// Where the server's log lines go: a file descriptor (stdout), written synchronously, as Node
// itself writes to files and pipes on Linux. A log is never worth the process: pino's default
// destination re-emits a failed write (ENOSPC on a full disk) as an unhandled 'error', which ends
// the server. Here a line that cannot be written is dropped, the failure is reported once on
// stderr, and logging resumes by itself once writes succeed again.
//
// Lines are written together once per turn of the event loop (and at once for an error or a fatal
// line, and when the process exits): under load that is one write for many requests' lines rather
// than one each. A process killed outright loses at most the lines of the turn it was in.
import { writeSync } from 'node:fs';

const RETRY_WAIT_MS = 5;
const MAX_RETRIES = 20;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text`, waiting briefly while a non-blocking descriptor is full (EAGAIN). */
function writeAll(fd: number, text: string): void {
  let bytes: Buffer | undefined;
  let offset = 0;
  for (let retries = 0; ; ) {
    try {
      if (bytes === undefined) {
        offset = writeSync(fd, text);
        if (offset === Buffer.byteLength(text)) return;
        bytes = Buffer.from(text);
      } else {
        offset += writeSync(fd, bytes, offset);
      }
      if (offset >= bytes.length) return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || ++retries > MAX_RETRIES) {
        if (offset > 0) Object.assign(error as object, { written: (bytes ?? Buffer.from(text)).subarray(0, offset) });
        throw error;
      }
      Atomics.wait(pause, 0, 0, RETRY_WAIT_MS);
    }
  }
}

/** Lines held this long at most (bytes) before they are written within the turn. */
const MAX_PENDING = 64 * 1024;
/** pino's lines begin with their level: 50 is error, 60 fatal. */
const isUrgent = (line: string) => line.startsWith('{"level":5') || line.startsWith('{"level":6');

const open = new Set<{ flush: () => void }>();
let flushingAtExit = false;

export function logDestination(
  fd: number,
  report: (message: string) => void = (message) => void writeSync(2, message),
): { write: (line: string) => void; flush: () => void } {
  let failing = false;
  let dropped = 0;
  let cutMidLine = false;
  let pending: string[] = [];
  let pendingBytes = 0;
  let scheduled = false;
  const tell = (message: string) => {
    try {
      report(`${message}\n`);
    } catch {
      // stderr fails too: there is no one left to tell.
    }
  };
  function flush(): void {
    scheduled = false;
    if (pending.length === 0) return;
    const lines = pending.length;
    const text = pending.length === 1 ? pending[0]! : pending.join('');
    pending = [];
    pendingBytes = 0;
    writeLines(text, lines);
  }
  function writeLines(text: string, lines: number): void {
    // A line cut off by the failure is ended first, so the next one parses on its own.
    const endsCutLine = cutMidLine;
    try {
      writeAll(fd, endsCutLine ? `\n${text}` : text);
      cutMidLine = false;
      if (failing) {
        failing = false;
        tell(`newsdesk: log writes work again; ${dropped} log line(s) were dropped`);
        dropped = 0;
      }
    } catch (error) {
      // The lines written whole before the failure are not dropped; one cut midway is.
      const written = (error as { written?: Buffer }).written;
      const newlines = written ? written.toString('latin1').split('\n').length - 1 : 0;
      const whole = endsCutLine && newlines > 0 ? newlines - 1 : newlines;
      dropped += lines - whole;
      cutMidLine ||= written !== undefined && written.at(-1) !== 0x0a;
      if (!failing) {
        failing = true;
        tell(`newsdesk: log lines are being dropped: writing them failed (${(error as Error).message})`);
      }
    }
  }
  const destination = {
    write(line: string): void {
      pending.push(line);
      pendingBytes += line.length;
      if (isUrgent(line) || pendingBytes >= MAX_PENDING || flushingAtExit) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
  open.add(destination);
  return destination;
}

// What is still held is written when the process ends (an exit, or the end of the event loop).
process.on('exit', () => {
  flushingAtExit = true;
  for (const destination of open) destination.flush();
});
