// The OpenAPI document is a by-product of the routes' Zod schemas: /openapi.json, Swagger UI
// at /docs, and `npm run openapi` writes the same document to openapi.yaml.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { completeContract, type OpenApiDocument } from '../lib/openapi-contract.js';
import { documentHeaders } from './edges.js';

type ContentResponse = { description?: string; content: Record<string, { schema: unknown }> };
const isContentResponse = (entry: unknown): entry is ContentResponse =>
  typeof entry === 'object' && entry !== null && !(entry instanceof z.ZodType) && 'content' in entry;

/**
 * jsonSchemaTransform converts bare Zod response schemas only; the error responses are written
 * in the `{ description, content: { 'application/problem+json': { schema } } }` form. Each such
 * schema is converted under a stand-in key, then put back in its content entry.
 */
const convert: typeof jsonSchemaTransform = (input) => {
  const response = input.schema?.response as Record<string, unknown> | undefined;
  if (!response || !Object.values(response).some(isContentResponse)) return jsonSchemaTransform(input);
  const flat: Record<string, unknown> = {};
  for (const [status, entry] of Object.entries(response)) {
    if (!isContentResponse(entry)) flat[status] = entry;
    else for (const [mediaType, { schema }] of Object.entries(entry.content)) flat[`${status} ${mediaType}`] = schema;
  }
  const result = jsonSchemaTransform({ ...input, schema: { ...input.schema, response: flat } });
  const converted = (result.schema as { response?: Record<string, unknown> }).response ?? {};
  const responses = Object.fromEntries(
    Object.entries(response).map(([status, entry]) => [
      status,
      isContentResponse(entry)
        ? {
            ...entry,
            content: Object.fromEntries(
              Object.keys(entry.content).map((mediaType) => [
                mediaType,
                { schema: converted[`${status} ${mediaType}`] },
              ]),
            ),
          }
        : converted[status],
    ]),
  );
  return { ...result, schema: { ...result.schema, response: responses } };
};

type ContentBody = { content: Record<string, { schema: unknown }> };
const isContentBody = (body: unknown): body is ContentBody =>
  typeof body === 'object' && body !== null && !(body instanceof z.ZodType) && 'content' in body;

/** A body declared per media type (JSON, or a multipart upload) is converted one media type at a time. */
const convertBody: typeof jsonSchemaTransform = (input) => {
  const body = input.schema?.body;
  if (!isContentBody(body)) return convert(input);
  const { body: _body, ...others } = input.schema!;
  const result = convert({ ...input, schema: others });
  const content = Object.fromEntries(
    Object.entries(body.content).map(([mediaType, { schema }]) => [
      mediaType,
      { schema: (jsonSchemaTransform({ ...input, schema: { body: schema } }).schema as { body?: unknown }).body },
    ]),
  );
  return { ...result, schema: { ...result.schema, body: { content } } };
};

type ParamsSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

/**
 * Reads take `/:idOrSlug` and writes `/:id` on the same URL; OpenAPI wants one path item with
 * one parameter name, so the document calls both `{id}` and says that reads accept a slug too.
 */
const transform: typeof jsonSchemaTransform = (input) => {
  const result = convertBody(input);
  if (!result.url.includes('/:idOrSlug')) return result;
  const schema = result.schema as { params?: ParamsSchema };
  const params = schema.params;
  const idOrSlug = params?.properties?.idOrSlug;
  if (!params || !idOrSlug) return result;
  const { idOrSlug: _renamed, ...others } = params.properties!;
  const renamed: ParamsSchema = {
    ...params,
    properties: {
      id: { ...idOrSlug, description: 'The id, or the slug (a former slug redirects to the current URL).' },
      ...others,
    },
    required: params.required?.map((name) => (name === 'idOrSlug' ? 'id' : name)),
  };
  return { url: result.url.replace('/:idOrSlug', '/:id'), schema: { ...result.schema, params: renamed } };
};

type Document = ReturnType<typeof jsonSchemaTransformObject> & {
  components?: { schemas?: Record<string, Record<string, unknown>> };
};

/**
 * Every Zod schema with an `id` becomes a component twice (input and output shape); only the
 * ones the operations use are kept, without the JSON Schema `$id`/`$schema` keywords that would
 * make tools resolve the components' `$ref`s against the wrong base.
 */
