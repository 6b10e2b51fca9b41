// npm run import -- FILE [--force]   (FILE may be '-' for stdin)
// Loads an export (npm run export) into DATABASE_URL's database, keeping every id, slug, version
// and timestamp: in one transaction, through the repositories the API writes with (so bylines,
// tags and the search index are written as for any article), then the exported revisions and
// retired slugs. An empty database is expected; --force imports beside existing content, and any
// clash (an id or slug already there) cancels the whole import. No outbox events are written: the
// change feed of the imported database starts empty. Version 1 exports (before users) named
// authors of changes by their token's name: each name becomes an inactive user, as the migration
// of a version-1 database does.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.js';
import { newId } from '../lib/ids.js';
import type { Repositories } from '../repositories.js';
import { configOrExit, databaseName, fail, openContext, reasonOf } from './common.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, summary } from './export.js';

const rows = z.array(z.looseObject({}));
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: `is not a Newsdesk export (format '${EXPORT_FORMAT}')` }),
  version: z.union([z.literal(1), z.literal(EXPORT_VERSION)], {
    message: `is not an export this version reads (versions 1 to ${EXPORT_VERSION})`,
  }),
  images: rows,
  authors: rows,
  articles: rows,
  relatedLinks: rows,
  revisions: rows,
  retiredSlugs: rows,
  users: rows.optional(),
  tokens: rows.optional(),
  webhooks: rows.optional(),
});

type Attributed = { createdBy?: unknown; updatedBy?: unknown };

/** A version-1 export in today's shape: attribution by name becomes attribution by user id. */
function fromVersion1(content: ExportDocument): ExportDocument {
  const now = new Date().toISOString();
  const users = new Map<string, ExportDocument['users'][number]>();
  const idOf = (name: unknown): string | null => {
    if (typeof name !== 'string') return null;
    let user = users.get(name);
    if (!user) {
      user = {
        id: newId(),
        name,
        email: null,
        role: 'contributor',
        active: false,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      users.set(name, user);
    }
    return user.id;
  };
  const attributed = <T extends Attributed>(row: T): T => ({
    ...row,
    ...('createdBy' in row ? { createdBy: idOf(row.createdBy) } : {}),
    ...('updatedBy' in row ? { updatedBy: idOf(row.updatedBy) } : {}),
  });
  return {
    ...content,
    version: EXPORT_VERSION,
    articles: content.articles.map(attributed),
    revisions: content.revisions.map((revision) => ({
      ...attributed(revision),
      snapshot: attributed(revision.snapshot as Attributed),
    })),
    users: [...users.values()],
    tokens: [],
    webhooks: [],
  };
}

export class ImportError extends Error {}

/** Parses and checks an export's envelope; rows are checked by the database's own constraints. */
export function parseExport(text: string): ExportDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`the file is not JSON: ${(error as Error).message}`);
  }
  const parsed = exportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`the file ${issue.path.length > 0 ? `(at ${issue.path.join('.')}) ` : ''}${issue.message}`);
  }
  if (parsed.data.version === EXPORT_VERSION)
    for (const part of ['users', 'tokens', 'webhooks'] as const)
      if (!parsed.data[part])
        throw new ImportError(`the file (at ${part}) is missing: a version ${EXPORT_VERSION} export has it`);
  const content = parsed.data as unknown as ExportDocument;
  return parsed.data.version === 1 ? fromVersion1(content) : content;
}

export async function contentCount(repos: Repositories): Promise<number> {
  const rows = await repos.handle.rows<{ n: number }>(
    sql`select (select count(*) from images) + (select count(*) from authors) + (select count(*) from articles) + (select count(*) from related_links) as n`,
  );
  return Number(rows[0]!.n);
}

/** Writes the export in one transaction: all of it, or (on any error) none of it. */
export function importContent(ctx: Ctx, content: ExportDocument, { force = false } = {}): Promise<void> {
  return ctx.transaction(async (tx) => {
    if (!force && (await contentCount(tx)) > 0)
      throw new ImportError(
        'the database already has content; import into an empty database, or pass --force to import beside it',
      );
    // People first: tokens belong to users, and articles and revisions name them.
    for (const user of content.users) await tx.users.insert(user);
    for (const token of content.tokens) await tx.tokens.insert(token);
    for (const webhook of content.webhooks) await tx.webhooks.insert(webhook);
    for (const image of content.images) await tx.images.insert(image);
    for (const author of content.authors) await tx.authors.insert(author);
    // Articles before links: a link may point at any article of the export.
    for (const article of content.articles) await tx.articles.insert(article);
    for (const link of content.relatedLinks) await tx.related.insert(link);
    const { db, tables: t } = tx.handle;
    // Writing an article wrote its current revision; the exported history replaces it, whole.
    for (const revision of content.revisions) {
      await db
        .insert(t.articleRevisions)
        .values(revision)
        .onConflictDoUpdate({
          target: [t.articleRevisions.articleId, t.articleRevisions.number],
          set: { snapshot: revision.snapshot, createdAt: revision.createdAt, createdBy: revision.createdBy },
        });
    }
    for (const retired of content.retiredSlugs) await db.insert(t.articleSlugHistory).values(retired);
  });
}

const usage =
  'usage: npm run import -- FILE [--force]   (FILE may be - for stdin; --force imports into a database that already has content)';

async function main(): Promise<void> {
  let file: string;
  let force: boolean;
  try {
    const { positionals, values } = parseArgs({
      options: { force: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) fail(usage);
    file = positionals[0]!;
    force = values.force;
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  const config = configOrExit();
  let content: ExportDocument;
  try {
    content = parseExport(readFileSync(file === '-' ? 0 : file, 'utf8'));
  } catch (error) {
    fail(`import failed: ${error instanceof ImportError ? error.message : (error as Error).message}`, 1);
  }
  const { ctx, close } = await openContext(config);
  try {
    await importContent(ctx, content, { force });
    process.stderr.write(`Imported ${summary(content)} into ${databaseName(config)}\n`);
  } catch (error) {
    // Constraint errors name what clashed (e.g. "UNIQUE constraint failed: articles.slug"); nothing was written.
    fail(`import failed, nothing was imported: ${reasonOf(error)}`, 1);
  } finally {
    await close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
