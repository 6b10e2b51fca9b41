// Builds the Newsdesk app: Fastify, Zod compilers, infrastructure plugins in order, then the
// modules by prefix. No listen: the server, the tests, the seed and the bench all build this.
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { AccessLog } from './lib/access-log.js';
import { createLinks } from './lib/links.js';
import { logDestination } from './lib/log-destination.js';
import { requestIdOf } from './lib/request-id.js';
import { serializerCompiler } from './lib/serializer.js';
import { articlesModule, translationRoutes } from './modules/articles/index.js';
import { authorsModule } from './modules/authors/index.js';
import { distributionRoutes } from './modules/distribution/index.js';
import { changeRoutes } from './modules/events/index.js';
import { imagesModule } from './modules/images/index.js';
import { mediaPlugin, mediaRoutes } from './modules/media/index.js';
import { metricsPlugin, operationsPlugin, operationsRoutes } from './modules/operations/index.js';
import { schedulerPlugin } from './modules/scheduling/index.js';
import { searchRoutes } from './modules/search/index.js';
import { taxonomyRoutes } from './modules/taxonomy/index.js';
import { tokenRoutes } from './modules/tokens/index.js';
import { userRoutes } from './modules/users/index.js';
import { webhookRoutes, webhookWorkerPlugin } from './modules/webhooks/index.js';
import authPlugin from './plugins/auth.js';
import cachingPlugin from './plugins/caching.js';
import dbPlugin from './plugins/db.js';
import directReadsPlugin from './plugins/direct-reads.js';
import edgesPlugin from './plugins/edges.js';
import errorsPlugin, { clientErrorHandler, expectationFailed, frameworkErrors } from './plugins/errors.js';
import openapiPlugin from './plugins/openapi.js';

export type BuildOptions = {
  /** A clock for tests of scheduling; defaults to the real time. */
  now?: () => string;
  /** Sees every SQL statement (tests count them). */
  onStatement?: (sql: string) => void;
};

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { timeouts } = config;
  const log = logDestination(1);
  const routerOptions = { ignoreTrailingSlash: true, maxParamLength: 500 };
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // No redaction pass: the request and reply serializers (Fastify's) write no headers at all,
      // so no token or cookie can reach a line (test/request-id.test.ts holds it).
      // A log that cannot be written (a full disk) drops lines; it never takes the process down.
      stream: log,
    },
    // One access line per request, when it ends (lib/access-log.ts).
    logController: new AccessLog(),
    bodyLimit: config.bodyLimitBytes,
    // Slow clients are bounded here, not only by a proxy: the headers, then the whole request, must
    // arrive in time (else a 408 problem), an idle connection is closed, keep-alive is short.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.connectionMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      headersTimeout: timeouts.headersMs,
      // Node looks for expired headers and requests every 30 s by default: a short timeout would run long.
      connectionsCheckingInterval: Math.min(1_000, Math.max(50, Math.floor(timeouts.headersMs / 10))),
      // Node answers a request without Host with an empty 400; edges answers it as a problem.
      requireHostHeader: false,
    },
    // Fastify's 503 while closing has a plain JSON body; a request that still arrives is served
    // (with Connection: close) before the database closes.
    return503OnClosing: false,
    // Request ids on every log line, response and problem; a caller's valid X-Request-Id is kept
    // for tracing across services (lib/request-id.ts decides, so Fastify reads no header itself).
    requestIdHeader: false,
    genReqId: requestIdOf,
    routerOptions,
    // Errors met before a route runs are problem+json too (see plugins/errors.ts).
    clientErrorHandler,
    frameworkErrors,
  });
  // Node answers an unsupported Expect with an empty 417 unless someone listens.
  app.server.on('checkExpectation', expectationFailed(app.log));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON: a text/plain body is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');

  await app.register(errorsPlugin);
  await app.register(edgesPlugin, {
    corsOrigins: config.corsOrigins,
    writesPerMinute: config.writesPerMinute,
    jsonMaxDepth: 32,
  });
  await app.register(dbPlugin, {
    database: config.database,
    links: createLinks(config.site),
    locales: config.locales,
    now: options.now,
    onStatement: options.onStatement,
  });
  await app.register(authPlugin, { failuresPerMinute: config.authFailuresPerMinute });
  await app.register(cachingPlugin, { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 300 });
  await app.register(openapiPlugin, { apiUrl: config.site.apiUrl });
  await app.register(mediaPlugin, {
    mediaDir: config.mediaDir,
    maxUploadBytes: config.mediaMaxBytes,
    budget: config.media,
  });
  await app.register(metricsPlugin);
  await app.register(operationsPlugin, {
    operations: config.operations,
    database: config.database,
    mediaDir: config.mediaDir,
    webhooksEnabled: config.webhooks.enabled,
  });
  await app.register(webhookWorkerPlugin, config.webhooks);
  if (config.schedulerEnabled) await app.register(schedulerPlugin, { pollMs: config.webhooks.pollMs });
  // Before the routes, to see them. A CORS policy adds headers to every answer: with one, every
  // request takes the pipeline.
  await app.register(directReadsPlugin, {
    enabled: config.directReads && config.corsOrigins.length === 0,
    routerOptions,
    writeLog: (line) => log.write(line),
  });

  // The URL map, in one place.
  await app.register(articlesModule, { prefix: '/v1/articles' });
  await app.register(translationRoutes, { prefix: '/v1/translations' });
  await app.register(authorsModule, { prefix: '/v1/authors' });
  await app.register(taxonomyRoutes, { prefix: '/v1/tags', kind: 'tag' });
  await app.register(taxonomyRoutes, { prefix: '/v1/sections', kind: 'section' });
  await app.register(imagesModule, { prefix: '/v1/images' });
  await app.register(mediaRoutes, { prefix: '/media' });
  await app.register(userRoutes, { prefix: '/v1/users' });
  await app.register(tokenRoutes, { prefix: '/v1/tokens' });
  await app.register(webhookRoutes, { prefix: '/v1/webhooks', allowPrivate: config.webhooks.allowPrivate });
  await app.register(changeRoutes, { prefix: '/v1/changes' });
  await app.register(searchRoutes, { prefix: '/v1/search' });
  await app.register(distributionRoutes, { prefix: '/v1', site: config.site });

  await app.register(operationsRoutes);
  app.get('/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });

  return app;
}
