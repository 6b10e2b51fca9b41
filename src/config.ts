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
  // Largest accepted uploaded file, in bytes (20 MiB).
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Comma-separated list of allowed origins; empty means no cross-origin access.
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SEED_ON_START: booleanString.default(true),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  WEBHOOKS_ENABLED: booleanString.default(true),
  // Lets webhooks reach loopback/private addresses: for local development and the test suite only.
  WEBHOOK_ALLOW_PRIVATE: booleanString.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1_000),
});

export type Config = {
  host: string;
  port: number;
  databasePath: string;
  mediaDir: string;
  mediaMaxBytes: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  corsOrigins: string[];
  bodyLimitBytes: number;
  seedOnStart: boolean;
  writesPerMinute: number;
  authFailuresPerMinute: number;
  webhooks: { enabled: boolean; allowPrivate: boolean; timeoutMs: number; retryBaseMs: number; maxAttempts: number; pollMs: number; concurrency: number };
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
    mediaMaxBytes: values.MEDIA_MAX_BYTES,
    logLevel: values.LOG_LEVEL,
    corsOrigins: values.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    seedOnStart: values.SEED_ON_START,
    writesPerMinute: values.WRITE_RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: values.AUTH_FAILURES_PER_MINUTE,
    webhooks: {
      enabled: values.WEBHOOKS_ENABLED,
      allowPrivate: values.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: values.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: values.WEBHOOK_MAX_ATTEMPTS,
      pollMs: values.WEBHOOK_POLL_MS,
      concurrency: 8,
    },
  };
}

/** A config for tests and tools: defaults, an in-memory database, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const defaults = loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_MS: '50', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_TIMEOUT_MS: '1000' });
  return { ...defaults, databasePath: ':memory:', logLevel: 'silent', seedOnStart: false, writesPerMinute: 100_000, authFailuresPerMinute: 100_000, ...overrides };
}
