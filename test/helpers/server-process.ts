// Starts the real server (src/server.ts) as a child process, as `npm start` does.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, freePort, root, startArguments } from '../../tools/processes.js';

const tsx = join(root, 'node_modules/.bin/tsx');

export { build, freePort, root, startArguments };

export const tempDir = (prefix = 'newsdesk-') => mkdtempSync(join(tmpdir(), prefix));

export type StartOptions = { waitForHealth?: boolean; inProcess?: boolean; compiled?: boolean; stdout?: number };

export type ServerProcess = {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
};

/**
 * `inProcess` runs the server in the spawned process itself (`node --import tsx`) instead of under
 * the tsx CLI, which starts the server as a grandchild: a signal then reaches the server directly,
 * and SIGKILL (which the CLI cannot relay) really kills it. `compiled` runs `npm start`'s node
 * command on dist/ (after `build()`), also in the spawned process. `stdout`, a file descriptor,
 * takes the server's stdout (its log) instead of `output()`.
 */
export async function startServer(
  env: Record<string, string>,
  { waitForHealth = true, inProcess = false, compiled = false, stdout }: StartOptions = {},
): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const [command, args] = compiled
    ? [process.execPath, startArguments()]
    : inProcess
      ? [process.execPath, ['--import', 'tsx', 'src/server.ts']]
      : [tsx, ['src/server.ts']];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', SHUTDOWN_DRAIN_MS: '100', ...env },
    stdio: ['ignore', stdout ?? 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  if (waitForHealth) {
    // A ceiling: a first start (migrations, the seed) on a loaded machine can take a while.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}): ${output}`);
      const healthy = await fetch(`${baseUrl}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (healthy) break;
      if (Date.now() > deadline) throw new Error(`server did not become healthy: ${output}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  return { child, baseUrl, output: () => output, exited };
}
