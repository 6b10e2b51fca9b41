// `npm run db:generate`: a migration per engine from its schema (src/db/<engine>/schema.ts).
import { defineConfig } from 'drizzle-kit';

const engine = process.env.DRIZZLE_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export default defineConfig({
  dialect: engine === 'postgres' ? 'postgresql' : 'sqlite',
  schema: `./src/db/${engine}/schema.ts`,
  out: `./migrations/${engine}`,
  casing: 'snake_case',
});
