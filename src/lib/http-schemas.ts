// Shapes shared by every module: the problem body, path parameters, list envelopes.
import { z } from 'zod';
import { type ErrorCode, errorCatalogue, problemType } from './errors.js';

export const uuid = z.uuid({ version: 'v7', message: 'must be a UUIDv7 string' });
// Timestamps are stored as ISO strings and compared as text, which holds for four-digit years
// only: an offset that pushes 9999-12-31 into year 10000 would sort before 2025.
export const isoDateTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time' })
  .refine((value) => {
    const year = new Date(value).getUTCFullYear();
    return Number.isNaN(year) || (year >= 1000 && year <= 9999); // an unparseable value has its own error
  }, 'must fall between the years 1000 and 9999 (UTC)');
export const timestampFields = {
  createdAt: z.string().meta({ format: 'date-time', example: '2025-01-15T00:00:00.000Z' }),
  updatedAt: z.string().meta({ format: 'date-time', example: '2025-01-15T00:00:00.000Z' }),
  version: z.number().int().min(1).meta({ description: 'Increases by one on every change.' }),
};
export const slugSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII letters and digits separated by single hyphens');

export const problemSchema = z
  .object({
    type: z.string().meta({ example: problemType('VALIDATION_FAILED') }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z
      .enum(Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]])
      .meta({ description: 'Stable machine-readable error code: switch on it.' }),
    instance: z
      .string()
      .optional()
      .meta({ description: 'The request target; absent when the request could not be parsed.' }),
    requestId: z.string().meta({
      description: 'The request id, also sent as `X-Request-Id` and written in every log line of the request.',
      example: '0b9c6c1e-3f4a-4d5b-9e8f-7a6b5c4d3e2f',
    }),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    referrers: z
      .array(z.object({ type: z.string(), id: z.string(), slug: z.string().optional() }))
      .optional()
      .meta({ description: 'What still uses the resource (409 STILL_REFERENCED).' }),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details.',
    example: {
      type: problemType('VALIDATION_FAILED'),
      title: 'Your request is not valid',
      status: 400,
      detail: 'title: Too small: expected string to have >=1 characters',
      code: 'VALIDATION_FAILED',
      instance: '/v1/articles',
      requestId: '0b9c6c1e-3f4a-4d5b-9e8f-7a6b5c4d3e2f',
      errors: [{ path: 'title', message: 'Too small: expected string to have >=1 characters' }],
    },
  });

/** Response entries for the error statuses a route can give, each a problem+json body. */
export function problemResponses(
  ...codes: ErrorCode[]
): Record<number, { description: string; content: Record<string, { schema: typeof problemSchema }> }> {
  const byStatus: Record<number, ErrorCode[]> = {};
  for (const code of ['VALIDATION_FAILED', 'RATE_LIMITED', ...codes] as ErrorCode[]) {
    const status = errorCatalogue[code].status;
    byStatus[status] ??= [];
    if (!byStatus[status].includes(code)) byStatus[status].push(code);
  }
  return Object.fromEntries(
    Object.entries(byStatus).map(([status, list]) => [
      Number(status),
      {
        description: list.map((code) => `${code}: ${errorCatalogue[code].title}`).join('; '),
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
}

// Request headers a route honours are declared in its schema (`headers`): they are validated like
// any input, and the OpenAPI document states them (with the 412/422 they can lead to). Loose
// objects: every other header passes through untouched.
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const ifMatch = z.string().optional().meta({
  description:
    'The `ETag` you last read or wrote (several, comma-separated, or `*`): the change is made only if the resource is still at that version, else 412 PRECONDITION_FAILED and nothing changes. Without it the change is made whatever the version.',
  example: '"v3-1ukbm0xq9z2hd"',
});
const idempotencyKey = z
  .string()
  .regex(IDEMPOTENCY_KEY_PATTERN, 'must be 1 to 255 visible ASCII characters')
  .optional()
  .meta({
    description:
      'Any unique string (a UUID): a retry with the same key and body within 24 hours returns the first answer (with `Idempotent-Replayed: true`) and creates nothing; the same key with another body is a 422.',
    example: '5f0c7d1e-2b7a-4c47-9a57-3f1f8a0d6c2e',
  });
/** PATCH, PUT, DELETE and restore of a versioned resource: optimistic concurrency. */
export const conditionalWriteHeaders = z.looseObject({ 'if-match': ifMatch });
/** A create whose retry is safe. */
export const idempotentCreateHeaders = z.looseObject({ 'idempotency-key': idempotencyKey });

export const idParams = z.object({ id: uuid });
export const idOrSlugParams = z.object({ idOrSlug: z.string().min(1).max(200) });

const booleanQuery = z
  .enum(['true', 'false'], { message: "must be 'true' or 'false'" })
  .transform((value) => value === 'true');

/** The most items a page of a list holds. */
export const PAGE_LIMIT_MAX = 100;

export const listQueryBase = {
  limit: z.coerce
    .number({ message: 'must be an integer' })
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(PAGE_LIMIT_MAX, `must be at most ${PAGE_LIMIT_MAX}`)
    .default(20),
  cursor: z.string().min(1).max(500).optional().meta({ description: 'Opaque cursor from `meta.nextCursor`.' }),
  count: booleanQuery.optional().meta({ description: 'Adds `meta.total`.' }),
};

export const forceQuery = z
  .object({ force: booleanQuery.optional().meta({ description: 'Detach every referrer before deleting.' }) })
  .strict();

export function listEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      meta: z.object({
        limit: z.number().int(),
        nextCursor: z.string().nullable(),
        total: z.number().int().optional(),
      }),
    })
    .meta({ id });
}
