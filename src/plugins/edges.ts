// What faces the internet before any route runs: security headers (helmet), CORS for
// the configured origins (@fastify/cors), rate limits on writes keyed by the client's address
// (@fastify/rate-limit), well-formed requests (a Host header, query strings that decode), and a
// JSON parser that refuses bytes that are not UTF-8, ill-formed strings, prototype poisoning
// and deep nesting.
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import secureJson from 'secure-json-parse';
import { AppError, type FieldError, invalidField } from '../lib/errors.js';

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
 * response moves Node's writeHead onto its slow path (README, Decisions).
 */
export const securityHeaders: Record<string, string> = {};
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
      securityHeaders[name.toLowerCase()] = value;
    },
    removeHeader: () => undefined,
  } as unknown as ServerResponse,
  (error?: unknown) => {
    if (error) throw error;
  },
);
/** helmet's defaults for HTML pages (their CSP is the page's own: Swagger UI sets it). */
export const documentHeaders = helmet({ contentSecurityPolicy: false });

/**
 * Why a string cannot be stored as text, if it cannot: a lone surrogate (JSON's \u escapes can
 * spell one, UTF-8 cannot store it), or U+0000 (PostgreSQL's text cannot hold it; refused on
 * both engines, so both accept the same input).
 */
export function textProblem(text: string): string | undefined {
  if (!text.isWellFormed()) return 'is not well-formed Unicode: it has a lone surrogate';
  if (text.includes('\u0000')) return 'holds U+0000 (NUL), which text cannot hold';
  return undefined;
}

type Container = { value: object; depth: number; parent: Container | undefined; key: string };

/** `a.0.b` for a value inside the body (as validation errors name fields), `(body)` for the body itself. */
function pathOf(container: Container, key?: string): string {
  const segments = key === undefined ? [] : [key.toWellFormed()];
  for (let at: Container | undefined = container; at?.parent; at = at.parent) segments.unshift(at.key.toWellFormed());
  return segments.length > 0 ? segments.join('.') : '(body)';
}

/**
 * The first thing wrong with a parsed JSON body that a schema cannot see: nesting deeper than
 * `maxDepth`, or a key or string value that is not well-formed Unicode (a lone surrogate, which
 * JSON's \u escapes can spell but UTF-8 cannot store). Walked without recursion, so a hostile
 * body cannot overflow the stack.
 */
function bodyProblem(value: unknown, maxDepth: number): FieldError | undefined {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path: '(body)', message: problem } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const stack: Container[] = [{ value, depth: 1, parent: undefined, key: '' }];
  while (stack.length > 0) {
    const container = stack.pop()!;
    if (container.depth > maxDepth) return { path: '(body)', message: `nests deeper than ${maxDepth} levels` };
    for (const [key, child] of Object.entries(container.value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: pathOf(container, key), message: `is a key that ${keyProblem}` };
      const valueProblem = typeof child === 'string' ? textProblem(child) : undefined;
      if (valueProblem) return { path: pathOf(container, key), message: valueProblem };
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: container.depth + 1, parent: container, key });
    }
  }
  return undefined;
}

const decodeQueryComponent = (text: string): string | undefined => {
  try {
    // decodeURIComponent throws on escapes that are not UTF-8 (surrogates included): never a lone surrogate.
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
};

/**
 * Fastify's query parser keeps a percent-escape that does not decode (`%ED%A0%80`, `%zz`) as its
 * literal text, so a search would silently run for `%ED%A0%80`: such a parameter is refused,
 * naming it. Only query strings with a `%` are looked at.
 */
function queryProblem(url: string): AppError | undefined {
  const start = url.indexOf('?');
  if (start === -1 || url.indexOf('%', start) === -1) return undefined;
  for (const pair of url.slice(start + 1).split('&')) {
    if (!pair.includes('%')) continue;
    const equals = pair.indexOf('=');
    const name = decodeQueryComponent(equals === -1 ? pair : pair.slice(0, equals));
    if (name === undefined) return invalidField('(query)', 'has a parameter name whose percent-escapes are not UTF-8');
    if (equals === -1) continue;
    const value = decodeQueryComponent(pair.slice(equals + 1));
    if (value === undefined) return invalidField(name, 'has percent-escapes that are not UTF-8 text');
    const problem = textProblem(value);
    if (problem) return invalidField(name, problem);
  }
  return undefined;
}

/** Node's own answer to an HTTP/1.1 request without Host is an empty 400; the server lets it through to be answered here. */
function requestProblem(request: FastifyRequest): AppError | undefined {
  if (request.headers.host === undefined && request.raw.httpVersion === '1.1') {
    const message = 'is required in HTTP/1.1';
    return new AppError('VALIDATION_FAILED', `The Host header ${message}`, {
      errors: [{ path: 'host', message }],
      headers: { connection: 'close' },
    });
  }
  return queryProblem(request.url);
}

export default fp(
  async function edgesPlugin(app: FastifyInstance, options: EdgesOptions) {
    // A JSON API has no pages to protect with CSP (Swagger UI sets its own); responses are
    // meant to be read cross-origin, so CORP allows it and CORS decides who may.
    // Not @fastify/helmet: version 13 builds helmet's middleware anew on every request (costing
    // more than a whole read; README, Decisions) and sets headers on the raw response.
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(securityHeaders);
      done(requestProblem(request));
    });
    await app.register(cors, {
      origin: options.corsOrigins.length > 0 ? options.corsOrigins : false,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
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
    // As bytes: decoding them to a string first would silently turn what is not UTF-8 into U+FFFD.
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
      const bytes = body as Buffer;
      if (!isUtf8(bytes)) return done(invalidField('(body)', 'is not valid UTF-8'), undefined);
      const text = bytes.toString('utf8');
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
      const problem = bodyProblem(value, options.jsonMaxDepth);
      if (problem) {
        const detail =
          problem.path === '(body)' ? `The body ${problem.message}` : `${problem.path}: ${problem.message}`;
        return done(new AppError('VALIDATION_FAILED', detail, { errors: [problem] }), undefined);
      }
      done(null, value);
    });
  },
  { name: 'edges', dependencies: ['errors'] },
);
