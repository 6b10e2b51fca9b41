import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notIssuedHere } from '../../lib/cursor.js';
import { problemResponses } from '../../lib/http-schemas.js';

/** What the feed carries; webhook pings are deliveries to one webhook, not changes, and stay out. */
const changeResources = ['article', 'author', 'image', 'relatedLink', 'synonym'] as const;
type ChangeResource = (typeof changeResources)[number];

const changeSchema = z
  .object({
    eventId: z.string(),
    type: z.string().meta({ example: 'article.published' }),
    resource: z.enum(changeResources),
    id: z.string(),
    operation: z
      .enum(['upsert', 'delete'])
      .meta({ description: '`upsert`: `data` is the representation; `delete`: a tombstone (id, slug).' }),
    occurredAt: z.string(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'Change' });

const changesSchema = z
  .object({
    data: z.array(changeSchema),
    meta: z.object({
      limit: z.number().int(),
      nextCursor: z.string().meta({ description: 'Pass as `since` next time; stays valid across restarts.' }),
    }),
  })
  .meta({ id: 'ChangeList' });

const encode = (seq: number) => Buffer.from(`s${seq}`).toString('base64url');
function decode(cursor: string): number {
  const match = /^s(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw notIssuedHere('since');
  return Number(match[1]);
}

/** The change feed: every change in commit order; the public sees public changes only. */
export async function changeRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  app.get('/', {
    config: { access: 'public' },
    schema: {
      tags: ['changes'],
      operationId: 'listChanges',
      summary: 'Changes since a cursor, in commit order',
      description:
        'Start without `since` to read from the beginning; keep the returned `nextCursor`. Editors and admins see every change, drafts and other private ones included. Everyone else sees the public feed: the changes that were public when made, while what they are about is still public — what is withdrawn (unpublished, deleted, no longer shown) leaves it, and only its tombstone (`operation: delete`, with id and slug) stays.',
      querystring: z.strictObject({
        since: z.string().min(1).max(100).optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: { 200: changesSchema, ...problemResponses('UNAUTHENTICATED', 'INVALID_CURSOR') },
    },
    handler: async (request) => {
      const since = request.query.since ? decode(request.query.since) : 0;
      const rows = await ctx.repos.events.since(since, request.query.limit, request.viewer, ctx.now());
      return {
        data: rows.map((row) => ({
          eventId: row.id,
          type: row.type,
          resource: row.resourceType as ChangeResource,
          id: row.resourceId,
          operation: row.operation,
          occurredAt: row.occurredAt,
          data: row.data as Record<string, unknown>,
        })),
        meta: { limit: request.query.limit, nextCursor: encode(rows.at(-1)?.seq ?? since) },
      };
    },
  });
}
