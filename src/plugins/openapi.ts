// The OpenAPI document is a by-product of the routes' Zod schemas: /openapi.json, Swagger UI
// at /docs, and `npm run openapi` writes the same document to openapi.yaml.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

type ContentResponse = { description?: string; content: Record<string, { schema: unknown }> };
const isContentResponse = (entry: unknown): entry is ContentResponse =>
  typeof entry === 'object' && entry !== null && !(entry instanceof z.ZodType) && 'content' in entry;

/**
 * jsonSchemaTransform converts bare Zod response schemas only; the error responses are written
 * in the `{ description, content: { 'application/problem+json': { schema } } }` form. Each such
 * schema is converted under a stand-in key, then put back in its content entry.
 */
const transform: typeof jsonSchemaTransform = (input) => {
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
        ? { ...entry, content: Object.fromEntries(Object.keys(entry.content).map((mediaType) => [mediaType, { schema: converted[`${status} ${mediaType}`] }])) }
        : converted[status],
    ]),
  );
  return { ...result, schema: { ...result.schema, response: responses } };
};

export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Newsdesk API',
          version: '1.0.0',
          description: 'A headless CMS for newsrooms. Errors are application/problem+json (RFC 9457).',
          license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
        },
        servers: [{ url: 'http://127.0.0.1:3000', description: 'Local development' }],
        tags: [
          { name: 'articles', description: 'Articles, their bodies and bylines' },
          { name: 'related links', description: 'Related-story links of an article' },
          { name: 'authors', description: 'Bylines' },
          { name: 'images', description: 'Image metadata' },
          { name: 'tokens', description: 'API tokens (admin)' },
          { name: 'operations', description: 'Health and the API description' },
        ],
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API token from `npm run token -- create`.' } } },
      },
      transform,
      transformObject: jsonSchemaTransformObject,
    });
    // Swagger UI's own routes are public; they are marked so the access check accepts them.
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: 'public' };
      });
      await docs.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
    });
  },
  { name: 'openapi' },
);
