// Loads config, builds the app, imports the source article into an empty database, listens,
// and drains and closes gracefully on SIGTERM/SIGINT (see below).
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { seedIfEmpty } from './seed/import.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const app = await buildApp(config);
if (config.seedOnStart) await seedIfEmpty(app.ctx, app.log);

// On SIGTERM/SIGINT: readiness fails at once and the server keeps serving for the drain time
// (a load balancer stops sending it traffic; keep-alive clients are told Connection: close), then
// stops listening, lets in-flight requests finish and closes idle connections, then the workers
// and the database. After an uncaught error it closes without draining.
closeWithGrace({ delay: config.operations.drainMs + 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else {
    app.log.info({ signal, drainMs: config.operations.drainMs }, 'draining, then shutting down');
    await app.drain();
  }
  await app.close();
});

await app.listen({ host: config.host, port: config.port });
