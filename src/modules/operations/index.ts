// Operations: /healthz (liveness), /readyz (readiness), /metrics (Prometheus), periodic
// housekeeping, and the drain that SIGTERM starts. See docs/operations.md.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OperationsConfig } from '../../config.js';
import type { DatabaseTarget } from '../../db/open.js';
import { AppError, type FieldError } from '../../lib/errors.js';
import { problemResponses } from '../../lib/http-schemas.js';

export { default as metricsPlugin } from './metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Fails readiness, keeps serving for the drain time (responses say Connection: close), then resolves. */
    drain: () => Promise<void>;
  }
}

export type OperationsOptions = {
  operations: OperationsConfig;
  database: DatabaseTarget;
  mediaDir: string;
  webhooksEnabled: boolean;
};

/** The nearest directory that exists at or above `path` (a media directory may not exist yet). */
function existingDirectory(path: string): string {
  let dir = resolve(path);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const CHECK_TIMEOUT_MS = 2_000;
const withTimeout = <T>(work: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, fail) =>
      setTimeout(
        () => fail(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)),
        CHECK_TIMEOUT_MS,
      ).unref(),
    ),
  ]);

export const operationsPlugin = fp(
  async function operationsPlugin(app: FastifyInstance, options: OperationsOptions) {
    const { ctx } = app;
    const { operations } = options;
    const node = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    const directories = [
      ...(options.database.kind === 'sqlite' && options.database.path !== ':memory:'
        ? [dirname(resolve(options.database.path))]
        : []),
      options.mediaDir,
    ];
    let draining = false;

    /** What keeps this node from taking traffic: none means ready. */
    async function problems(): Promise<FieldError[]> {
      const found: FieldError[] = [];
      if (draining) found.push({ path: 'shutdown', message: 'the server is shutting down' });
      try {
        await withTimeout(
          ctx.transaction((tx) => tx.operations.beat(node, ctx.now())),
          'the database',
        );
      } catch (error) {
        found.push({ path: 'database', message: `does not take writes: ${(error as Error).message}` });
      }
      for (const directory of directories) {
        const stats = await statfs(existingDirectory(directory)).catch(() => undefined);
        const free = stats ? stats.bavail * stats.bsize : 0;
        if (free < operations.diskMinFreeBytes)
          found.push({
            path: 'disk',
            message: `${directory} has ${free} bytes free; at least ${operations.diskMinFreeBytes} are needed`,
          });
      }
      if (options.webhooksEnabled) {
        const { oldestDueAt } = await ctx.repos.operations.backlog(ctx.now()).catch(() => ({ oldestDueAt: null }));
        const lag = oldestDueAt ? Date.parse(ctx.now()) - Date.parse(oldestDueAt) : 0;
        if (lag > operations.workerMaxLagMs)
          found.push({ path: 'worker', message: `a due webhook delivery has waited ${Math.round(lag / 1000)} s` });
      }
      return found;
    }
    app.decorate('readiness', problems);

    app.decorate('drain', async () => {
      draining = true;
      await new Promise((done) => setTimeout(done, operations.drainMs));
    });
    // Keep-alive clients are told to reconnect (elsewhere) while the node drains.
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (draining) reply.header('connection', 'close');
      done(null, payload);
    });

    // The WAL's truncating checkpoint (SQLite), and whatever else an engine keeps tidy.
    const timer = setInterval(() => {
      ctx.engine.maintain().catch((error: unknown) => app.log.warn({ err: error }, 'database housekeeping failed'));
    }, operations.maintenanceMs);
    timer.unref();
    app.addHook('preClose', async () => {
      clearInterval(timer);
      await ctx.transaction((tx) => tx.operations.forget(node)).catch(() => undefined);
    });
  },
  { name: 'operations', dependencies: ['db'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    readiness: () => Promise<FieldError[]>;
  }
}

const tags = ['operations'];
const noStore = 'no-store';

export async function operationsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/healthz', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getHealth',
      summary: 'Liveness: the process answers',
      description: 'Always 200 while the process runs; for whether it should take traffic, see /readyz.',
      response: {
        200: z.object({ status: z.literal('ok') }).meta({ id: 'Health', example: { status: 'ok' } }),
        ...problemResponses(),
      },
    },
    handler: async (_request, reply) => reply.header('cache-control', noStore).send({ status: 'ok' as const }),
  });
  app.get('/readyz', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getReadiness',
      summary: 'Readiness: the database takes writes, the disk has room, the worker keeps up',
      description:
        '503 (UNAVAILABLE, each failing check in `errors`) while the node should not take traffic: the database refuses writes, a data directory is nearly full, due webhook deliveries wait too long, or the server is shutting down.',
      response: {
        200: z.object({ status: z.literal('ready') }).meta({ id: 'Readiness', example: { status: 'ready' } }),
        ...problemResponses('UNAVAILABLE'),
      },
    },
    handler: async (_request, reply) => {
      const found = await fastify.readiness();
      if (found.length > 0)
        throw new AppError(
          'UNAVAILABLE',
          `Not ready: ${found.map((problem) => `${problem.path} ${problem.message}`).join('; ')}`,
          {
            errors: found,
          },
        );
      return reply.header('cache-control', noStore).send({ status: 'ready' as const });
    },
  });
  app.get('/metrics', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: 'getMetrics',
      summary: 'Prometheus metrics',
      description:
        'Counts and latencies by route and status, database size, webhook backlog; no content. Keep it off the public internet.',
      response: {
        200: {
          description: 'Prometheus text format',
          content: {
            'text/plain': {
              schema: z.string().meta({
                example:
                  '# HELP newsdesk_webhook_backlog Webhook deliveries that are due and not sent yet\n# TYPE newsdesk_webhook_backlog gauge\nnewsdesk_webhook_backlog 0\n',
              }),
            },
          },
        },
        ...problemResponses(),
      },
    },
    handler: async (_request, reply) => {
      const { registry } = fastify.metrics;
      return reply
        .header('cache-control', noStore)
        .type(registry.contentType)
        .send(await registry.metrics());
    },
  });
}
