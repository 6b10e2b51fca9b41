// What faces the internet before any route runs: security headers (helmet), CORS for
// the configured origins (@fastify/cors), rate limits on writes keyed by the client's address
// (@fastify/rate-limit), and a JSON parser that refuses prototype poisoning and deep nesting.
import type { IncomingMessage, ServerResponse } from 'node:http';
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
 * HTML page, /docs.
 *
 * helmet decides the values, once: for this configuration they are the same on every response.
 * They are applied through Fastify's reply, not helmet's res.setHeader: a header set on the raw
 * response moves Node's writeHead onto its slow path (measured ~14 µs a response for five).
 */
const apiHeaders: Record<string, string> = {};
helmet({
  contentSecurityPolicy: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  xFrameOptions: { action: 'deny' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
})(
  {} as IncomingMessage,
  {
    setHeader: (name: string, value: string) => {
      apiHeaders[name.toLowerCase()] = value;
    },
    removeHeader: () => undefined,
  } as unknown as ServerResponse,
  (error?: unknown) => {
    if (error) throw error;
  },
);
/** helmet's defaults for HTML pages (their CSP is the page's own: Swagger UI sets it). */
export const documentHeaders = helmet({ contentSecurityPolicy: false });

/** Depth of nested arrays/objects, walked without recursion so a hostile body cannot overflow the stack. */
function exceedsDepth(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(current))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export default fp(
  async function edgesPlugin(app: FastifyInstance, options: EdgesOptions) {
    // A JSON API has no pages to protect with CSP (Swagger UI sets its own); responses are
    // meant to be read cross-origin, so CORP allows it and CORS decides who may.
    // Not @fastify/helmet: version 13 builds helmet's middleware anew on every request (about
    // 35 µs a request, more than a whole read) and sets headers on the raw response.
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(apiHeaders);
      done();
    });
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
      if (text.trim() === '')
        return done(new AppError('MALFORMED_JSON', 'The body is empty but the content type says JSON'), undefined);
      let value: unknown;
      try {
        value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      } catch (error) {
        return done(
          new AppError('MALFORMED_JSON', `The body could not be parsed as JSON: ${(error as Error).message}`),
          undefined,
        );
      }
      if (exceedsDepth(value, options.jsonMaxDepth)) {
        return done(
          new AppError('VALIDATION_FAILED', `The body nests deeper than ${options.jsonMaxDepth} levels`, {
            errors: [{ path: '(body)', message: `nests deeper than ${options.jsonMaxDepth} levels` }],
          }),
          undefined,
        );
      }
      done(null, value);
    });
  },
  { name: 'edges', dependencies: ['errors'] },
);
