// The database a corpus is loaded into, opened for a bulk load (see the engines' bulkLoad).
import { loadConfig } from '../../src/config.js';
import { type Ctx, createContext } from '../../src/context.js';
import { type DatabaseTarget, openEngine } from '../../src/db/open.js';
import { nowIso } from '../../src/lib/ids.js';
import { createLinks } from '../../src/lib/links.js';

export async function openBulkContext(
  target: DatabaseTarget,
): Promise<{ ctx: Ctx; close: () => Promise<void>; name: string }> {
  const engine = await openEngine(target, { bulkLoad: true });
  const name = target.kind === 'sqlite' ? target.path : 'the PostgreSQL database';
  const config = loadConfig();
  return {
    ctx: createContext(engine, nowIso, createLinks(config.site), config.locales),
    close: () => engine.close(),
    name,
  };
}
