// The only reader of process.env: everything else receives a typed Config.
import { z } from 'zod';
import type { DatabaseTarget } from './db/open.js';
import { DEFAULT_LOCALE_LIST, type Locales, parseLocales } from './lib/locales.js';

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
/** A base URL without a trailing slash, so `{base}/news/…` never doubles it. */
const baseUrl = httpUrl.transform((url) => url.replace(/\/+$/, ''));

/** An empty value (`NAME=` in an env file) means the setting is not given. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Fills `{base}`, `{slug}` and `{id}` in a URL template (ARTICLE_URL_TEMPLATE, AUTHOR_URL_TEMPLATE). */
export function expandUrlTemplate(template: string, values: { base: string; slug: string; id: string }): string {
  return template.replaceAll('{base}', values.base).replaceAll('{slug}', values.slug).replaceAll('{id}', values.id);
}

/** A public page's URL with `{base}` (PUBLIC_SITE_URL), `{slug}` and `{id}` to fill in. */
const urlTemplate = z
  .string()
  .refine((template) => template.includes('{slug}') || template.includes('{id}'), 'must contain {slug} or {id}')
  .refine(
    (template) =>
      URL.canParse(expandUrlTemplate(template, { base: 'https://example.org', slug: 'a-slug', id: 'an-id' })),
    'must give a URL once {base}, {slug} and {id} are filled in',
  );

const booleanString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

export const configSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).default('./data/newsdesk.db'),
  // PostgreSQL only: connections per node (nodes × this must stay under the server's max_connections).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(1_000).default(10),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  // Largest accepted uploaded file, in bytes (20 MiB).
  MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  // What image work may cost: frames of an animation, seconds to process one upload or variant,
  // and how many are processed at once (with how many more waiting; past that, a 503).
  MEDIA_MAX_FRAMES: z.coerce.number().int().min(1).max(100_000).default(1_000),
  MEDIA_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3_600).default(20),
  MEDIA_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  MEDIA_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Comma-separated list of allowed origins; empty means no cross-origin access.
  CORS_ORIGINS: z.string().default(''),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  // Without a proxy in front, the server bounds slow clients itself (all in milliseconds).
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  SEED_ON_START: booleanString.default(true),
  // Public reads of routes that declare a direct reader are answered before Fastify's pipeline
  // (plugins/direct-reads.ts); false sends every request through the pipeline.
  DIRECT_READS: booleanString.default(true),
  // Operations (all in milliseconds but the bytes): readiness fails below this much free disk, or
  // when due webhook deliveries wait longer; SIGTERM first fails readiness and keeps serving for the
  // drain time (a load balancer stops sending); housekeeping (the WAL's checkpoint) runs this often.
  DISK_MIN_FREE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  WORKER_MAX_LAG_MS: z.coerce.number().int().min(1_000).default(300_000),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  MAINTENANCE_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  WEBHOOKS_ENABLED: booleanString.default(true),
  // Announcing scheduled articles when their time comes (exactly once, whichever node claims it).
  SCHEDULER_ENABLED: booleanString.default(true),
  // Lets webhooks reach loopback/private addresses: for local development and the test suite only.
  WEBHOOK_ALLOW_PRIVATE: booleanString.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(60_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1_000),
  // Where readers see the site: article links in feeds, sitemaps and structured data.
  PUBLIC_SITE_URL: baseUrl.default('http://127.0.0.1:3000'),
  // Where the public reaches this API (sitemap index entries, feed self links, /media files);
  // defaults to PUBLIC_SITE_URL, for a site that serves the API under its own origin.
  PUBLIC_API_URL: optional(baseUrl),
  ARTICLE_URL_TEMPLATE: urlTemplate.default('{base}/news/{slug}'),
  // Where the site shows an author's page, if it has them: authors' `url` (null when unset).
  AUTHOR_URL_TEMPLATE: optional(urlTemplate),
  PUBLISHER_NAME: z.string().trim().min(1).max(200).default('Newsdesk'),
  PUBLISHER_LOGO_URL: optional(httpUrl),
  // The languages content is written in (BCP 47, comma-separated), the first the default: what
  // existing content and an article written without a locale are in (docs/translations.md).
  LOCALES: z
    .string()
    .default(DEFAULT_LOCALE_LIST)
    .transform((list, ctx) => {
      const parsed = parseLocales(list);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  // ISO 639 language of the publication as a whole: what a feed of every locale declares.
  PUBLICATION_LANGUAGE: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'must be an ISO 639 language code such as en, uk or zh-tw')
    .default('en'),
});

/**
 * Rules across variables. Node refuses a headers timeout longer than the request timeout; and a
 * connection idle timeout shorter than the request timeout would cut a stalled body off without
 * the 408.
 */
const checkedConfigSchema = configSchema
  .refine((env) => env.HEADERS_TIMEOUT_MS <= env.REQUEST_TIMEOUT_MS, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'must not exceed REQUEST_TIMEOUT_MS',
  })
  .refine((env) => env.CONNECTION_TIMEOUT_MS >= env.REQUEST_TIMEOUT_MS, {
    path: ['CONNECTION_TIMEOUT_MS'],
    message: 'must be at least REQUEST_TIMEOUT_MS',
  });

