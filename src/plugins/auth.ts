// Authentication and access, applied to every route from one place. Each route declares
// `config.access` ('public' or the least role it needs); a route without one makes the app
// refuse to start (fail closed). A route that needs a role needs a write token too: preview
// tokens only read. A bad token (unknown, revoked, expired, or of a deactivated user) is a 401
// even on public routes: a client that thinks it is authenticated must learn that it is not.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors.js';
import { type Actor, publicViewer, type Role, roleAtLeast, type Viewer, viewerOf } from '../modules/access/index.js';
import { authenticate, usageRecorder } from '../modules/tokens/index.js';

/** How often token use is written (lastUsedAt is at most this late). */
const USAGE_FLUSH_MS = 60_000;

export type Access = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    viewer: Viewer;
  }
}

/** The token holder of a route that requires one (the access check guarantees it). */
export function actorOf(request: FastifyRequest): Actor {
  const actor = request.viewer.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

export default fp(
  async function authPlugin(app: FastifyInstance, options: { failuresPerMinute: number }) {
    // Failed authentications are rate-limited per client address, to slow down token guessing.
    const failedAuthentication = app.createRateLimit({
      max: options.failuresPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => request.ip,
      allowList: () => false,
    });
    const routes: RouteOptions[] = [];
    app.decorateRequest('viewer', null as unknown as Viewer);

    // Checked once every plugin's onRoute hooks have run (a child context may declare access).
    app.addHook('onRoute', (route) => void routes.push(route));
    app.addHook('onReady', async () => {
      const undeclared = routes
        .filter((route) => !route.config?.access)
        .map((route) => `${String(route.method)} ${route.url}`);
      if (undeclared.length > 0)
        throw new Error(`Routes without an access rule (config.access): ${undeclared.join(', ')}`);
    });
    // The OpenAPI document states each operation's security from the same rule.
    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      if (access && route.schema) route.schema.security = access === 'public' ? [{}, { bearer: [] }] : [{ bearer: [] }];
    });

    /** The route's access rule against who is asking: undefined when allowed. */
    const refusal = (access: Access | undefined, actor: Actor | null): AppError | undefined => {
      if (access === undefined || access === 'public') return undefined;
      if (!actor) return new AppError('UNAUTHENTICATED', 'This endpoint needs an Authorization: Bearer token');
      if (actor.kind === 'preview')
        return new AppError(
          'FORBIDDEN',
          'Preview tokens read published, scheduled and draft content; they cannot use this endpoint',
        );
      if (!roleAtLeast(actor.role, access))
        return new AppError('FORBIDDEN', `This endpoint needs the ${access} role; your token has ${actor.role}`);
      return undefined;
    };

    // When each token was last used, written in batches (see usageRecorder).
    const usage = usageRecorder(app.ctx, USAGE_FLUSH_MS, (error) =>
      app.log.warn({ err: error }, 'recording token use failed'),
    );
    app.addHook('preClose', () => usage.close());

    // A callback-style hook: a request without a token (most reads) costs no promise; one with a
    // token waits for its lookup, and a failed one for its rate limiter too.
    app.addHook('onRequest', (request, reply, done) => {
      const access = request.routeOptions.config.access;
      const header = request.headers.authorization;
      request.viewer = publicViewer;
      if (header === undefined) return done(refusal(access, null));
      const match = /^Bearer ([\x21-\x7e]+)$/i.exec(header);
      const unknown = { refused: 'The bearer token is malformed, unknown or revoked' };
      (match ? authenticate(app.ctx, match[1]!) : Promise.resolve(unknown)).then(async (result) => {
        if ('actor' in result) {
          request.viewer = viewerOf(result.actor);
          usage.record(result.actor.tokenId, app.ctx.now());
          return done(refusal(access, result.actor));
        }
        const limit = await failedAuthentication(request);
        if (!limit.isAllowed && limit.isExceeded) {
          reply.header('retry-after', String(limit.ttlInSeconds));
          return done(
            new AppError(
              'RATE_LIMITED',
              `Too many failed authentications from your address; retry in ${limit.ttlInSeconds} s`,
            ),
          );
        }
        done(new AppError('UNAUTHENTICATED', result.refused));
      }, done);
    });
  },
  { name: 'auth', dependencies: ['db', 'errors', 'edges'] },
);
