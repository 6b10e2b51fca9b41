// API tokens: /v1/tokens (admin), the CLI, and authentication.
export { createTokenRepository } from './repository.js';
export { tokenRoutes } from './routes.js';
export { authenticate, createToken, listTokens, revokeToken } from './service.js';
