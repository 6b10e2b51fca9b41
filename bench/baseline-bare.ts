// Baseline (a) of `npm run bench`: bare Fastify answering GET / with {hello:'world'}, no plugins,
// no logging. The ceiling of the HTTP layer on this machine.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3001) });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
