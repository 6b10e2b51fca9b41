// What every command-line tool shares: one-line failures on stderr with a usage exit code, the
// validated configuration (or one line naming the bad variable), and fsync of a finished file.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { type Config, ConfigError, loadConfig } from '../config.js';

/** Exits with `message` on stderr: 2 for bad usage (the default), 1 for a failed operation. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** Makes a written file (or a directory entry, after a rename) durable. */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
