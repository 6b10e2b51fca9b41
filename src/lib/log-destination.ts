// Where the server's log lines go: a file descriptor (stdout), written synchronously, as Node
// itself writes to files and pipes on Linux. A log is never worth the process: pino's default
// destination re-emits a failed write (ENOSPC on a full disk) as an unhandled 'error', which ends
// the server. Here a line that cannot be written is dropped, the failure is reported once on
// stderr, and logging resumes by itself once writes succeed again.
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
        if (offset > 0) (error as { partial?: boolean }).partial = true;
        throw error;
      }
      Atomics.wait(pause, 0, 0, RETRY_WAIT_MS);
    }
  }
}

export function logDestination(
  fd: number,
  report: (message: string) => void = (message) => void writeSync(2, message),
): { write: (line: string) => void } {
  let failing = false;
  let dropped = 0;
  let cutMidLine = false;
  const tell = (message: string) => {
    try {
      report(`${message}\n`);
    } catch {
      // stderr fails too: there is no one left to tell.
    }
  };
  return {
    write(line: string): void {
      try {
        // A line cut off by the failure is ended first, so the next one parses on its own.
        writeAll(fd, cutMidLine ? `\n${line}` : line);
        cutMidLine = false;
        if (failing) {
          failing = false;
          tell(`newsdesk: log writes work again; ${dropped} log line(s) were dropped`);
          dropped = 0;
        }
      } catch (error) {
        dropped += 1;
        cutMidLine ||= (error as { partial?: boolean }).partial === true;
        if (!failing) {
          failing = true;
          tell(`newsdesk: log lines are being dropped: writing them failed (${(error as Error).message})`);
        }
      }
    },
  };
}
