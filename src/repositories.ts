// All repositories over one connection handle, built once per handle: reads use the engine's
// read handle, a write transaction its own (see context.ts).
import type { Handle } from './db/engine.js';
import { createArticleRepository } from './modules/articles/index.js';
import { createAuthorRepository } from './modules/authors/index.js';
import { createDistributionRepository } from './modules/distribution/index.js';
import { createEventRepository } from './modules/events/index.js';
import { createImageRepository } from './modules/images/index.js';
import { createOperationsRepository } from './modules/operations/repository.js';
import { createRelatedLinkRepository } from './modules/related/index.js';
import { createIdempotencyRepository } from './modules/rest/index.js';
import { createSchedulingRepository } from './modules/scheduling/index.js';
import { createSynonymRepository } from './modules/search/index.js';
import { createTaxonomyRepository } from './modules/taxonomy/index.js';
import { createTokenRepository } from './modules/tokens/index.js';
import { createUserRepository } from './modules/users/index.js';
import { createWebhookRepository } from './modules/webhooks/index.js';

export function createRepositories(handle: Handle) {
  return {
    handle,
    articles: createArticleRepository(handle),
    authors: createAuthorRepository(handle),
    images: createImageRepository(handle),
    related: createRelatedLinkRepository(handle),
    tokens: createTokenRepository(handle),
    users: createUserRepository(handle),
    idempotency: createIdempotencyRepository(handle),
    events: createEventRepository(handle),
    webhooks: createWebhookRepository(handle),
    scheduling: createSchedulingRepository(handle),
    synonyms: createSynonymRepository(handle),
    taxonomy: createTaxonomyRepository(handle),
    distribution: createDistributionRepository(handle),
    operations: createOperationsRepository(handle),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
