// What the test suite and the bench share for running the real server as a child process: a
// free loopback port, `npm run build`, and the node arguments `npm start` runs it with.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The node arguments `npm start` runs the compiled server with (the command after its build). */
export function startArguments(): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts
    .start;
  const words = start.split('&&').at(-1)!.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`the start script should end with a node command: ${start}`);
  return words.slice(1);
}

/** `npm run build`: what `npm start` does before it starts node. Skipped when the test runner
 *  has just built this tree (NEWSDESK_BUILT names it): its two passes run at once, and two
 *  compilers writing dist/ together could leave a half-written file for a server to start. */
export const build = (): void => {
  if (process.env.NEWSDESK_BUILT === root) return;
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
};
