// npm run seed: imports the source article (seeds/source-article.txt) into DATABASE_URL's
// database. Running it again changes nothing.
import { importSourceArticle } from '../seed/import.js';
import { configOrExit, fail, openContext } from './common.js';

const { ctx, close } = await openContext(configOrExit());
try {
  const result = await importSourceArticle(ctx);
  process.stderr.write(
    result.created
      ? `Imported the source article as ${result.articleId}\n`
      : `The source article is already imported (${result.articleId}); nothing changed\n`,
  );
} catch (error) {
  fail(`seed failed: ${(error as Error).message}`, 1);
} finally {
  await close();
}
