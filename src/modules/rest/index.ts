// The REST vocabulary shared by resources: browse/read/add/edit/destroy routes and Idempotency-Key.
export { type CrudDefinition, crudRoutes, type UploadDefinition } from './crud-routes.js';
export { type Created, idempotent } from './idempotency.js';
export { createIdempotencyRepository } from './idempotency-repository.js';
