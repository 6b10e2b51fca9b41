// npm run import -- FILE [--force]   (FILE may be '-' for stdin)
// Loads an export (npm run export) into DATABASE_URL's database, keeping every id, slug, version
// and timestamp: in one transaction, through the repositories the API writes with (so bylines,
// tags and the search index are written as for any article), then the exported revisions and
// retired slugs. An empty database is expected; --force imports beside existing content, and any
// clash (an id or slug already there) cancels the whole import. No outbox events are written: the
// change feed of the imported database starts empty.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../context.js';
import type { Repositories } from '../repositories.js';
import { configOrExit, databaseName, fail, openContext } from './common.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument } from './export.js';

const rows = z.array(z.looseObject({}));
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { message: `is not a Newsdesk export (format '${EXPORT_FORMAT}')` }),
  version: z.literal(EXPORT_VERSION, { message: `is not an export this version reads (version ${EXPORT_VERSION})` }),
  images: rows,
  authors: rows,
  articles: rows,
  relatedLinks: rows,
  revisions: rows,
  retiredSlugs: rows,
});

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
  return parsed.data as unknown as ExportDocument;
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
    process.stderr.write(
      `Imported ${content.articles.length} articles, ${content.authors.length} authors, ${content.images.length} images, ${content.relatedLinks.length} related links and ${content.revisions.length} revisions into ${databaseName(config)}\n`,
    );
  } catch (error) {
    // Constraint errors name what clashed (e.g. "UNIQUE constraint failed: articles.slug"); nothing was written.
    fail(`import failed, nothing was imported: ${(error as Error).message}`, 1);
  } finally {
    await close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
