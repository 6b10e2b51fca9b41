// Opens the database once per app, builds the context services use, and closes it last on shutdown.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type Ctx, createContext } from '../context.js';
import { type DatabaseTarget, openEngine } from '../db/open.js';
import { nowIso } from '../lib/ids.js';
import type { Links } from '../lib/links.js';
import type { Locales } from '../lib/locales.js';

declare module 'fastify' {
  interface FastifyInstance {
    ctx: Ctx;
  }
}

export type DbPluginOptions = {
  database: DatabaseTarget;
  links: Links;
  locales: Locales;
  now?: () => string;
  onStatement?: (sql: string) => void;
};

export default fp(
  async function dbPlugin(app: FastifyInstance, options: DbPluginOptions) {
    const engine = await openEngine(options.database, { onStatement: options.onStatement });
    app.decorate('ctx', createContext(engine, options.now ?? nowIso, options.links, options.locales));
    app.addHook('onClose', async () => {
      await engine.close();
    });
  },
  { name: 'db' },
);
