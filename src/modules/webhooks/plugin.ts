// Runs the webhook worker for the app's lifetime: started when the app is ready, stopped (after
// its in-flight deliveries) when the app closes, before the database does.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { startWebhookWorker, type WorkerOptions } from './worker.js';

export default fp(
  async function webhookWorkerPlugin(app: FastifyInstance, options: WorkerOptions & { enabled: boolean }) {
    if (!options.enabled) return;
    let worker: ReturnType<typeof startWebhookWorker> | undefined;
    let unwatch: (() => void) | undefined;
    app.addHook('onReady', async () => {
      worker = startWebhookWorker(app.ctx, app.log.child({ component: 'webhooks' }), {
        ...options,
        onOutcome: app.metrics?.deliveryOutcome,
      });
      app.ctx.wakeWorker = worker.wake;
      // A commit by another process or node may have queued deliveries: look at once.
      unwatch = app.ctx.engine.watch(worker.wake);
    });
    app.addHook('preClose', async () => {
      unwatch?.();
      app.ctx.wakeWorker = undefined;
      await worker?.stop();
    });
  },
  { name: 'webhook-worker', dependencies: ['db'] },
);
