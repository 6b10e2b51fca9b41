// Public reads answered before Fastify's pipeline. A route may declare a direct reader
// (`config.direct`); a GET of it that carries nothing the pipeline has to judge (no token, no
// condition but If-None-Match, no body, no CORS origin, an ASCII URL without escapes) is then
// answered here: its parameters, query and headers validated by the route's own schemas, its answer read
// by the route's own code, and sent with the headers, ETag, remembered validator, metric and
// access line the pipeline gives it; a 304 the pipeline would answer from memory is answered so
// too (test/direct-reads.test.ts compares the two answer for answer).
// Anything else, and any read the direct reader declines (a 404, a redirect), goes through the
// pipeline as before. Fastify's per-request machinery (hooks, reply, child logger) cost a public
// article read about a third of its throughput: the figures are in docs/bench-history.md.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay from 'find-my-way';
import type { ZodType } from 'zod';
import { type AccessFields, accessLine } from '../lib/access-log.js';
import { REQUEST_ID_HEADER, requestIdOf } from '../lib/request-id.js';
import { representation, strongEtag } from './caching.js';
import { securityHeaders } from './edges.js';

/** What a direct reader answers: the JSON bytes, the version its ETag names, the request headers
 *  it varies by and any headers of its own; undefined leaves the request to the pipeline. */
export type DirectAnswer = {
  json: Buffer;
  version: number | null;
  vary: readonly string[];
  headers: Readonly<Record<string, string>>;
};
export type DirectRead = (params: never, query: never, headers: never) => Promise<DirectAnswer | undefined>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reads the route's public answer without the pipeline (plugins/direct-reads.ts). */
    direct?: DirectRead;
  }
}

export type DirectReadsOptions = {
  enabled: boolean;
  /** Fastify's router options: the direct routes are matched exactly as Fastify matches them. */
  routerOptions: { ignoreTrailingSlash: boolean; maxParamLength: number };
  /** Writes a log line where the logger writes its own. */
  writeLog: (line: string) => void;
};

type DirectRoute = {
  url: string;
  read: DirectRead;
  params: ZodType | undefined;
  query: ZodType | undefined;
  headers: ZodType | undefined;
  variesByLanguage: boolean;
  /** Validated queries by their text: a query's validation is a function of its text alone. */
  queries: Map<string, { value: unknown } | undefined>;
};

type Listener = (request: IncomingMessage, response: ServerResponse) => void;

const MAX_QUERIES = 1_024;
/** Visible ASCII only: a URL with anything else (or an escape) is the pipeline's to judge. */
const PLAIN_URL = /^[\x21-\x7e]*$/;
/** Request headers that change what the pipeline does with a GET. */
const PIPELINE_HEADERS = [
  'authorization',
  'if-match',
  'if-modified-since',
  'origin',
  'content-length',
  'transfer-encoding',
  'accept-version',
] as const;

