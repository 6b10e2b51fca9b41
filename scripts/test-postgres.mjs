// The second half of `npm test`: the whole suite again, on PostgreSQL (TEST_DATABASE=postgres;
// test/setup/global.ts starts a throwaway server). Without PostgreSQL installed it says so and
// stops, unless REQUIRE_POSTGRES=1 (as .ci/run sets), where a missing PostgreSQL is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const debian = '/usr/lib/postgresql';
const installed =
  (existsSync(debian) && readdirSync(debian).some((version) => existsSync(join(debian, version, 'bin', 'pg_ctl')))) ||
  spawnSync('sh', ['-c', 'command -v pg_ctl'], { stdio: 'ignore' }).status === 0;
if (!installed) {
  const message = 'PostgreSQL is not installed (apt-get install -y postgresql): the suite did not run on PostgreSQL';
  if (process.env.REQUIRE_POSTGRES === '1') {
    process.stderr.write(`FAILED: ${message}\n`);
    process.exit(1);
  }
  process.stderr.write(`\n*** SKIPPED: ${message} ***\n\n`);
  process.exit(0);
}
const vitest = join(import.meta.dirname, '..', 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE: 'postgres' },
});
process.exit(result.status ?? 1);
