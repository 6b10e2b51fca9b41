// `npm run bench [-- --articles 10000 --duration 5 --connections 10 --seed 1 --q ceasefire --database sqlite --warmup 10 --rounds 8]`
// (a run past 10,000 articles also sets every read beside bench/results/articles-10000.json)
// `--database postgres` runs the same on a throwaway local PostgreSQL server (tools/postgres.ts),
// beside bench/baseline-postgres.ts; it writes bench/results/postgres-*.json.
//
// Loopback only, bounded, and it cleans up after itself. It
//  1. builds (or reuses, from bench/.cache/) a synthetic corpus of N articles (tools/synthetic/corpus.ts)
//     and works on a copy of it in a temp dir, with an editor token made by the token service;
//     on PostgreSQL the cache is a cluster's data directory, copied into a temp dir and started
//     there (durable settings: PostgreSQL's defaults), then stopped and removed at the end;
//  2. compiles the servers (`npm run build`) and starts, one at a time, each as a child process
//     pinned to core 0 (`taskset -c 0`, when available) while this process, the load generator
//     (autocannon), runs on core 1 (PostgreSQL's processes are pinned to core 0 too: the database
//     shares the server's core, as SQLite does inside it):
//       (a) bare Fastify GET /                         bench/baseline-bare.ts
//       (b) hand-written Fastify + better-sqlite3      bench/baseline-sqlite.ts
//           (or Fastify + pg, on PostgreSQL)           bench/baseline-postgres.ts
//       (c) Newsdesk itself, with `npm start`'s node arguments   src/server.ts
//     Each server's stdout goes to a file beside the copy (as a production log would): Newsdesk
//     runs at its default LOG_LEVEL, so its access line per request is written and paid for.
//  3. warms each server up on its first endpoint for --warmup seconds (10; the req/s of each
//     second is kept), then measures every endpoint 3 times (after a 1 s warm-up of its own) and
//     reports the median req/s, p50 and p99, and the server's peak RSS (VmRSS from /proc, sampled
//     every 100 ms);
//     Then the hand-written server is started again beside Newsdesk, and by-slug, the list and the
//     search page (against the hand-written page) are measured in turn on both, in 2 s windows,
//     --rounds times (8): the median of the per-round
//     ratios, taken under the same conditions, beside the ratio of the sequential medians;
//     the writes (POST /v1/articles) are measured last, once every read has run over the corpus
//     as it was generated;
//  4. prints a table (each read beside its hand-written counterpart), the ratios the issue sets
//     targets for, a Markdown table for the README, and writes bench/results/latest.json.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { testConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { type DatabaseTarget, openEngine } from '../src/db/open.js';
import { createLinks } from '../src/lib/links.js';
import { createTokenForUserNamed } from '../src/modules/tokens/index.js';
import { adminQuery, type Cluster, postgresBin, startCluster } from '../tools/postgres.js';
import { build, freePort, startArguments } from '../tools/processes.js';
import { type CopyResult, copyCorpus } from '../tools/synthetic/copy.js';
import { type CorpusResult, generateCorpus } from '../tools/synthetic/corpus.js';
import { openBulkContext } from '../tools/synthetic/open.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, 'bench/.cache');
const resultsDir = join(root, 'bench/results');

// ---- Arguments ----

type Args = {
  articles: number;
  duration: number;
  connections: number;
  seed: number;
  q: string;
  slugs: number;
  depth: number;
  database: 'sqlite' | 'postgres';
  /** Seconds each server is loaded on its first endpoint before anything is measured. */
  warmup: number;
  /** Rounds of the interleaved comparison (by-slug, the list and the search page, each server in turn). */
  rounds: number;
};