/** Remembered values are shared by every request that sends the same text: frozen. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) frozen(member);
    Object.freeze(value);
  }
  return value;
}

const parsed = (schema: ZodType | undefined, value: unknown): { value: unknown } | undefined => {
  if (!schema) return { value };
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : undefined;
};

export default fp(
  async function directReadsPlugin(app: FastifyInstance, options: DirectReadsOptions) {
    // Every GET route, so that precedence (a static path before a parameter) is Fastify's own;
    // only those with a direct reader carry one.
    const router = FindMyWay<FindMyWay.HTTPVersion.V1>({ ...options.routerOptions, caseSensitive: true });
    let served = 0;
    app.decorate('directReads', { served: () => served });
    app.addHook('onRoute', (route: RouteOptions) => {
      if (![route.method].flat().includes('GET')) return;
      const read = route.config?.direct;
      const schema = route.schema as { params?: ZodType; querystring?: ZodType; headers?: ZodType } | undefined;
      const store: DirectRoute | null = read
        ? {
            url: route.url,
            read,
            params: schema?.params,
            query: schema?.querystring,
            headers: schema?.headers,
            variesByLanguage: route.config?.variesByLanguage === true,
            queries: new Map(),
          }
        : null;
      router.on('GET', route.url, () => undefined, store);
    });
    if (!options.enabled) return;

    let closing = false;
    app.addHook('preClose', (done) => {
      closing = true;
      done();
    });
    // Fastify's logger is pino's (its type names only the common part); its lines carry pino's
    // default base, the process id and host name (app.ts sets no other).
    const logger = app.log as typeof app.log & { isLevelEnabled(level: string): boolean };
    const bindings = `"pid":${process.pid},"hostname":${JSON.stringify(hostname())}`;
    const fixedHeaders = Object.entries(securityHeaders).flat();

    /** Answers `request` and says true (handing it to `pipeline` if the reader declines), or
     *  says false having done nothing. */
    function answer(request: IncomingMessage, response: ServerResponse, pipeline: Listener): boolean {
      if (closing || request.method !== 'GET') return false;
      const { headers } = request;
      if (headers.host === undefined) return false;
      for (const name of PIPELINE_HEADERS) if (headers[name] !== undefined) return false;
      const url = request.url!;
      if (url.includes('%') || !PLAIN_URL.test(url)) return false;
      const found = router.find('GET', url);
      const route = found?.store as DirectRoute | null | undefined;
      if (!found || !route) return false;
      const params = parsed(route.params, found.params);
      const queryText = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
      let query = route.queries.get(queryText);
      if (!route.queries.has(queryText)) {
        query = parsed(route.query, found.searchParams);
        if (query) frozen(query.value);
        if (route.queries.size >= MAX_QUERIES) route.queries.clear();
        route.queries.set(queryText, query);
      }
      const valid = parsed(route.headers, headers);
      if (!params || !query || !valid) return false;

      const started = performance.now();
      const requestId = requestIdOf(request);
      const key = representation(url, route.variesByLanguage, headers['accept-language']);
      // Once answered here or handed to the pipeline, the request is not touched again.
      let settled = false;
      const fallBack = () => {
        if (settled) return;
        settled = true;
        pipeline(request, response);
      };
      // A failure while answering: the pipeline answers it if nothing was sent or handed on yet
      // (as a problem, should it fail there too); a half-sent answer can only be cut off.
      const failed = (error: unknown) => {
        logger.error({ err: error, reqId: requestId }, 'direct read failed');
        if (!settled && !response.headersSent) fallBack();
        else if (!response.writableEnded) response.destroy();
      };
      const send = (status: number, outgoing: string[], body?: Buffer) => {
        // writeHead checks every header before it stores any: if it throws, nothing is sent.
        response.writeHead(status, [REQUEST_ID_HEADER, requestId, ...fixedHeaders, ...outgoing]);
        settled = true;
        response.end(body);
        served++;
        const elapsed = performance.now() - started;
        app.metrics.requestServed('GET', route.url, status, elapsed / 1000);
        if (logger.isLevelEnabled('info')) {
          const fields: AccessFields = {
            reqId: requestId,
            method: 'GET',
            url,
            version: undefined,
            host: headers.host,
            remoteAddress: request.socket.remoteAddress,
            remotePort: request.socket.remotePort,
            statusCode: status,
            responseTime: elapsed,
          };
          options.writeLog(accessLine(bindings, fields));
        }
      };

      const ifNoneMatch = headers['if-none-match'];
      if (ifNoneMatch !== undefined) {
        // Only the pipeline's 304 from memory is answered here: anything else is its to decide.
        app.caching
          .notModified(key, ifNoneMatch)
          .then((etag) => {
            if (etag === undefined) return fallBack();
            const vary = route.variesByLanguage ? 'Authorization, Accept-Language' : 'Authorization';
            send(304, ['vary', vary, 'etag', etag, 'cache-control', app.caching.publicPolicy]);
          }, fallBack)
          .catch(failed);
        return true;
      }

      const seq = app.caching.startSeq();
      route
        .read(params.value as never, query.value as never, valid.value as never)
        .then((found) => {
          if (!found) return fallBack();
          const etag = strongEtag(found.json, found.version);
          app.caching.remember(key, etag, seq);
          const outgoing = ['vary', [...found.vary, 'Authorization'].join(', ')];
          for (const [name, value] of Object.entries(found.headers)) outgoing.push(name, value);
          outgoing.push(
            'content-type',
            'application/json; charset=utf-8',
            'etag',
            etag,
            'cache-control',
            app.caching.publicPolicy,
            'content-length',
            String(found.json.length),
          );
          send(200, outgoing, found.json);
        }, fallBack)
        .catch(failed);
      return true;
    }

    app.addHook('onReady', (done) => {
      // Fastify's own listener stays the server's: this one runs first and hands on what it
      // does not answer.
      const [pipeline] = app.server.listeners('request') as Listener[];
      if (!pipeline) return done();
      app.server.removeListener('request', pipeline);
      app.server.on('request', (request: IncomingMessage, response: ServerResponse) => {
        let taken = false;
        try {
          taken = answer(request, response, pipeline);
        } catch (error) {
          // Nothing is sent before the read starts: the pipeline answers instead.
          app.log.error({ err: error }, 'direct read failed');
        }
        if (!taken) pipeline(request, response);
      });
      done();
    });
  },
  { name: 'direct-reads', dependencies: ['caching', 'metrics', 'edges'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    /** How many requests were answered before the pipeline (tests and /metrics read it). */
    directReads: { served: () => number };
  }
}
