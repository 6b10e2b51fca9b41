import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, problemResponses, uuid } from '../../lib/http-schemas.js';
import {
  createdWebhookSchema,
  deliverySchema,
  webhookCreateSchema,
  webhookPatchSchema,
  webhookSchema,
} from './schema.js';
import {
  createWebhook,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  ping,
  readWebhook,
  redeliver,
  updateWebhook,
  type WebhookSettings,
} from './service.js';

const tags = ['webhooks'];

/** Admin-only: webhook subscriptions, their delivery log, redelivery and a test ping. */
export async function webhookRoutes(fastify: FastifyInstance, settings: WebhookSettings) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const errors = problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'WEBHOOK_NOT_FOUND');
  const access = { access: 'admin' as const };

  app.get('/', {
    config: access,
    schema: {
      tags,
      operationId: 'listWebhooks',
      summary: 'List webhooks',
      response: {
        200: z.object({ data: z.array(webhookSchema) }).meta({ id: 'WebhookList' }),
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN'),
      },
    },
    handler: async () => ({ data: await listWebhooks(ctx) }),
  });
  app.post('/', {
    config: access,
    schema: {
      tags,
      operationId: 'createWebhook',
      summary: 'Create a webhook (its secret is shown once)',
      body: webhookCreateSchema,
      response: {
        201: createdWebhookSchema,
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'UNSUPPORTED_MEDIA_TYPE'),
      },
    },
    handler: async (request, reply) => {
      const webhook = await createWebhook(ctx, request.body, settings);
      return reply.code(201).header('location', `/v1/webhooks/${webhook.id}`).send(webhook);
    },
  });
  app.get('/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'getWebhook',
      summary: 'Get a webhook',
      params: idParams,
      response: { 200: webhookSchema, ...errors },
    },
    handler: async (request) => readWebhook(ctx, request.params.id),
  });
  app.patch('/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'updateWebhook',
      summary: 'Change or re-enable a webhook',
      params: idParams,
      body: webhookPatchSchema,
      response: { 200: webhookSchema, ...errors },
    },
    handler: async (request) => updateWebhook(ctx, request.params.id, request.body, settings),
  });
  app.delete('/:id', {
    config: access,
    schema: {
      tags,
      operationId: 'deleteWebhook',
      summary: 'Delete a webhook and its delivery log',
      params: idParams,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...errors },
    },
    handler: async (request, reply) => {
      await deleteWebhook(ctx, request.params.id);
      return reply.code(204).send(null);
    },
  });
  app.get('/:id/deliveries', {
    config: access,
    schema: {
      tags,
      operationId: 'listWebhookDeliveries',
      summary: 'The delivery log: newest first, with every attempt',
      params: idParams,
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50) }),
      response: { 200: z.object({ data: z.array(deliverySchema) }).meta({ id: 'WebhookDeliveryList' }), ...errors },
    },
    handler: async (request) => ({ data: await listDeliveries(ctx, request.params.id, request.query.limit) }),
  });
  app.post('/:id/deliveries/:deliveryId/redeliver', {
    config: access,
    schema: {
      tags,
      operationId: 'redeliverWebhookDelivery',
      summary: 'Send a delivery again',
      params: z.object({ id: uuid, deliveryId: uuid }),
      response: {
        202: deliverySchema,
        ...problemResponses('UNAUTHENTICATED', 'FORBIDDEN', 'WEBHOOK_NOT_FOUND', 'DELIVERY_NOT_FOUND'),
      },
    },
    handler: async (request, reply) =>
      reply.code(202).send(await redeliver(ctx, request.params.id, request.params.deliveryId)),
  });
  app.post('/:id/ping', {
    config: access,
    schema: {
      tags,
      operationId: 'pingWebhook',
      summary: 'Send a test event (webhook.ping) to this webhook',
      params: idParams,
      response: { 202: deliverySchema, ...errors },
    },
    handler: async (request, reply) => reply.code(202).send(await ping(ctx, request.params.id)),
  });
}