function parseArgs(argv: string[]): Args {
  const args: Args = {
    articles: 10_000,
    duration: 5,
    connections: 10,
    seed: 1,
    q: 'ceasefire',
    slugs: 200,
    depth: 4_000,
    database: 'sqlite',
    warmup: 10,
    rounds: 8,
  };
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!match || !(match[1]! in args))
      throw new Error(
        `unknown argument '${argv[i]}' (options: ${Object.keys(args)
          .map((name) => `--${name}`)
          .join(', ')})`,
      );
    const name = match[1] as keyof Args;
    const raw = match[2] ?? argv[++i];
    if (raw === undefined) throw new Error(`--${name} needs a value`);
    if (name === 'q') args.q = raw;
    else if (name === 'database') {
      if (raw !== 'sqlite' && raw !== 'postgres') throw new Error(`--database is sqlite or postgres, got '${raw}'`);
      args.database = raw;
    } else {
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got '${raw}'`);
      args[name] = value;
    }
  }
  if (args.duration > 60) throw new Error('--duration is capped at 60 s per run');
  if (args.warmup > 60) throw new Error('--warmup is capped at 60 s per server');
  if (args.rounds > 30) throw new Error('--rounds is capped at 30');
  return args;
}

// ---- Processes ----

const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return cpus().length >= 2;
  } catch {
    return false;
  }
})();

const children = new Set<ChildProcess>();

type Server = { name: string; child: ChildProcess; pid: number; baseUrl: string; output: () => string };

/** `node <args>` on compiled code (`npm run build`), pinned to core 0 (taskset execs node: the
 *  pid is the server's). */
let logDir = tmpdir();

async function startServer(
  name: string,
  nodeArgs: string[],
  env: Record<string, string>,
  readyPath: string,
): Promise<Server> {
  const port = await freePort();
  const logPath = join(logDir, `${name}.log`);
  const log = openSync(logPath, 'w');
  const [command, args] = hasTaskset
    ? ['taskset', ['-c', '0', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', log, 'pipe'],
  });
  closeSync(log);
  children.add(child);
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const output = () => `${errors}${readFileSync(logPath, 'utf8').slice(-8_000)}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early (${child.exitCode}):\n${output()}`);
    if (
      await fetch(baseUrl + readyPath).then(
        (response) => response.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`${name} did not answer ${readyPath} within 60 s:\n${output()}`);
    await sleep(100);
  }
  return { name, child, pid: child.pid!, baseUrl, output };
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

function killAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Peak VmRSS of a process while `work` runs. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ value: T; peakMiB: number }> {
  let peak = 0;
  const sample = () => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // not Linux, or the process is gone
    }
  };
  sample();
  const timer = setInterval(sample, 100);
  try {
    const value = await work();
    sample();
    return { value, peakMiB: peak };
  } finally {
    clearInterval(timer);
  }
}

// ---- Corpus ----

/** Corpora are cached per size and seed, and per version of the code that shapes them. */
function corpusKey(args: Args): string {
  const hash = createHash('sha1');
  // What the rows are made of, and how the file is laid out (client.ts sets its page size).
  for (const file of [
    'tools/synthetic/corpus.ts',
    'tools/synthetic/words.ts',
    'src/modules/articles/body.ts',
    'src/db/sqlite/engine.ts',
    // What a search entry holds.
    'src/db/search-entry.ts',
    'src/db/sqlite/search.ts',
  ])
    hash.update(readFileSync(join(root, file)));
  for (const engine of ['sqlite', 'postgres'])
    for (const file of readdirSync(join(root, 'migrations', engine))
      .filter((name) => name.endsWith('.sql'))
      .sort())
      hash.update(readFileSync(join(root, 'migrations', engine, file)));
  return `corpus-${args.articles}-seed${args.seed}-${hash.digest('hex').slice(0, 10)}`;
}

type CorpusInfo = {
  file: string;
  cached: boolean;
  generation: CorpusResult;
  /** On PostgreSQL: copying the SQLite corpus in (its rows, then its search index rebuilt). */
  load?: CopyResult & { ms: number };
};

async function corpus(args: Args): Promise<CorpusInfo> {
  mkdirSync(cacheDir, { recursive: true });
  const key = corpusKey(args);
  const file = join(cacheDir, `${key}.db`);
  const meta = join(cacheDir, `${key}.json`);
  if (existsSync(file) && existsSync(meta))
    return { file, cached: true, generation: JSON.parse(readFileSync(meta, 'utf8')) };

  const temp = mkdtempSync(join(tmpdir(), 'newsdesk-corpus-'));
  try {
    const { ctx, close } = await openBulkContext({ kind: 'sqlite', path: join(temp, 'corpus.db') });
    process.stderr.write(`bench: generating ${args.articles} articles (seed ${args.seed})… `);
    const generation = await generateCorpus(ctx, {
      articles: args.articles,
      seed: args.seed,
      onProgress: (done, total) => done % 10_000 === 0 && done < total && process.stderr.write(`${done / 1000}k `),
    });
    process.stderr.write(`done in ${(generation.ms / 1000).toFixed(1)} s\n`);
    await close();
    // Older corpora of the same size are superseded.
    for (const name of readdirSync(cacheDir))
      if (name.startsWith(`corpus-${args.articles}-seed${args.seed}-`)) rmSync(join(cacheDir, name), { force: true });
    copyFileSync(join(temp, 'corpus.db'), `${file}.tmp`, constants.COPYFILE_FICLONE);
    renameSync(`${file}.tmp`, file);
    writeFileSync(meta, JSON.stringify(generation, null, 2));
    return { file, cached: false, generation };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** On PostgreSQL: the corpus lives in a cluster's data directory, cached per SQLite corpus (it is
 *  a copy of it), PostgreSQL version, and version of the code that loads and indexes it. */
function postgresCorpusKey(args: Args, sqliteCorpus: CorpusInfo, serverVersion: string): string {
  const hash = createHash('sha1')
    .update(corpusKey(args))
    .update(JSON.stringify(sqliteCorpus.generation))
    .update(serverVersion);
  for (const file of [
    'tools/synthetic/copy.ts',
    'src/db/search-rebuild.ts',
    'src/db/search-vocabulary.ts',
    'src/db/postgres/engine.ts',
    'src/db/postgres/schema.ts',
    'src/db/postgres/search.ts',
  ])
    hash.update(readFileSync(join(root, file)));
  const migrations = join(root, 'migrations/postgres');
  for (const file of readdirSync(migrations)
    .filter((name) => name.endsWith('.sql'))
    .sort())
    hash.update(readFileSync(join(migrations, file)));
  return `pg-corpus-${args.articles}-seed${args.seed}-${hash.digest('hex').slice(0, 10)}`;
}

/** The bench's PostgreSQL: a local server with its defaults (durable: fsync, full-page writes,
 *  synchronous commit), on loopback. */
const POSTGRES_SETTINGS = { max_connections: 100 };

/**
 * Starts a throwaway cluster holding the corpus: a copy of the cached data directory, or a new
 * one the SQLite corpus is copied into (tools/synthetic/copy.ts: the same rows, the search index
 * rebuilt by PostgreSQL's own code) and then saved to the cache. `onCluster` learns of the
 * cluster as soon as it runs, so a failure later still stops it.
 */
async function postgresCorpus(
  args: Args,
  sqliteCorpus: CorpusInfo,
  runDir: string,
  onCluster: (cluster: Cluster) => void,
): Promise<{ url: string; info: CorpusInfo }> {
  const version = execFileSync(join(postgresBinOrFail(), 'postgres'), ['--version'], { encoding: 'utf8' }).trim();
  const key = postgresCorpusKey(args, sqliteCorpus, version);
  const dir = join(cacheDir, key);
  const meta = join(cacheDir, `${key}.json`);
  const cached = existsSync(dir) && existsSync(meta);
  const cluster = await startCluster({
    durable: true,
    settings: POSTGRES_SETTINGS,
    ...(cached ? { template: dir } : {}),
  });
  onCluster(cluster);
  const url = cluster.url('newsdesk');
  if (cached)
    return { url, info: { ...sqliteCorpus, file: dir, cached: true, ...JSON.parse(readFileSync(meta, 'utf8')) } };

  const started = performance.now();
  process.stderr.write(`bench: copying the ${args.articles}-article corpus into PostgreSQL… `);
  await adminQuery(cluster.url('postgres'), 'create database newsdesk');
  // Read from a copy: opening a file (migrations, WAL) must not touch the cached one.
  const copyFile = join(runDir, 'corpus.db');
  copyFileSync(sqliteCorpus.file, copyFile, constants.COPYFILE_FICLONE);
  const from = await openEngine({ kind: 'sqlite', path: copyFile });
  const to = await openEngine({ kind: 'postgres', url });
  let copy: CopyResult;
  try {
    copy = await copyCorpus(from, to);
  } finally {
    await Promise.all([from.close(), to.close()]);
    rmSync(copyFile, { force: true });
  }
  // As autovacuum would leave it a minute later (the cache is saved at once): planner statistics
  // for every table, and a visibility map for index-only scans. Without them the planner guesses
  // (e.g. a hash join over every article for a page of 20).
  await adminQuery(url, 'vacuum (analyze)');
  const load = { ...copy, ms: Math.round(performance.now() - started) };
  process.stderr.write(
    `done in ${(load.ms / 1000).toFixed(1)} s (${load.rows} rows in ${(copy.copyMs / 1000).toFixed(1)} s, search index ${(copy.searchMs / 1000).toFixed(1)} s)\n`,
  );
  // Older corpora of the same size are superseded.
  for (const name of readdirSync(cacheDir))
    if (name.startsWith(`pg-corpus-${args.articles}-seed${args.seed}-`))
      rmSync(join(cacheDir, name), { recursive: true, force: true });
  cluster.saveTo(dir);
  writeFileSync(meta, JSON.stringify({ load }, null, 2));
  return { url, info: { ...sqliteCorpus, file: dir, cached: false, load } };
}

function postgresBinOrFail(): string {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  return bin;
}

/** What a cluster's processes hold in memory: the sum of their proportional set sizes (shared
 *  buffers counted once, not once per backend). */
function clusterPssMiB(cluster: Cluster): number {
  let kB = 0;
  for (const pid of cluster.pids()) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (match) kB += Number(match[1]);
    } catch {
      // gone, or not Linux
    }
  }
  return round(kB / 1024);
}

// ---- Measuring ----

/** The hand-written endpoints a Newsdesk read is set beside: one article, or a page of 20. */
const HAND_WRITTEN = { one: 'hand-written GET /articles/{slug}', page: 'hand-written GET /articles (20)' } as const;

/** The query shapes search is measured on, each a page of 20 by relevance (the corpus's
 *  newsmakers give the names, spellings and the phrase: tools/synthetic/words.ts). */
const SEARCH_SHAPES = [
  { shape: 'rare word', q: 'bormardre' },
  { shape: 'word in most articles', q: 'the' },
  { shape: 'two words', q: 'ceasefire talks' },
  { shape: 'phrase', q: '"volodymyr zelensky"' },
  { shape: 'Cyrillic', q: 'київ' },
  { shape: 'prefix', q: 'negotia' },
  { shape: 'misspelt name', q: 'zelenksy' },
] as const;
const searchPath = (q: string) => `/v1/articles?q=${encodeURIComponent(q)}&limit=20`;
const shapeName = (shape: string, q: string) => `search ${shape}: q=${q}`;

type Scenario = {
  name: string;
  server: Server;
  expect: '2xx' | '3xx';
  /** A read's hand-written counterpart, for its ratio column. */
  handWritten?: keyof typeof HAND_WRITTEN;
  options: Omit<autocannon.Options, 'url' | 'duration' | 'connections'>;
};

type Measurement = {
  endpoint: string;
  server: string;
  handWritten?: keyof typeof HAND_WRITTEN;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  rssMiB: number;
  bytesPerResponse: number;
  unexpected: number;
  runs: { reqPerSec: number; p50Ms: number; p99Ms: number }[];
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

type Run = { result: autocannon.Result; p50: number; p99: number };

/** autocannon's histogram keeps whole milliseconds; percentiles come from each response's own time. */
function fire(scenario: Scenario, args: Args, duration: number, onResponse?: () => void): Promise<Run> {
  return new Promise((done, fail) => {
    const times: number[] = [];
    const instance = autocannon(
      { url: scenario.server.baseUrl, connections: args.connections, duration, ...scenario.options },
      (error, result) => {
        if (error) return fail(error);
        const sorted = Float64Array.from(times).sort();
        const at = (p: number) =>
          sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
        done({ result, p50: at(0.5), p99: at(0.99) });
      },
    );
    // Emitted as (client, statusCode, bytes, responseTime in ms, as a float).
    instance.on('response', (...event: unknown[]) => {
      times.push(event[event.length - 1] as number);
      onResponse?.();
    });
  });
}

/** Requests per second in each second of a server's warm-up, by server. */
type WarmUps = Record<string, number[]>;

/**
 * Loads a fresh server with its first endpoint for `args.warmup` seconds before anything is
 * measured, so that every server is measured in its steady state: a small server is there within
 * a second, a large one only after V8 has optimised its request path over thousands of calls
 * (README, Performance). The other endpoints share that path; each still has its own 1 s warm-up.
 * Returns the req/s of each second.
 */
async function warmUp(scenario: Scenario, args: Args): Promise<number[]> {
  const perSecond: number[] = [];
  let answered = 0;
  const second = setInterval(() => {
    perSecond.push(answered);
    answered = 0;
  }, 1000);
  try {
    await fire(scenario, args, args.warmup, () => void answered++);
  } finally {
    clearInterval(second);
  }
  process.stderr.write(
    `bench: ${scenario.server.name} warmed up for ${args.warmup} s on ${scenario.name}: ${perSecond.join(' ')} req/s\n`,
  );
  return perSecond;
}

async function measure(scenario: Scenario, args: Args): Promise<Measurement> {
  await fire(scenario, args, 1); // the endpoint's own warm-up: its statement, its pages
  const { value: runs, peakMiB } = await withPeakRss(scenario.server.pid, async () => {
    const out: Run[] = [];
    for (let i = 0; i < 3; i++) out.push(await fire(scenario, args, args.duration));
    return out;
  });
  const results = runs.map((run) => run.result);
  const unexpected = results.reduce(
    (sum, run) =>
      sum +
      run.errors +
      run.timeouts +
      (run['1xx'] + run['2xx'] + run['3xx'] + run['4xx'] + run['5xx'] - run[scenario.expect]),
    0,
  );
  const responses = results.reduce((sum, run) => sum + run.requests.total, 0);
  const bytes = results.reduce((sum, run) => sum + run.throughput.total, 0);
  const measurement: Measurement = {
    endpoint: scenario.name,
    server: scenario.server.name,
    ...(scenario.handWritten ? { handWritten: scenario.handWritten } : {}),
    reqPerSec: Math.round(median(results.map((run) => run.requests.average))),
    p50Ms: round(median(runs.map((run) => run.p50)), 2),
    p99Ms: round(median(runs.map((run) => run.p99)), 2),
    rssMiB: round(peakMiB),
    bytesPerResponse: responses > 0 ? Math.round(bytes / responses) : 0,
    unexpected,
    runs: runs.map((run) => ({
      reqPerSec: Math.round(run.result.requests.average),
      p50Ms: round(run.p50, 3),
      p99Ms: round(run.p99, 3),
    })),
  };
  process.stderr.write(
    `bench: ${scenario.name.padEnd(44)} ${String(measurement.reqPerSec).padStart(7)} req/s  p50 ${measurement.p50Ms} ms  p99 ${measurement.p99Ms} ms  RSS ${measurement.rssMiB} MiB${unexpected ? `  (${unexpected} unexpected answers!)` : ''}\n`,
  );
  return measurement;
}

/** A read of Newsdesk and its hand-written counterpart, measured in turn (see `interleave`). */
type Pair = { name: string; ours: Scenario; theirs: Scenario };
type Interleaved = {
  endpoint: string;
  /** Newsdesk's req/s over the hand-written server's, one per round, and their median. */
  ratios: number[];
  median: number;
  oursReqPerSec: number[];
  theirsReqPerSec: number[];
};
const WINDOW_S = 2;

/**
 * Both servers running side by side (on the same core), each pair's two loaded in turn for
 * WINDOW_S seconds, in alternating order, `args.rounds` times after one round discarded. A
 * ratio of two sequential measurements moves with whatever this machine does in between (its
 * speed changes by up to 2× from one minute to the next); the median of per-round ratios
 * compares the two under the same conditions.
 */
async function interleave(pairs: Pair[], args: Args): Promise<Interleaved[]> {
  const out = pairs.map((pair) => ({ pair, ratios: [] as number[], ours: [] as number[], theirs: [] as number[] }));
  for (let round = 0; round <= args.rounds; round++)
    for (const entry of out) {
      const order = round % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const);
      const rps = { ours: 0, theirs: 0 };
      for (const side of order) rps[side] = (await fire(entry.pair[side], args, WINDOW_S)).result.requests.average;
      if (round === 0) continue; // both sides' first window after the other server ran: discarded
      entry.ours.push(rps.ours);
      entry.theirs.push(rps.theirs);
      entry.ratios.push(rps.ours / rps.theirs);
    }
  return out.map(({ pair, ratios, ours, theirs }) => {
    const result = {
      endpoint: pair.name,
      ratios: ratios.map((value) => round(value, 3)),
      median: round(median(ratios), 3),
      oursReqPerSec: ours.map(Math.round),
      theirsReqPerSec: theirs.map(Math.round),
    };
    process.stderr.write(
      `bench: interleaved ${pair.name}: ratio ${result.median} (rounds ${result.ratios.join(' ')})\n`,
    );
    return result;
  });
}

// ---- Main ----

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  const onPostgres = args.database === 'postgres';
  // PostgreSQL's corpus is a copy of SQLite's.
  const sqliteCorpus = await corpus(args);
  // The servers run compiled, as `npm start` runs Newsdesk.
  build();

  // Work on a copy: the token and the POST run must not change the cached corpus.
  const runDir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  logDir = runDir;
  const dbFile = join(runDir, 'newsdesk.db');
  let current: Server | undefined;
  let cluster: Cluster | undefined;
  const cleanup = () => {
    killAll();
    try {
      cluster?.stop();
    } finally {
      rmSync(runDir, { recursive: true, force: true });
    }
  };
  const exitAfterCleanup = (code: number) => () => {
    cleanup();
    process.exit(code);
  };
  process.once('SIGINT', exitAfterCleanup(130));
  process.once('SIGTERM', exitAfterCleanup(143));

  try {
    let info: CorpusInfo;
    let target: DatabaseTarget;
    if (!onPostgres) {
      info = sqliteCorpus;
      copyFileSync(info.file, dbFile, constants.COPYFILE_FICLONE);
      // Written to disk before anything is measured: without it the kernel writes back the copy
      // (3 GB at 100,000 articles) while the first endpoints run, on their cores.
      const copied = openSync(dbFile, 'r+');
      fsyncSync(copied);
      closeSync(copied);
      target = { kind: 'sqlite', path: dbFile };
    } else {
      const loaded = await postgresCorpus(args, sqliteCorpus, runDir, (started) => (cluster = started));
      info = loaded.info;
      target = { kind: 'postgres', url: loaded.url };
    }
    // What the servers are given: a file path, or a postgres:// URL.
    const databaseUrl = target.kind === 'sqlite' ? target.path : target.url;
    const now = new Date().toISOString();
    const engine = await openEngine(target);
    const engineName =
      target.kind === 'sqlite'
        ? `SQLite ${(await engine.read.rows<{ v: string }>(sql`select sqlite_version() as v`))[0]!.v}`
        : `PostgreSQL ${(await engine.read.rows<{ v: string }>(sql`select current_setting('server_version') as v`))[0]!.v}`;
    const ctx = createContext(engine, () => new Date().toISOString(), createLinks(testConfig().site));
    const token = (await createTokenForUserNamed(ctx, { name: 'bench', role: 'editor' })).token;
    const visible = (
      await engine.read.rows<{ slug: string }>(
        sql`select slug from articles where status = 'published' and published_at <= ${now} order by published_sort desc, id desc`,
      )
    ).map((row) => row.slug);
    const step = Math.max(1, Math.floor(visible.length / args.slugs));
    const slugs = visible.filter((_, index) => index % step === 0).slice(0, args.slugs);
    const authorId = (await engine.read.rows<{ id: string }>(sql`select id from authors order by id limit 1`))[0]!.id;
    const imageId = (
      await engine.read.rows<{ id: string }>(
        sql`select id from images where slug like 'file-photo-%' order by id limit 1`,
      )
    )[0]?.id;
    await engine.close();

    // PostgreSQL shares the servers' core, as SQLite does inside the server: its processes now,
    // and (forked from the postmaster) every backend started later.
    if (cluster && hasTaskset)
      for (const pid of cluster.pids()) execFileSync('taskset', ['-a', '-cp', '0', String(pid)], { stdio: 'ignore' });
    // Every thread of this process (-a: V8's GC helpers and libuv's too, not only the main one),
    // so that none of the load generator's work lands on the server's core.
    if (hasTaskset) execFileSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
    const results: Measurement[] = [];
    /** PostgreSQL's memory (PSS of all its processes) at the end of each server's run. */
    const clusterMemory: ClusterMemory = {};
    const include = 'include=authors,featuredImage';
    const rotate = (path: (slug: string) => string, headers?: (slug: string) => Record<string, string>) =>
      slugs.map((slug) => ({
        method: 'GET' as const,
        path: path(slug),
        ...(headers ? { headers: headers(slug) } : {}),
      }));

    const warmUps: WarmUps = {};
    /** A server's scenarios, measured one by one once the first has warmed the server up. */
    const measureAll = async (scenarios: Scenario[]) => {
      warmUps[scenarios[0]!.server.name] = await warmUp(scenarios[0]!, args);
      for (const scenario of scenarios) results.push(await measure(scenario, args));
    };

    // (a) bare Fastify
    current = await startServer('bare', ['dist/bench/baseline-bare.js'], {}, '/');
    await measureAll([
      {
        name: 'bare Fastify GET /',
        server: current,
        expect: '2xx',
        options: { requests: [{ method: 'GET', path: '/' }] },
      },
    ]);
    await stopServer(current);

    // (b) hand-written Fastify + better-sqlite3 (or pg)
    const handWritten = (on: Server): [Scenario, Scenario] => [
      {
        name: HAND_WRITTEN.one,
        server: on,
        expect: '2xx',
        options: { requests: rotate((slug) => `/articles/${slug}`) },
      },
      {
        name: HAND_WRITTEN.page,
        server: on,
        expect: '2xx',
        options: { requests: [{ method: 'GET', path: '/articles' }] },
      },
    ];
    const startHandWritten = () =>
      startServer(
        'hand-written',
        [onPostgres ? 'dist/bench/baseline-postgres.js' : 'dist/bench/baseline-sqlite.js'],
        { DATABASE_URL: databaseUrl },
        '/articles',
      );
    current = await startHandWritten();
    await measureAll(handWritten(current));
    if (cluster) clusterMemory.handWritten = clusterPssMiB(cluster);
    await stopServer(current);

    // (c) Newsdesk
    current = await startServer(
      'newsdesk',
      startArguments(),
      {
        DATABASE_URL: databaseUrl,
        MEDIA_DIR: join(runDir, 'media'),
        SEED_ON_START: 'false',
        // The write limit (600/min by default) is a guard, not the thing measured.
        WRITE_RATE_LIMIT_PER_MINUTE: '1000000000',
      },
      '/healthz',
    );
    const server = current;
    // How many visible articles the search query matches, as the API counts them.
    const searchMatches = (
      (await (
        await fetch(`${server.baseUrl}/v1/articles?q=${encodeURIComponent(args.q)}&count=true&limit=1`)
      ).json()) as { meta: { total: number } }
    ).meta.total;
    const shapeMatches: Record<string, number> = {};
    for (const { q } of SEARCH_SHAPES)
      shapeMatches[q] = (
        (await (await fetch(`${server.baseUrl}/v1/articles?q=${encodeURIComponent(q)}&count=true&limit=1`)).json()) as {
          meta: { total: number };
        }
      ).meta.total;
    const bySlugPath = (slug: string) => `/v1/articles/${slug}?${include}`;
    const etags = new Map<string, string>();
    for (const slug of slugs) {
      const response = await fetch(server.baseUrl + bySlugPath(slug));
      const etag = response.headers.get('etag');
      await response.arrayBuffer();
      if (response.status !== 200 || !etag)
        throw new Error(`GET ${bySlugPath(slug)} answered ${response.status} without an ETag`);
      etags.set(slug, etag);
    }
    // The deep page: follow nextCursor 100 rows at a time (the API's maximum page) to the row a
    // reader paging by 20 would reach after `depth` pages, or as deep as the corpus allows.
    const listPath = `/v1/articles?limit=20&${include}`;
    const wantedRows = Math.min(args.depth * 20, Math.floor((visible.length - 20) / 100) * 100);
    let cursor: string | null = null;
    let rows = 0;
    while (rows < wantedRows) {
      const page = (await (
        await fetch(`${server.baseUrl}/v1/articles?limit=100&fields=id${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()) as { data: unknown[]; meta: { nextCursor: string | null } };
      rows += page.data.length;
      cursor = page.meta.nextCursor;
      if (!cursor) break;
    }
    const deepPath = cursor ? `${listPath}&cursor=${cursor}` : listPath;
    const deepPages = cursor ? rows / 20 : 0;

    const postBody = (n: number) =>
      JSON.stringify({
        title: `Bench article ${started.toString(36)} ${n}`,
        section: 'News',
        tags: ['bench', 'energy'],
        status: 'published',
        authorIds: [authorId],
        ...(imageId ? { featuredImageId: imageId } : {}),
        body: [
          {
            type: 'paragraph',
            text: 'Engineers worked through the night to restore power to the *eastern* districts, officials said on Tuesday.',
          },
          {
            type: 'paragraph',
            text: 'The ministry said repairs would take at least two weeks, and asked residents to limit their use of electricity during the evening peak.',
          },
          { type: 'heading', level: 2, text: 'What comes next' },
          {
            type: 'paragraph',
            text: 'Generators have been delivered to hospitals and schools; a list of heating points is [on the city website](https://example.org/heating).',
          },
        ],
      });
    let posted = 0;
    const scenarios: Scenario[] = [
      {
        name: 'GET /v1/articles/{slug}?include=…',
        server,
        expect: '2xx',
        handWritten: 'one',
        options: { requests: rotate(bySlugPath) },
      },
      {
        name: 'GET /v1/articles?limit=20&include=…',
        server,
        expect: '2xx',
        handWritten: 'page',
        options: { requests: [{ method: 'GET', path: listPath }] },
      },
      {
        name: '304 GET /v1/articles/{slug} If-None-Match',
        server,
        expect: '3xx',
        handWritten: 'one',
        options: { requests: rotate(bySlugPath, (slug) => ({ 'if-none-match': etags.get(slug)! })) },
      },
      {
        name: `GET /v1/articles?q=${args.q}&limit=20`,
        server,
        expect: '2xx',
        handWritten: 'page',
        options: { requests: [{ method: 'GET', path: `/v1/articles?q=${encodeURIComponent(args.q)}&limit=20` }] },
      },
      ...SEARCH_SHAPES.map(
        ({ shape, q }): Scenario => ({
          name: shapeName(shape, q),
          server,
          expect: '2xx',
          handWritten: 'page',
          options: { requests: [{ method: 'GET', path: searchPath(q) }] },
        }),
      ),
      {
        name: `GET /v1/articles deep page (${deepPages} pages)`,
        server,
        expect: '2xx',
        handWritten: 'page',
        options: { requests: [{ method: 'GET', path: deepPath }] },
      },
    ];
    // The writes come last: their articles are the newest, so after them the hand-written page of
    // 20 (and Newsdesk's list) would be a page of short posted articles, not of the corpus the
    // other reads ran over, and a comparison in turn against it would compare different pages.
    const write: Scenario = {
      name: 'POST /v1/articles (editor token)',
      server,
      expect: '2xx',
      options: {
        requests: [
          {
            method: 'POST',
            path: '/v1/articles',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: postBody(++posted) }),
          },
        ],
      },
    };
    await measureAll(scenarios);
    // The headline reads again, beside a hand-written server started anew and warmed up.
    const second = await startHandWritten();
    let interleaved: Interleaved[];
    try {
      const [one, page] = handWritten(second);
      await warmUp(one, args);
      interleaved = await interleave(
        [
          { name: 'by-slug', ours: scenarios[0]!, theirs: one },
          { name: 'list of 20', ours: scenarios[1]!, theirs: page },
          {
            name: 'search page',
            ours: scenarios.find((scenario) => scenario.name === `GET /v1/articles?q=${args.q}&limit=20`)!,
            theirs: page,
          },
        ],
        args,
      );
    } finally {
      await stopServer(second);
    }
    results.push(await measure(write, args));
    if (cluster) clusterMemory.newsdesk = clusterPssMiB(cluster);
    await stopServer(current);
    current = undefined;

    report({
      args,
      info,
      engineName,
      clusterMemory,
      results,
      warmUps,
      interleaved,
      searchMatches,
      shapeMatches,
      deepPages,
      visible: visible.length,
      seconds: Math.round((Date.now() - started) / 1000),
      load: [round(loadBefore, 2), round(loadavg()[0]!, 2)],
    });
  } finally {
    await stopServer(current).catch(() => undefined);
    cleanup();
  }
}

