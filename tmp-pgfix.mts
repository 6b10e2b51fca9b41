import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { adminQuery, postgresBin, startCluster } from './test/helpers/postgres.ts';

const cluster = await startCluster();
try {
  await adminQuery(cluster.url('postgres'), 'create database old');
  execFileSync('npx', ['tsx', 'make-fixture.mts', 'postgres', cluster.url('old'), '/tmp/fixture/postgres.json'], {
    cwd: '/tmp/oldmain',
    stdio: 'inherit',
  });
  const dump = execFileSync(
    `${postgresBin()}/pg_dump`,
    ['--inserts', '--no-owner', '--no-privileges', '--no-comments', cluster.url('old')],
    { maxBuffer: 1 << 28 },
  ).toString();
  writeFileSync('/tmp/fixture/postgres.sql', dump);
} finally {
  cluster.stop();
}
