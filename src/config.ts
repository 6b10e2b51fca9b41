// The only reader of process.env: everything else receives a typed Config.
import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default('./data/newsdesk.db'),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Comma-separated list of allowed origins; empty means no cross-origin access.
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SEED_ON_START: booleanString.default(true),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
});

export type Config = {
  host: string;
  port: number;
  databasePath: string;
  mediaDir: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  corsOrigins: string[];
  bodyLimitBytes: number;
  seedOnStart: boolean;
  writesPerMinute: number;
  authFailuresPerMinute: number;
};

/** `file:` URLs and plain paths both name the SQLite file; `:memory:` stays in memory. */
function toDatabasePath(url: string): string {
  if (url.startsWith('file:')) {
    const withoutScheme = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    return decodeURIComponent(withoutScheme.split('?')[0] ?? '');
  }
  return url;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable}: ${issue?.message ?? 'invalid value'}`);
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    databasePath: toDatabasePath(values.DATABASE_URL),
    mediaDir: values.MEDIA_DIR,
    logLevel: values.LOG_LEVEL,
    corsOrigins: values.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    seedOnStart: values.SEED_ON_START,
    writesPerMinute: values.WRITE_RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: values.AUTH_FAILURES_PER_MINUTE,
  };
}

/** A config for tests and tools: defaults, an in-memory database, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), databasePath: ':memory:', logLevel: 'silent', seedOnStart: false, writesPerMinute: 100_000, authFailuresPerMinute: 100_000, ...overrides };
}
