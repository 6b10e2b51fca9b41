// Tags and sections: /v1/tags and /v1/sections, derived from the articles, and the slugs the
// article filters find them by.
export { createTaxonomyRepository, type TaxonomyKind } from './repository.js';
export { taxonomyRoutes } from './routes.js';
export { namesFor, slugOf } from './service.js';
