import { defineConfig } from 'vitest/config';

// Files whose tests do not depend on the engine of the pass: they work on SQLite files and
// processes of their own (backups, crash recovery, a full disk, several processes on one file, a
// log on a full disk) or on no database at all. The PostgreSQL pass (TEST_DATABASE=postgres)
// leaves them out: it would only run the same thing twice.
const engineIndependent = [
  'test/backup.test.ts',
  'test/browser.test.ts',
  'test/concurrency.test.ts',
  'test/crash.test.ts',
  'test/edges-process.test.ts',
  'test/request-id.test.ts',
  'test/search-words.test.ts',
  'test/seed-parser.test.ts',
  'test/storage.test.ts',
];

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: process.env.TEST_DATABASE === 'postgres' ? engineIndependent : [],
    globalSetup: ['test/setup/global.ts'],
    // Each file builds its own app and database; files run in parallel across the two cores.
    pool: 'forks',
    // Ceilings, not assertions: tests that start servers, CLIs and backups as child processes take
    // several times longer on a loaded machine, and a timeout there says nothing about the code.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