// ---- Report ----

type Ratio = { name: string; value: number; target: string; met: boolean };
type RatioOf = (name: string, value: number, target: string, met: (value: number) => boolean) => Ratio;

/** Search against the hand-written page of 20: the headline query and every shape at least half
 *  as fast, p99 within 10 ms at 10 connections, and the shapes within 2× of one another. */
function searchRatios(results: Measurement[], handWrittenPage: number, ratio: RatioOf): Ratio[] {
  const headline = results.find((result) => result.endpoint.startsWith('GET /v1/articles?q='))!;
  const shapes = results.filter((result) => result.endpoint.startsWith('search '));
  const slowest = shapes.reduce((a, b) => (b.reqPerSec < a.reqPerSec ? b : a));
  const fastest = shapes.reduce((a, b) => (b.reqPerSec > a.reqPerSec ? b : a));
  const worstP99 = shapes.reduce((a, b) => (b.p99Ms > a.p99Ms ? b : a), headline);
  const shapeOf = (result: Measurement) => result.endpoint.replace(/^search ([^:]+):.*$/, '$1');
  return [
    ratio('search page / hand-written page', headline.reqPerSec / handWrittenPage, '≥ 0.5', (v) => v >= 0.5),
    ratio(
      `slowest search shape (${shapeOf(slowest)}) / hand-written page`,
      slowest.reqPerSec / handWrittenPage,
      '≥ 0.5',
      (v) => v >= 0.5,
    ),
    ratio(
      `worst search p99 ms (${worstP99 === headline ? 'page' : shapeOf(worstP99)})`,
      worstP99.p99Ms,
      '≤ 10',
      (v) => v <= 10,
    ),
    ratio(
      `slowest / fastest search shape (${shapeOf(slowest)} / ${shapeOf(fastest)})`,
      slowest.reqPerSec / fastest.reqPerSec,
      '≥ 0.5 (within 2×)',
      (v) => v >= 0.5,
    ),
  ];
}

