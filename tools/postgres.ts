// A throwaway PostgreSQL cluster, for the test suite and the bench: initdb into a temporary
// directory, started on a free loopback port (as the `postgres` user when run as root, since
// PostgreSQL refuses to), and removed afterwards. By default tuned for tests, not durability
// (fsync off): the server process of a test may die, PostgreSQL itself does not. The bench asks
// for `durable` (PostgreSQL's defaults: fsync, full page writes, synchronous commit) so that its
// writes cost what they cost in production.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './processes.js';

/** Debian's binaries (postgresql-15), else whatever pg_ctl is on PATH. */
export function postgresBin(): string | undefined {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name) && Number(name) >= 15)
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions)
      if (existsSync(join(debian, version, 'bin', 'pg_ctl'))) return join(debian, version, 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  return found ? join(found, '..') : undefined;
}

export type Cluster = {
  url: (database: string) => string;
  /** Stops the server (immediate shutdown) and removes its directory; safe to call twice. */
  stop: () => void;
  /** The postmaster and every process it has started so far (backends started later are its children). */
  pids: () => number[];
  /** Shuts the server down cleanly, copies its data directory to `target` (for `template`), and starts it again. */
  saveTo: (target: string) => void;
};

export type ClusterOptions = {
  /** PostgreSQL's own durability settings instead of the tests' fsync=off (default false). */
  durable?: boolean;
  /** More server settings (`-c name=value`). */
  settings?: Record<string, string | number>;
  /** A data directory saved by `saveTo`, copied instead of running initdb. */
  template?: string;
};

/** cp -a (ownership and modes kept: the data directory belongs to `postgres`), cloned where the file system can. */
const copyTree = (from: string, to: string) => execFileSync('cp', ['-a', '--reflink=auto', from, to]);

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const data = join(dir, 'data');
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(join(data, 'postmaster.pid'))) run('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    if (asRoot)
      chownSync(
        dir,
        Number(execFileSync('id', ['-u', 'postgres']).toString()),
        Number(execFileSync('id', ['-g', 'postgres']).toString()),
      );
    const port = await freePort();
    if (options.template) copyTree(options.template, data);
    else run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
    const settings: Record<string, string | number> = {
      listen_addresses: '127.0.0.1',
      ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
      max_connections: 300,
      ...options.settings,
    };
    const flags = Object.entries(settings)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' ');
    const start = () =>
      run('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} ${flags}`, 'start']);
    start();
    return {
      url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
      stop,
      pids: () => {
        const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        const children = readdirSync('/proc')
          .filter((name) => /^\d+$/.test(name))
          .filter((name) => {
            try {
              // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, not ')'.
              const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
              return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
            } catch {
              return false;
            }
          })
          .map(Number);
        return [postmaster, ...children];
      },
      saveTo: (target) => {
        run('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']);
        rmSync(`${target}.tmp`, { recursive: true, force: true });
        copyTree(data, `${target}.tmp`);
        rmSync(target, { recursive: true, force: true });
        renameSync(`${target}.tmp`, target);
        start();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Runs one statement on a database of the cluster. */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
