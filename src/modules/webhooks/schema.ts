import { z } from 'zod';
import { timestampFields, uuid } from '../../lib/http-schemas.js';

export const eventTypes = [
  'article.created',
  'article.updated',
  'article.published',
  'article.unpublished',
  'article.deleted',
  'article.translation.outdated',
  'author.created',
  'author.updated',
  'author.deleted',
  'image.created',
  'image.updated',
  'image.deleted',
  'relatedLink.created',
  'relatedLink.updated',
  'relatedLink.deleted',
  'synonym.created',
  'synonym.updated',
  'synonym.deleted',
] as const;

const writable = {
  url: z.string().max(2048).meta({
    description: 'http(s); internal addresses are refused unless WEBHOOK_ALLOW_PRIVATE=true.',
    example: 'https://frontend.example.org/api/revalidate',
  }),
  eventTypes: z
    .array(z.enum(eventTypes))
    .max(eventTypes.length)
    .refine((types) => new Set(types).size === types.length, 'event types must be unique')
    .default([])
    .meta({ description: 'Empty means every event.' }),
  section: z
    .string()
    .min(1)
    .max(100)
    .nullable()
    .optional()
    .meta({ description: 'Only article events of this section (and events without a section).' }),
};

export const webhookCreateSchema = z.strictObject(writable).meta({
  id: 'WebhookCreate',
  example: {
    url: 'https://frontend.example.org/api/revalidate',
    eventTypes: ['article.published', 'article.updated'],
  },
});
export const webhookPatchSchema = z
  .strictObject({
    url: writable.url.optional(),
    eventTypes: writable.eventTypes.optional(),
    section: writable.section,
    enabled: z.boolean().optional(),
  })
  .meta({ id: 'WebhookPatch' });

export const webhookSchema = z
  .object({
    id: uuid,
    url: z.string(),
    eventTypes: z.array(z.string()),
    section: z.string().nullable(),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    ...timestampFields,
  })
  .meta({ id: 'Webhook' });
export const createdWebhookSchema = webhookSchema
  .extend({ secret: z.string().meta({ description: 'Signing secret (Standard Webhooks `whsec_…`): shown once.' }) })
  .meta({ id: 'CreatedWebhook' });

export const attemptSchema = z.object({
  number: z.number().int(),
  at: z.string(),
  status: z.number().int().nullable(),
  latencyMs: z.number().int(),
  error: z.string().nullable(),
});
export const deliverySchema = z
  .object({
    id: uuid,
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastLatencyMs: z.number().int().nullable(),
    createdAt: z.string(),
    log: z.array(attemptSchema),
  })
  .meta({ id: 'WebhookDelivery' });

export type WebhookCreate = z.infer<typeof webhookCreateSchema>;
export type WebhookPatch = z.infer<typeof webhookPatchSchema>;
