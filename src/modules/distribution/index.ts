// Feeds, sitemaps and structured data for the public site.

export { createDistributionRepository } from './repository.js';
export { distributionRoutes } from './routes.js';
