// Articles: /v1/articles with their related links, and what other modules use of articles.
import type { FastifyInstance } from 'fastify';
import { relatedLinkRoutes } from '../related/index.js';
import { articleRoutes } from './routes.js';

export { announcePublication } from './announcements.js';
export { bodyText, readingTimeMinutes, renderBodyHtml, wordCount } from './body.js';
export type { ArticleFilters } from './filters.js';
export type { ArticleListRow } from './lists.js';
export { currentSlugFor, filtersOf, findArticle, movedTo, peopleOf, requireArticle, toArticle } from './read.js';
export { createArticleRepository } from './repository.js';
export { translationRoutes } from './routes.js';
export type { Block } from './schema.js';
export { createArticle, detachAuthorFromArticles, detachImageFromArticles } from './service.js';
export type { Alternate, Alternates } from './translations.js';
export { alternatesOf, translationStateOf } from './translations.js';

export async function articlesModule(app: FastifyInstance) {
  await app.register(articleRoutes);
  await app.register(relatedLinkRoutes, { prefix: '/:id/related' });
}
