// `npm run <tool>` runs src/cli/<tool>.ts: through tsx where it is installed (a clone with its
// development dependencies), else the compiled dist/src/cli/<tool>.js (an image with production
// dependencies only, built at image build time). Plain JavaScript, so it needs no loader itself.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [tool, ...args] = process.argv.slice(2);
if (!tool || !/^[a-z-]+$/.test(tool) || !existsSync(join(root, 'src', 'cli', `${tool}.ts`))) {
  process.stderr.write(`scripts/cli.mjs: no such tool '${tool ?? ''}'\n`);
  process.exit(2);
}
process.argv = [process.argv[0], join(root, 'src', 'cli', `${tool}.ts`), ...args];
let tsImport;
try {
  ({ tsImport } = await import('tsx/esm/api'));
} catch {
  tsImport = undefined;
}
if (tsImport) await tsImport(pathToFileURL(process.argv[1]).href, import.meta.url);
else {
  const compiled = join(root, 'dist', 'src', 'cli', `${tool}.js`);
  if (!existsSync(compiled)) {
    process.stderr.write(`scripts/cli.mjs: ${compiled} is missing; run npm run build first\n`);
    process.exit(2);
  }
  process.argv[1] = compiled;
  await import(pathToFileURL(compiled).href);
}