export type Config = {
  host: string;
  port: number;
  database: DatabaseTarget;
  mediaDir: string;
  mediaMaxBytes: number;
  media: MediaBudget;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  corsOrigins: string[];
  bodyLimitBytes: number;
  timeouts: { headersMs: number; requestMs: number; connectionMs: number; keepAliveMs: number };
  operations: OperationsConfig;
  seedOnStart: boolean;
  writesPerMinute: number;
  authFailuresPerMinute: number;
  schedulerEnabled: boolean;
  /** Public reads answered before Fastify's pipeline where a route can (plugins/direct-reads.ts). */
  directReads: boolean;
  webhooks: {
    enabled: boolean;
    allowPrivate: boolean;
    timeoutMs: number;
    retryBaseMs: number;
    maxAttempts: number;
    pollMs: number;
    concurrency: number;
  };
  locales: Locales;
  site: SiteConfig;
};

/** Health, readiness, shutdown and housekeeping (see docs/operations.md). */
export type OperationsConfig = {
  diskMinFreeBytes: number;
  workerMaxLagMs: number;
  drainMs: number;
  maintenanceMs: number;
};

/** What image work may cost (see MEDIA_* in .env.example). */
export type MediaBudget = { maxFrames: number; timeoutSeconds: number; concurrency: number; queue: number };

/** The public face of the publication, for feeds, sitemaps and structured data. */
export type SiteConfig = {
  url: string;
  apiUrl: string;
  articleUrlTemplate: string;
  /** Null when the site has no author pages. */
  authorUrlTemplate: string | null;
  publisherName: string;
  publisherLogoUrl: string | null;
  language: string;
  /** URLs per article sitemap page: the sitemaps.org maximum (tests lower it). */
  sitemapPageSize: number;
};

/** A `postgres://` URL is PostgreSQL; `file:` URLs and plain paths name the SQLite file
 *  (`:memory:` stays in memory). */
export function toDatabaseTarget(url: string, poolSize?: number): DatabaseTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url, ...(poolSize ? { poolSize } : {}) };
  if (url.startsWith('file:')) {
    const withoutScheme = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    return { kind: 'sqlite', path: decodeURIComponent(withoutScheme.split('?')[0] ?? '') };
  }
  return { kind: 'sqlite', path: url };
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = checkedConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable}: ${issue?.message ?? 'invalid value'}`);
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    database: toDatabaseTarget(values.DATABASE_URL, values.DATABASE_POOL_SIZE),
    mediaDir: values.MEDIA_DIR,
    mediaMaxBytes: values.MEDIA_MAX_BYTES,
    media: {
      maxFrames: values.MEDIA_MAX_FRAMES,
      timeoutSeconds: values.MEDIA_TIMEOUT_SECONDS,
      concurrency: values.MEDIA_CONCURRENCY,
      queue: values.MEDIA_QUEUE,
    },
    logLevel: values.LOG_LEVEL,
    corsOrigins: values.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    timeouts: {
      headersMs: values.HEADERS_TIMEOUT_MS,
      requestMs: values.REQUEST_TIMEOUT_MS,
      connectionMs: values.CONNECTION_TIMEOUT_MS,
      keepAliveMs: values.KEEP_ALIVE_TIMEOUT_MS,
    },
    operations: {
      diskMinFreeBytes: values.DISK_MIN_FREE_BYTES,
      workerMaxLagMs: values.WORKER_MAX_LAG_MS,
      drainMs: values.SHUTDOWN_DRAIN_MS,
      maintenanceMs: values.MAINTENANCE_INTERVAL_MS,
    },
    seedOnStart: values.SEED_ON_START,
    writesPerMinute: values.WRITE_RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: values.AUTH_FAILURES_PER_MINUTE,
    schedulerEnabled: values.SCHEDULER_ENABLED,
    directReads: values.DIRECT_READS,
    webhooks: {
      enabled: values.WEBHOOKS_ENABLED,
      allowPrivate: values.WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: values.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: values.WEBHOOK_MAX_ATTEMPTS,
      pollMs: values.WEBHOOK_POLL_MS,
      concurrency: 8,
    },
    locales: values.LOCALES,
    site: {
      url: values.PUBLIC_SITE_URL,
      apiUrl: values.PUBLIC_API_URL ?? values.PUBLIC_SITE_URL,
      articleUrlTemplate: values.ARTICLE_URL_TEMPLATE,
      authorUrlTemplate: values.AUTHOR_URL_TEMPLATE ?? null,
      publisherName: values.PUBLISHER_NAME,
      publisherLogoUrl: values.PUBLISHER_LOGO_URL ?? null,
      language: values.PUBLICATION_LANGUAGE.toLowerCase(),
      sitemapPageSize: 50_000,
    },
  };
}

/** A config for tests and tools: defaults, an in-memory database, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const defaults = loadConfig({
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_POLL_MS: '50',
    WEBHOOK_RETRY_BASE_MS: '50',
    WEBHOOK_TIMEOUT_MS: '1000',
  });
  return {
    ...defaults,
    database: { kind: 'sqlite', path: ':memory:' },
    logLevel: 'silent',
    seedOnStart: false,
    writesPerMinute: 100_000,
    authFailuresPerMinute: 100_000,
    ...overrides,
  };
}
