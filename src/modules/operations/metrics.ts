// Prometheus metrics (prom-client), served at /metrics: requests by route, method and status (a
// histogram: its _count is the request count), the database's size, the webhook backlog and lag,
// delivery outcomes, and the process's own (memory, CPU, event-loop delay).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: {
      registry: Registry;
      deliveryOutcome: (outcome: DeliveryOutcome) => void;
      /** One answered request (also for those answered before Fastify's pipeline: plugins/direct-reads.ts). */
      requestServed: (method: string, route: string, status: number, seconds: number) => void;
    };
  }
}

export default fp(
  async function metricsPlugin(app: FastifyInstance) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: 'newsdesk_' });
    const requests = new Histogram({
      name: 'newsdesk_http_request_duration_seconds',
      help: 'Time from the request arriving to the response being sent, by route, method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    const deliveries = new Counter({
      name: 'newsdesk_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome (retrying: failed, will be tried again)',
      labelNames: ['outcome'],
      registers: [registry],
    });
    const { engine, repos, now } = app.ctx;
    new Gauge({
      name: 'newsdesk_database_bytes',
      help: 'Size of the database (SQLite: the file; PostgreSQL: pg_database_size)',
      registers: [registry],
      async collect() {
        this.set((await engine.stats()).databaseBytes);
      },
    });
    new Gauge({
      name: 'newsdesk_database_wal_bytes',
      help: "Size of SQLite's write-ahead log (0 on PostgreSQL)",
      registers: [registry],
      async collect() {
        this.set((await engine.stats()).walBytes ?? 0);
      },
    });
    new Gauge({
      name: 'newsdesk_webhook_backlog',
      help: 'Webhook deliveries that are due and not sent yet',
      registers: [registry],
      async collect() {
        this.set((await repos.operations.backlog(now())).due);
      },
    });
    new Gauge({
      name: 'newsdesk_webhook_lag_seconds',
      help: 'How long the oldest due webhook delivery has waited (0 when none waits)',
      registers: [registry],
      async collect() {
        const { oldestDueAt } = await repos.operations.backlog(now());
        this.set(oldestDueAt ? Math.max(0, (Date.parse(now()) - Date.parse(oldestDueAt)) / 1000) : 0);
      },
    });
    const requestServed = (method: string, route: string, status: number, seconds: number) =>
      requests.observe({ method, route, status }, seconds);
    app.decorate('metrics', {
      registry,
      deliveryOutcome: (outcome: DeliveryOutcome) => deliveries.inc({ outcome }),
      requestServed,
    });
    app.addHook('onResponse', (request, reply, done) => {
      requestServed(
        request.method,
        request.routeOptions.url ?? 'unmatched',
        reply.statusCode,
        reply.elapsedTime / 1000,
      );
      done();
    });
  },
  { name: 'metrics', dependencies: ['db'] },
);
