// Opens the database once per app, builds the repositories, and closes it last on shutdown.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase } from '../db/client.js';
import { createRepositories } from '../db/repositories.js';
import type { Ctx } from '../lib/context.js';
import { nowIso } from '../lib/ids.js';

declare module 'fastify' {
  interface FastifyInstance {
    ctx: Ctx;
  }
}

export type DbPluginOptions = { databasePath: string; now?: () => string; onStatement?: (sql: string) => void };

export default fp(
  async function dbPlugin(app: FastifyInstance, options: DbPluginOptions) {
    const db = openDatabase(options.databasePath, options.onStatement);
    app.decorate('ctx', { repos: createRepositories(db), now: options.now ?? nowIso });
    app.addHook('onClose', async () => {
      db.$client.close();
    });
  },
  { name: 'db' },
);
