// What services need besides their input: the repositories (reads outside a transaction), a way
// to write in one, a clock, the public URLs, and a nudge for the background worker.
import type { Engine, Handle } from './db/engine.js';
import type { Links } from './lib/links.js';
import { DEFAULT_LOCALES, type Locales } from './lib/locales.js';
import { createRepositories, type Repositories } from './repositories.js';

export type Ctx = {
  engine: Engine;
  repos: Repositories;
  /** One write transaction (see Engine.transaction); `tx` reads and writes inside it. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  now: () => string;
  /** Public URLs (PUBLIC_API_URL, the site's page templates): what representations link to. */
  links: Links;
  /** The languages content is written in (LOCALES). */
  locales: Locales;
  /** Lets a write nudge the worker instead of waiting for its next poll. */
  wakeWorker?: () => void;
};

export function createContext(
  engine: Engine,
  now: () => string,
  links: Links,
  locales: Locales = DEFAULT_LOCALES,
): Ctx {
  // Repositories are made once per connection handle: SQLite's writer has one handle for the
  // server's life, a PostgreSQL transaction a handle of its own.
  const byHandle = new WeakMap<Handle, Repositories>();
  const reposOf = (handle: Handle) => {
    let repos = byHandle.get(handle);
    if (!repos) {
      repos = createRepositories(handle);
      byHandle.set(handle, repos);
    }
    return repos;
  };
  return {
    engine,
    repos: reposOf(engine.read),
    transaction: (work) => engine.transaction((handle) => work(reposOf(handle))),
    now,
    links,
    locales,
  };
}

/** The context of a service called inside another's transaction: its reads and its own
 *  transaction run in `tx`, so the whole is one commit. */
export function within(ctx: Ctx, tx: Repositories): Ctx {
  return { ...ctx, repos: tx, transaction: (work) => work(tx) };
}