/** The results files of a run: the last run, and the last run at its size (the README quotes
 *  10k and 100k). SQLite's keep their names from before PostgreSQL; PostgreSQL's are prefixed. */
const resultFiles = (args: Args): { latest: string; bySize: (articles: number) => string } =>
  args.database === 'sqlite'
    ? { latest: 'latest.json', bySize: (articles) => `articles-${articles}.json` }
    : { latest: 'postgres-latest.json', bySize: (articles) => `postgres-${articles}.json` };

/** Past 10,000 articles, every read against its figure in the last 10,000-article run (same engine). */
function scaleRatios(args: Args, results: Measurement[], ratio: RatioOf): Ratio[] {
  const file = join(resultsDir, resultFiles(args).bySize(10_000));
  if (args.articles <= 10_000 || !existsSync(file)) return [];
  const base = JSON.parse(readFileSync(file, 'utf8')) as { results: Measurement[]; commit: string };
  return results
    .filter((result) => result.server === 'newsdesk' && !result.endpoint.startsWith('POST'))
    .flatMap((result) => {
      // The deep page's name holds its depth, which differs between sizes.
      const key = (endpoint: string) => endpoint.replace(/\(\d+ pages\)/, '');
      const before = base.results.find((other) => key(other.endpoint) === key(result.endpoint));
      return before
        ? [
            ratio(
              `${key(result.endpoint).trim()}: ${args.articles} / 10,000 articles (${base.commit})`,
              result.reqPerSec / before.reqPerSec,
              '≥ 0.83 (within 1.2×)',
              (v) => v >= 1 / 1.2,
            ),
          ]
        : [];
    });
}

