// Layers point one way (docs/architecture.md): db/ and lib/ import no module, plugin, CLI or seed;
// lib/ imports no plugin; a module reaches another only through what that module publishes on
// purpose, its index.ts (behaviour) and its schema.ts (the shapes it answers with); plugins reach
// modules through their index.ts too. Read from the source text, so a new file is covered at once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file (static, re-export, type-only or dynamic), as a path from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(root, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))));
}

const layerOf = (path: string) => path.split('/')[1] ?? '';
const moduleOf = (path: string) => (path.startsWith('src/modules/') ? path.split('/')[2] : undefined);
const published = (path: string) => /\/(index|schema)\.ts$/.test(path);

function violations(): string[] {
  const found: string[] = [];
  for (const file of sources(join(root, 'src'))) {
    const from = relative(root, file);
    for (const to of importsOf(file)) {
      const edge = `${from} → ${to}`;
      if (['db', 'lib'].includes(layerOf(from)) && ['modules', 'plugins', 'cli', 'seed'].includes(layerOf(to)))
        found.push(`${edge}: ${layerOf(from)}/ is below the modules and plugins`);
      const [source, target] = [moduleOf(from), moduleOf(to)];
      if (source && target && source !== target && !published(to))
        found.push(`${edge}: another module is reached through its index.ts or schema.ts`);
      if (layerOf(from) === 'plugins' && target && !published(to))
        found.push(`${edge}: a plugin reaches a module through its index.ts or schema.ts`);
    }
  }
  return found;
}

describe('the layers', () => {
  it('point one way', () => {
    expect(violations()).toEqual([]);
  });

  it('are checked on what the source really imports', () => {
    // The reader sees the imports the rules are about, so a clean answer is not an empty reading.
    const app = importsOf(join(root, 'src/app.ts'));
    expect(app).toContain('src/plugins/errors.ts');
    expect(app.some((path) => path.startsWith('src/modules/'))).toBe(true);
    const edges = sources(join(root, 'src')).flatMap((file) => importsOf(file));
    expect(edges.filter((path) => path.startsWith('src/db/')).length).toBeGreaterThan(20);
  });
});
