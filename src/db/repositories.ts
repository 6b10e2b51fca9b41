// All repositories of one database, built once: their prepared statements live as long as it.
import { createArticleRepository } from '../modules/articles/repository.js';
import { createAuthorRepository } from '../modules/authors/repository.js';
import { createEventRepository } from '../modules/events/repository.js';
import { createImageRepository } from '../modules/images/repository.js';
import { createRelatedLinkRepository } from '../modules/related/repository.js';
import { createTokenRepository } from '../modules/tokens/repository.js';
import { createWebhookRepository } from '../modules/webhooks/repository.js';
import type { Db } from './client.js';
import { createIdempotencyRepository } from './idempotency-repository.js';

export function createRepositories(db: Db) {
  return {
    db,
    articles: createArticleRepository(db),
    authors: createAuthorRepository(db),
    images: createImageRepository(db),
    related: createRelatedLinkRepository(db),
    tokens: createTokenRepository(db),
    idempotency: createIdempotencyRepository(db),
    events: createEventRepository(db),
    webhooks: createWebhookRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