type ClusterMemory = { handWritten?: number; newsdesk?: number };

function report(run: {
  args: Args;
  info: CorpusInfo;
  engineName: string;
  clusterMemory: ClusterMemory;
  results: Measurement[];
  warmUps: WarmUps;
  interleaved: Interleaved[];
  searchMatches: number;
  shapeMatches: Record<string, number>;
  deepPages: number;
  visible: number;
  seconds: number;
  load: [number, number];
}): void {
  const { args, info, results } = run;
  const rps = (prefix: string) => results.find((result) => result.endpoint.startsWith(prefix))?.reqPerSec ?? NaN;
  const bySlug = rps('GET /v1/articles/{slug}');
  const list = rps('GET /v1/articles?limit=20');
  const ratio = (name: string, value: number, target: string, met: (value: number) => boolean): Ratio => ({
    name,
    value: round(value, 2),
    target,
    met: met(value),
  });
  const inTurn = (name: string) => run.interleaved.find((result) => result.endpoint === name)?.median ?? NaN;
  const ratios: Ratio[] = [
    ratio('by-slug / hand-written by-slug', bySlug / rps(HAND_WRITTEN.one), '≥ 0.8', (v) => v >= 0.8),
    ratio(
      `by-slug / hand-written, in turn (median of ${args.rounds} rounds)`,
      inTurn('by-slug'),
      '≥ 0.8',
      (v) => v >= 0.8,
    ),
    ratio('list of 20 / hand-written list', list / rps(HAND_WRITTEN.page), '≥ 0.8', (v) => v >= 0.8),
    ratio(
      `list of 20 / hand-written, in turn (median of ${args.rounds} rounds)`,
      inTurn('list of 20'),
      '≥ 0.8',
      (v) => v >= 0.8,
    ),
    ratio('304 revalidation / by-slug', rps('304 ') / bySlug, '≥ 3', (v) => v >= 3),
    ...searchRatios(results, rps(HAND_WRITTEN.page), ratio),
    ratio(
      `search page / hand-written page, in turn (median of ${args.rounds} rounds)`,
      inTurn('search page'),
      '≥ 0.5',
      (v) => v >= 0.5,
    ),
    ratio(
      `deep page (${run.deepPages} pages) / first page`,
      rps('GET /v1/articles deep') / list,
      '≥ 0.83 (within 1.2×)',
      (v) => v >= 1 / 1.2,
    ),
    ratio('by-slug / bare Fastify', bySlug / rps('bare Fastify'), '(context)', () => true),
    ...scaleRatios(args, results, ratio),
  ];
  const rssPeak = Math.max(...results.filter((result) => result.server === 'newsdesk').map((result) => result.rssMiB));

  // Every read beside its hand-written counterpart: one article, or a page of 20 (search and the
  // deep page list 20 as well).
  const vsHandWritten = (result: Measurement): string =>
    result.handWritten ? String(round(result.reqPerSec / rps(HAND_WRITTEN[result.handWritten]), 2)) : '';
  const header = ['endpoint', 'req/s', '÷ hand-written', 'p50 ms', 'p99 ms', 'RSS MiB', 'bytes/resp'];
  const rows = results.map((result) => [
    `${result.endpoint}${result.unexpected ? ` (${result.unexpected} unexpected)` : ''}`,
    String(result.reqPerSec),
    vsHandWritten(result),
    String(result.p50Ms),
    String(result.p99Ms),
    String(result.rssMiB),
    String(result.bytesPerResponse),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    pinned: hasTaskset ? 'server on core 0, autocannon on core 1' : 'not pinned (no taskset or one core)',
    // Other work on the machine skews every figure: the 1-minute load average before the run and
    // at its end (the latter includes the bench's own server and load generator).
    loadAverage: run.load,
  };
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // not a git checkout
  }
  // PostgreSQL's memory is its own processes', beside the server's RSS in the table.
  const memory =
    run.clusterMemory.newsdesk === undefined
      ? ''
      : `, PostgreSQL's processes ${run.clusterMemory.handWritten} MiB PSS after the hand-written run and ${run.clusterMemory.newsdesk} MiB after Newsdesk's`;
  const setup =
    `${run.engineName}${args.database === 'postgres' ? ' (local, pinned to core 0 beside the server)' : ''}: ` +
    `${args.articles} articles (seed ${args.seed}, ${run.visible} publicly visible; generated in ${(info.generation.ms / 1000).toFixed(1)} s${info.load ? `, copied into PostgreSQL in ${(info.load.ms / 1000).toFixed(1)} s` : ''}${info.cached ? ', cached' : ''}), ` +
    `${args.connections} connections, each server warmed up for ${args.warmup} s on its first endpoint, then ${args.duration} s × 3 per endpoint (median), search q=${args.q} matches ${run.searchMatches} visible articles (shapes: ${Object.entries(
      run.shapeMatches,
    )
      .map(([q, n]) => `${q} ${n}`)
      .join(', ')}); ` +
    `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.pinned}${memory}, load average ${run.load[0]} → ${run.load[1]}; commit ${commit}`;

  const out = process.stdout;
  // The load after includes this run's own server and load generator (about 2).
  if (run.load[0] > machine.cores / 2)
    process.stderr.write(
      `bench: warning: the machine was busy before the run (load average ${run.load[0]} on ${machine.cores} cores): figures are unreliable\n`,
    );
  out.write(
    `\n${setup}\n\n${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}\n\n`,
  );
  for (const r of ratios)
    out.write(
      `${r.name.padEnd(44)} ${String(r.value).padStart(6)}   target ${r.target}${r.target === '(context)' ? '' : r.met ? '   met' : '   MISSED'}\n`,
    );
  out.write(
    `${'Newsdesk peak RSS'.padEnd(44)} ${String(rssPeak).padStart(6)}   target ≤ 150 MiB (at 100,000 articles)${rssPeak <= 150 ? '   met' : '   MISSED'}\n`,
  );

  const markdown = [
    `| endpoint | req/s | ÷ hand-written | p50 ms | p99 ms | RSS MiB |`,
    `| --- | ---: | ---: | ---: | ---: | ---: |`,
    ...results.map(
      (result) =>
        `| ${result.endpoint.replaceAll('|', '\\|')} | ${result.reqPerSec} | ${vsHandWritten(result)} | ${result.p50Ms} | ${result.p99Ms} | ${result.rssMiB} |`,
    ),
    '',
    `| ratio | value | target |`,
    `| --- | ---: | --- |`,
    ...ratios.map(
      (r) => `| ${r.name} | ${r.value} | ${r.target}${r.target === '(context)' ? '' : r.met ? ' ✅' : ' ❌'} |`,
    ),
    '',
    `_${setup}._`,
  ].join('\n');
  out.write(`\nMarkdown for the README:\n\n${markdown}\n`);

  mkdirSync(resultsDir, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    commit,
    database: args.database,
    engine: run.engineName,
    machine,
    args,
    corpus: {
      ...info.generation,
      cached: info.cached,
      visible: run.visible,
      ...(info.load ? { postgresLoad: info.load } : {}),
    },
    search: { q: args.q, matches: run.searchMatches, shapes: run.shapeMatches },
    deepPages: run.deepPages,
    warmUps: run.warmUps,
    interleaved: run.interleaved,
    results,
    ratios,
    newsdeskPeakRssMiB: rssPeak,
    ...(run.clusterMemory.newsdesk === undefined ? {} : { postgresPssMiB: run.clusterMemory }),
    seconds: run.seconds,
    markdown,
  };
  const files = resultFiles(args);
  const written = [files.latest, files.bySize(args.articles)];
  for (const name of written) {
    writeFileSync(join(resultsDir, `${name}.tmp`), `${JSON.stringify(json, null, 2)}\n`);
    renameSync(join(resultsDir, `${name}.tmp`), join(resultsDir, name));
  }
  out.write(`\nWrote bench/results/${written[0]} and bench/results/${written[1]} (${run.seconds} s in all)\n`);
}

try {
  await main();
} catch (error) {
  killAll();
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
}
