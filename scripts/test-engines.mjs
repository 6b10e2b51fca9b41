// The suite of `npm test`, on both engines at once: the SQLite pass (`vitest run`) prints as it
// goes; the PostgreSQL pass (TEST_DATABASE=postgres, see test-postgres.mjs) runs beside it and
// prints when it is done, so the two never interleave. Most tests wait on sockets, child
// processes and timers rather than the CPU, so the two passes together take little longer than
// the longer one alone. Exits non-zero when either fails. Without PostgreSQL installed, the
// PostgreSQL pass says so and is skipped, unless REQUIRE_POSTGRES=1 (as .ci/run sets).
// Arguments (test files, vitest options) go to both passes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const args = process.argv.slice(2);

function run(command, commandArgs, env, capture) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...commandArgs], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const chunks = [];
    if (capture) {
      child.stdout.on('data', (chunk) => chunks.push(chunk));
      child.stderr.on('data', (chunk) => chunks.push(chunk));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks) }));
  });
}

const started = Date.now();
// Tests that start the compiled server build dist/ first: done once here, not by both passes at once.
const built = await run(
  join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
  ['-p', 'tsconfig.build.json'],
  {},
  false,
);
if (built.code !== 0) process.exit(built.code);
const env = { NEWSDESK_BUILT: root };
const postgres = run(join(root, 'scripts', 'test-postgres.mjs'), args, env, true);
const sqlite = await run(vitest, ['run', ...args], env, false);
process.stdout.write('\n──────── the PostgreSQL pass (run beside the SQLite pass above) ────────\n\n');
const pg = await postgres;
process.stdout.write(pg.output);
const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(
  `\nSQLite pass: ${sqlite.code === 0 ? 'passed' : 'FAILED'}; PostgreSQL pass: ${pg.code === 0 ? 'passed (or skipped, see above)' : 'FAILED'}; both in ${seconds} s\n`,
);
process.exit(sqlite.code !== 0 ? sqlite.code : pg.code);
