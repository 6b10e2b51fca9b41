// Files the server reads beside its code (migrations, the source article) are found from the
// project's root, so the same code runs from src/ under tsx and compiled under dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The directory holding package.json. */
export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
