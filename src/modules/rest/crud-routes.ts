// The browse/read/add/edit/destroy vocabulary shared by authors and images: one definition of
// the URL shapes, access rules, status codes and error responses; each module brings its
// schemas and service functions.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.js';
import { type Cursor, decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { AppError, type ErrorCode, invalidField } from '../../lib/errors.js';
import {
  conditionalWriteHeaders,
  forceQuery,
  idempotentCreateHeaders,
  idOrSlugParams,
  idParams,
  problemResponses,
} from '../../lib/http-schemas.js';
import { type Precondition, preconditionOf } from '../../lib/preconditions.js';
import { type Access, actorOf } from '../../plugins/auth.js';
import { type Actor, roles, type Viewer } from '../access/index.js';
import { type Created, idempotent } from './idempotency.js';

type Page<Row> = { rows: Row[]; total?: number };

/**
 * A create that also accepts multipart/form-data (a file upload). The form is read into
 * `request.body` before validation, so its fields are validated like a JSON body; `add` may do
 * slow work (decoding, storing) before it calls `commit`, which writes the record under the same
 * Idempotency-Key handling as a JSON create.
 */
export type UploadDefinition<Row, Upload> = {
  schema: z.ZodType<Upload>;
  readForm: (request: FastifyRequest, reply: FastifyReply) => Promise<Record<string, unknown>>;
  /** Error codes only an upload can answer with (documented on the create operation). */
  errors: ErrorCode[];
  add: (input: Upload, actor: Actor, commit: (insert: (ctx: Ctx) => Promise<Row>) => Promise<void>) => Promise<void>;
};

export type CrudDefinition<Row extends { id: string; version: number }, Out, Create, Patch, Upload = never> = {
  singular: string; // 'author'
  withArticle: string; // 'an author', for summaries
  plural: string; // 'authors'
  notFound: ErrorCode;
  access: { create: Access; update: Access; delete: Access };
  schemas: {
    item: z.ZodType<Out>;
    list: z.ZodType;
    listQuery: z.ZodType<{ limit: number; cursor?: string | undefined; count?: boolean | undefined }>;
    create: z.ZodType<Create>;
    replace: z.ZodType<Create>;
    patch: z.ZodType<Patch>;
  };
  /** The column lists are sorted by; the cursor carries its value. */
  sort: { name: string; keyOf: (row: Row) => string };
  browse: (viewer: Viewer, limit: number, cursor: Cursor | undefined, count: boolean) => Promise<Page<Row>>;
  read: (idOrSlug: string, viewer: Viewer) => Promise<Row | undefined>;
  present: (row: Row, viewer: Viewer) => Out;
  /** Writes with `ctx`: inside the transaction that stores an Idempotency-Key's answer, when one is sent. */
  add: (ctx: Ctx, input: Create, actor: Actor) => Promise<Row>;
  edit: (
    id: string,
    input: Patch,
    mode: 'patch' | 'replace',
    actor: Actor,
    precondition: Precondition | undefined,
  ) => Promise<Row>;
  destroy: (id: string, force: boolean, actor: Actor, precondition: Precondition | undefined) => Promise<void>;
  upload?: UploadDefinition<Row, Upload>;
};

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

const MULTIPART = 'multipart/form-data';

export function crudRoutes<Row extends { id: string; version: number }, Out, Create, Patch, Upload = never>(
  def: CrudDefinition<Row, Out, Create, Patch, Upload>,
) {
  return async function routes(fastify: FastifyInstance) {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = [def.plural];
    const Singular = capitalise(def.singular);
    const Plural = capitalise(def.plural);
    // A role can be too low only where more than the lowest is needed.
    const forbidden = (access: Access): ErrorCode[] =>
      access === 'public' || access === roles[0] ? [] : ['FORBIDDEN'];
    const bodyErrors: ErrorCode[] = ['UNAUTHENTICATED', 'SLUG_TAKEN', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'];
    const writeErrors = problemResponses(...bodyErrors, ...forbidden(def.access.update), def.notFound);
    const edited = (reply: FastifyReply, viewer: Viewer, row: Row): Out => {
      reply.resourceVersion = row.version;
      return def.present(row, viewer);
    };

    app.get('/', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: `list${Plural}`,
        summary: `List ${def.plural}`,
        querystring: def.schemas.listQuery,
        response: { 200: def.schemas.list, ...problemResponses('INVALID_CURSOR', 'UNAUTHENTICATED') },
      },
      handler: async (request) => {
        const { limit, cursor, count } = request.query;
        const page = await def.browse(
          request.viewer,
          limit + 1,
          cursor ? decodeCursor(cursor, def.sort.name) : undefined,
          count === true,
        );
        const rows = page.rows.slice(0, limit);
        const last = rows.at(-1);
        return {
          data: rows.map((row) => def.present(row, request.viewer)),
          meta: {
            limit,
            nextCursor:
              page.rows.length > limit && last
                ? encodeCursor({ sort: def.sort.name, key: def.sort.keyOf(last), id: last.id })
                : null,
            ...(page.total !== undefined ? { total: page.total } : {}),
          },
        };
      },
    });

    const upload = def.upload;
    const created = (request: FastifyRequest, row: Row): Created => ({
      status: 201,
      body: def.present(row, request.viewer) as Created['body'],
      location: `/v1/${def.plural}/${row.id}`,
    });
    app.post('/', {
      config: { access: def.access.create },
      schema: {
        tags,
        operationId: `create${Singular}`,
        summary: `Create ${def.withArticle}`,
        ...(upload
          ? {
              description: `Send JSON, or upload the file as \`multipart/form-data\` (a \`file\` part plus the other fields).`,
            }
          : {}),
        body: upload
          ? { content: { 'application/json': { schema: def.schemas.create }, [MULTIPART]: { schema: upload.schema } } }
          : def.schemas.create,
        headers: idempotentCreateHeaders,
        response: {
          201: def.schemas.item,
          ...problemResponses(...bodyErrors, ...forbidden(def.access.create), ...(upload?.errors ?? [])),
        },
      },
      ...(upload
        ? {
            preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
              if (request.mediaType === MULTIPART) request.body = await upload.readForm(request, reply);
              // Bodies are validated per media type: one without a type (no body) would be validated by nothing.
              else if (request.mediaType !== 'application/json')
                throw invalidField('(body)', 'is required: send JSON, or multipart/form-data with a file');
            },
          }
        : {}),
      handler: async (request, reply) => {
        if (upload && request.mediaType === MULTIPART) {
          await upload.add(request.body as Upload, actorOf(request), async (insert) => {
            await idempotent(app.ctx, request, reply, async (ctx) => created(request, await insert(ctx)));
          });
          return reply;
        }
        return idempotent(app.ctx, request, reply, async (ctx) =>
          created(request, await def.add(ctx, request.body as Create, actorOf(request))),
        );
      },
    });

    app.get('/:idOrSlug', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: `get${Singular}`,
        summary: `Get ${def.withArticle} by id or slug`,
        params: idOrSlugParams,
        response: { 200: def.schemas.item, ...problemResponses('UNAUTHENTICATED', def.notFound) },
      },
      handler: async (request, reply) => {
        const row = await def.read(request.params.idOrSlug, request.viewer);
        if (!row)
          throw new AppError(def.notFound, `No ${def.singular} has the id or slug '${request.params.idOrSlug}'`);
        reply.resourceVersion = row.version;
        return def.present(row, request.viewer);
      },
    });

    app.patch('/:id', {
      config: { access: def.access.update },
      schema: {
        tags,
        operationId: `update${Singular}`,
        summary: `Change some fields of ${def.withArticle}`,
        params: idParams,
        headers: conditionalWriteHeaders,
        body: def.schemas.patch,
        response: { 200: def.schemas.item, ...writeErrors },
      },
      handler: async (request, reply) =>
        edited(
          reply,
          request.viewer,
          await def.edit(request.params.id, request.body as Patch, 'patch', actorOf(request), preconditionOf(request)),
        ),
    });

    app.put('/:id', {
      config: { access: def.access.update },
      schema: {
        tags,
        operationId: `replace${Singular}`,
        summary: `Replace ${def.withArticle}`,
        description: 'Fields left out return to their defaults; the slug is kept unless one is sent.',
        params: idParams,
        headers: conditionalWriteHeaders,
        body: def.schemas.replace,
        response: { 200: def.schemas.item, ...writeErrors },
      },
      handler: async (request, reply) =>
        edited(
          reply,
          request.viewer,
          await def.edit(
            request.params.id,
            request.body as Patch,
            'replace',
            actorOf(request),
            preconditionOf(request),
          ),
        ),
    });

    app.delete('/:id', {
      config: { access: def.access.delete },
      schema: {
        tags,
        operationId: `delete${Singular}`,
        summary: `Delete ${def.withArticle}`,
        description: 'Answers 409 STILL_REFERENCED naming every referrer, unless `force=true` detaches them first.',
        params: idParams,
        querystring: forceQuery,
        headers: conditionalWriteHeaders,
        response: {
          204: z.null().meta({ description: 'Deleted' }),
          ...problemResponses('UNAUTHENTICATED', ...forbidden(def.access.delete), def.notFound, 'STILL_REFERENCED'),
        },
      },
      handler: async (request, reply) => {
        await def.destroy(request.params.id, request.query.force === true, actorOf(request), preconditionOf(request));
        return reply.code(204).send(null);
      },
    });
  };
}
