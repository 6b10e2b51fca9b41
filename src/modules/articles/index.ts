import type { FastifyInstance } from 'fastify';
import { relatedLinkRoutes } from '../related/routes.js';
import { articleRoutes } from './routes.js';

export async function articlesModule(app: FastifyInstance) {
  await app.register(articleRoutes);
  await app.register(relatedLinkRoutes, { prefix: '/:id/related' });
}
