// Runs one of Newsdesk's CLIs (src/cli/NAME.ts) as its own process against a database file, as an
// operator would: through `npm run NAME --` when `viaNpm`, else straight through tsx (faster).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { root } from './server-process.js';

export type CliResult = { code: number; stdout: string; stderr: string };

export function runCli(
  name: string,
  args: string[],
  env: Record<string, string>,
  { viaNpm = false } = {},
): Promise<CliResult> {
  const [command, commandArgs] = viaNpm
    ? ['npm', ['run', '-s', name, '--', ...args]]
    : [join(root, 'node_modules/.bin/tsx'), [`src/cli/${name}.ts`, ...args]];
  return new Promise((resolve) => {
    execFile(
      command,
      commandArgs,
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
