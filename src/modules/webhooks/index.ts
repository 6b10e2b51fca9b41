// Signed, retried, logged webhooks: /v1/webhooks (admin) and the delivery worker.
export { default as webhookWorkerPlugin } from './plugin.js';
export { createWebhookRepository } from './repository.js';
export { webhookRoutes } from './routes.js';
export { startWebhookWorker, type WorkerOptions } from './worker.js';
