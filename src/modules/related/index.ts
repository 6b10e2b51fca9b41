// Related-story links of an article, nested under it: /v1/articles/{id}/related.
export { createRelatedLinkRepository } from './repository.js';
export { relatedLinkRoutes } from './routes.js';
export { relatedLinkSchema } from './schema.js';
export { emitLink, replaceRelatedLinks } from './service.js';
