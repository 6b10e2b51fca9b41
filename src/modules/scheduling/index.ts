// Scheduled publishing, run by its own plugin whether or not webhooks are enabled.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { announceDueArticles } from './service.js';

export { createSchedulingRepository } from './repository.js';
export { announceDueArticles } from './service.js';

/** Looks for due articles every `pollMs`, and soon after any write (the worker's wake). */
export const schedulerPlugin = fp(
  async function schedulerPlugin(app: FastifyInstance, options: { pollMs: number }) {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> | undefined;
    let stopped = false;
    const tick = () => {
      if (stopped || running) return;
      running = announceDueArticles(app.ctx)
        .catch((error: unknown) => app.log.error({ err: error }, 'announcing scheduled articles failed'))
        .finally(() => {
          running = undefined;
          if (!stopped) timer = setTimeout(tick, options.pollMs);
        });
    };
    app.addHook('onReady', async () => {
      timer = setTimeout(tick, 0);
    });
    app.addHook('preClose', async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    });
  },
  { name: 'scheduler', dependencies: ['db'] },
);