const transformObject: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as Document;
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
          const name = child.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(child);
      }
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .map(([name, { $id: _id, $schema: _schema, ...schema }]) => [name, schema]),
  );
  // Components come out in name order: the document does not change with the order modules are imported in.
  return completeContract({
    ...document,
    components: { ...document.components, schemas: kept },
  } as unknown as OpenApiDocument) as unknown as ReturnType<typeof jsonSchemaTransformObject>;
};

export type OpenApiOptions = {
  /** Where the public reaches the API (PUBLIC_API_URL): the document's server, so generated clients default to it. */
  apiUrl: string;
};

export default fp(
  async function openapiPlugin(app: FastifyInstance, options: OpenApiOptions) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Newsdesk API',
          version: '1.0.0',
          description:
            'A headless CMS for newsrooms. Errors are application/problem+json (RFC 9457) and carry the request id. ' +
            'Every GET sends a strong `ETag` and answers `If-None-Match` with 304; changes to a versioned resource take ' +
            '`If-Match` (optional: a stale one is a 412 and changes nothing); creates take `Idempotency-Key`.',
          license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
        },
        servers: [{ url: options.apiUrl, description: 'The public API URL (PUBLIC_API_URL)' }],
        tags: [
          { name: 'articles', description: 'Articles, their bodies and bylines' },
          { name: 'related links', description: 'Related-story links of an article' },
          {
            name: 'translations',
            description:
              'One story in several locales: translation groups, and translations whose source changed since',
          },
          { name: 'authors', description: 'Bylines' },
          { name: 'taxonomy', description: 'Tags and sections, derived from the articles that carry them' },
          { name: 'images', description: 'Image metadata and uploads' },
          { name: 'media', description: 'Uploaded image files and their resized variants' },
          { name: 'users', description: 'Members of staff, whom tokens belong to (admin)' },
          { name: 'tokens', description: 'API tokens of every kind (admin)' },
          { name: 'webhooks', description: 'Signed, retried, logged webhooks (admin)' },
          { name: 'changes', description: 'The change feed' },
          { name: 'search', description: "Search synonyms: the newsroom's equivalences between words (editors)" },
          { name: 'distribution', description: 'RSS and JSON feeds, sitemaps and structured data for the public site' },
          { name: 'operations', description: 'Health and the API description' },
        ],
        components: {
          securitySchemes: {
            bearer: {
              type: 'http',
              scheme: 'bearer',
              description: [
                'An API token (`npm run token -- create`, or `POST /v1/tokens`). A token belongs to a user and has a kind:',
                '',
                '- **write** tokens act with their user’s role. *contributor*: sees published content plus their own drafts and their revisions, writes only their own drafts, never sees others’ private fields (emails, attribution) or the private change feed. *editor*: sees and writes everything. *admin*: also manages users, tokens and webhooks.',
                '- **preview** tokens (a frontend’s draft mode) read every article, drafts and scheduled ones included, and write nothing: every operation that needs a role answers 403.',
                '',
                'A token may expire (`expiresAt`); an expired or revoked token, or one whose user is deactivated, answers 401 on its next request, on public operations too. Without a token, public operations show what the public may see.',
              ].join('\n'),
            },
          },
        },
      },
      transform,
      transformObject,
    });
    // Swagger UI's own routes are public; they are marked so the access check accepts them.
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: 'public' };
      });
      // "Try it out" calls the server the page came from (whatever its HOST and PORT), not the
      // documented default: another origin would be refused by the page's CSP (connect-src 'self').
      await docs.register(swaggerUi, {
        routePrefix: '/docs',
        // The one HTML page gets the document headers besides the API's.
        uiHooks: {
          onRequest: (request, reply, done) =>
            documentHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
        },
        staticCSP: true,
        // Its top-bar logo is an SVG with an inline <style> (the logo's colours), allowed by its hash.
        transformStaticCSP: (header) =>
          header.replace(
            "style-src 'self' https:",
            "style-src 'self' https: 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='",
          ),
        transformSpecification: (document) => ({ ...document, servers: [{ url: '/', description: 'This server' }] }),
      });
    });
  },
  { name: 'openapi' },
);
