// API tokens: /v1/tokens (admin), the CLI, and authentication.
export { createTokenRepository } from './repository.js';
export { tokenRoutes } from './routes.js';
export {
  type Authentication,
  authenticate,
  createToken,
  createTokenForUserNamed,
  listTokens,
  revokeToken,
  usageRecorder,
} from './service.js';
