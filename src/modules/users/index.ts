// Members of staff: /v1/users (admin), and the users tokens belong to.
export { createUserRepository } from './repository.js';
export { userRoutes } from './routes.js';
export { userSchema } from './schema.js';
export { createUser, requireUser, userNamed } from './service.js';
