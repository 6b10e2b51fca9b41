// Database files for tests that run the real server as a child process: prepared before it starts
// (migrated, with tokens and an author, through the same services the API uses), and checked
// after it ended, however it ended.
import Database from 'better-sqlite3';
import { testConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import { type DatabaseTarget, openEngine } from '../../src/db/open.js';
import { nowIso } from '../../src/lib/ids.js';
import { createLinks } from '../../src/lib/links.js';
import type { Role } from '../../src/modules/access/index.js';
import { createAuthor } from '../../src/modules/authors/index.js';
import { createTokenForUserNamed } from '../../src/modules/tokens/index.js';

export type PreparedDatabase = { tokens: Record<Role, string>; authorId: string };

export async function prepareDatabase(database: string | DatabaseTarget): Promise<PreparedDatabase> {
  const engine = await openEngine(typeof database === 'string' ? { kind: 'sqlite', path: database } : database);
  try {
    const ctx = createContext(engine, nowIso, createLinks(testConfig().site));
    const token = async (role: Role) => (await createTokenForUserNamed(ctx, { name: `${role}-process`, role })).token;
    const tokens = {
      admin: await token('admin'),
      editor: await token('editor'),
      contributor: await token('contributor'),
    };
    return { tokens, authorId: (await createAuthor(ctx, { name: 'Process Reporter' })).id };
  } finally {
    await engine.close();
  }
}

/** A plain connection (no migrations, no writes) that waits for a writer rather than failing. */
export function withConnection<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * What must hold in any Newsdesk database: SQLite's integrity and foreign keys, and every article
 * whole — a revision for each of its versions, byline and tag rows matching its columns, one
 * search-index row, and one outbox event (created/updated) per version, written in the same
 * transaction. Returns the problems found; none means the file is sound.
 */
export function databaseProblems(path: string): string[] {
  return withConnection(path, (db) => {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`);

    const articles = db.prepare('select id, version, author_ids as authorIds, tags from articles').all() as {
      id: string;
      version: number;
      authorIds: string;
      tags: string;
    }[];
    const indexed = db.prepare('select count(*) from articles_fts').pluck().get() as number;
    if (indexed !== articles.length) problems.push(`${articles.length} articles but ${indexed} search-index rows`);

    const revisions = db.prepare(
      'select count(*) as n, max(number) as last from article_revisions where article_id = ?',
    );
    const byline = db.prepare('select author_id from article_authors where article_id = ? order by position').pluck();
    const tagRows = db.prepare('select tag from article_tags where article_id = ?').pluck();
    const writeEvents = db
      .prepare(
        "select count(*) from events where resource_type = 'article' and resource_id = ? and type in ('article.created', 'article.updated')",
      )
      .pluck();
    for (const article of articles) {
      const history = revisions.get(article.id) as { n: number; last: number };
      if (history.n !== article.version || history.last !== article.version)
        problems.push(`article ${article.id} v${article.version} has revisions ${history.n} (last ${history.last})`);
      if (JSON.stringify(byline.all(article.id)) !== article.authorIds)
        problems.push(`article ${article.id}: article_authors ≠ author_ids ${article.authorIds}`);
      if (
        JSON.stringify((tagRows.all(article.id) as string[]).sort()) !==
        JSON.stringify((JSON.parse(article.tags) as string[]).sort())
      )
        problems.push(`article ${article.id}: article_tags ≠ tags ${article.tags}`);
      const events = writeEvents.get(article.id) as number;
      if (events !== article.version)
        problems.push(`article ${article.id} v${article.version} has ${events} created/updated events`);
    }
    return problems;
  });
}

/** Runs `task(0)`, `task(1)`, … `task(count - 1)` with at most `concurrency` at a time, or until `done()`. */
export async function runPool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
  done: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count && !done()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
