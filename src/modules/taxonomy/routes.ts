import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemResponses } from '../../lib/http-schemas.js';
import type { TaxonomyKind } from './repository.js';
import {
  sectionListSchema,
  sectionSchema,
  tagListSchema,
  tagSchema,
  termListQuery,
  termParams,
  termReadQuery,
} from './schema.js';
import { listTerms, readTerm } from './service.js';

const tags = ['taxonomy'];

const kinds = {
  tag: {
    plural: 'tags',
    list: 'listTags',
    get: 'getTag',
    item: tagSchema,
    page: tagListSchema,
    missing: 'TAG_NOT_FOUND',
  },
  section: {
    plural: 'sections',
    list: 'listSections',
    get: 'getSection',
    item: sectionSchema,
    page: sectionListSchema,
    missing: 'SECTION_NOT_FOUND',
  },
} as const;

/** /v1/tags or /v1/sections: the tags or sections of the articles the caller may see. */
export async function taxonomyRoutes(fastify: FastifyInstance, options: { kind: TaxonomyKind }) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const { kind } = options;
  const names = kinds[kind];
  const visibility = `Counted over the articles you may see: without a token, published articles whose time has come (a ${kind} only drafts or scheduled articles carry is not listed); a contributor's own articles besides; every article for editors and preview tokens.`;

  app.get('/', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: names.list,
      summary: `List the ${names.plural} articles carry`,
      description: `Derived from the articles, read-only: one ${kind} per slug, however articles spell it. ${visibility} Keyset-paginated.`,
      querystring: termListQuery,
      response: { 200: names.page, ...problemResponses('INVALID_CURSOR', 'UNAUTHENTICATED') },
    },
    handler: async (request) => listTerms(ctx, kind, request.query, request.viewer),
  });

  app.get('/:slug', {
    config: { access: 'public' },
    schema: {
      tags,
      operationId: names.get,
      summary: `Get a ${kind} by slug`,
      description: `${visibility} A ${kind} no article you may see carries is a 404.`,
      params: termParams,
      querystring: termReadQuery,
      response: { 200: names.item, ...problemResponses('UNAUTHENTICATED', names.missing) },
    },
    handler: async (request) => readTerm(ctx, kind, request.params.slug, request.viewer, request.query),
  });
}
