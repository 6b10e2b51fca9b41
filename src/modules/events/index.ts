// The outbox: every change writes its event in its own transaction; the change feed reads it.
export { createEventRepository } from './repository.js';
export { changeRoutes } from './routes.js';
export { emit, emitChange, type ResourceType } from './service.js';
