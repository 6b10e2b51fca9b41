// Webhook rules: safe target URLs, a secret shown once, and a delivery log per webhook.
import { randomBytes } from 'node:crypto';
import { writeTransaction } from '../../db/client.js';
import type { Ctx } from '../../lib/context.js';
import { AppError, invalidField } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import { checkTargetUrl } from './egress.js';
import type { DeliveryRow, WebhookRow } from './repository.js';
import type { WebhookCreate, WebhookPatch } from './schema.js';

export type WebhookSettings = { allowPrivate: boolean };

export const toWebhook = ({ secret, ...webhook }: WebhookRow) => webhook;

function requireWebhook(ctx: Ctx, id: string): WebhookRow {
  const row = ctx.repos.webhooks.find(id);
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND', `No webhook has the id ${id}`);
  return row;
}

function checkUrl(url: string, settings: WebhookSettings): void {
  const problem = checkTargetUrl(url, settings.allowPrivate);
  if (problem) throw invalidField('url', problem);
}

export function createWebhook(ctx: Ctx, input: WebhookCreate, settings: WebhookSettings) {
  checkUrl(input.url, settings);
  return writeTransaction(ctx.repos.db, (tx) => {
    const now = ctx.now();
    const row: WebhookRow = {
      id: newId(),
      url: input.url,
      eventTypes: input.eventTypes,
      section: input.section ?? null,
      secret: `whsec_${randomBytes(24).toString('base64')}`,
      enabled: true,
      disabledReason: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    ctx.repos.webhooks.insert(tx, row);
    return { ...toWebhook(row), secret: row.secret };
  });
}

export function updateWebhook(ctx: Ctx, id: string, input: WebhookPatch, settings: WebhookSettings) {
  if (input.url !== undefined) checkUrl(input.url, settings);
  return writeTransaction(ctx.repos.db, (tx) => {
    requireWebhook(ctx, id);
    // Re-enabling clears the reason it was switched off.
    const changes = {
      ...stripUndefined(input),
      ...(input.enabled === true ? { disabledReason: null } : {}),
      updatedAt: ctx.now(),
    };
    ctx.repos.webhooks.update(tx, id, changes);
    return toWebhook(requireWebhook(ctx, id));
  });
}

export function deleteWebhook(ctx: Ctx, id: string): void {
  writeTransaction(ctx.repos.db, (tx) => {
    requireWebhook(ctx, id);
    ctx.repos.webhooks.delete(tx, id);
  });
}

export const listWebhooks = (ctx: Ctx) => ctx.repos.webhooks.list().map(toWebhook);
export const readWebhook = (ctx: Ctx, id: string) => toWebhook(requireWebhook(ctx, id));

function presentDeliveries(ctx: Ctx, deliveries: DeliveryRow[]) {
  const events = new Map(
    ctx.repos.events.bySeq(deliveries.map((delivery) => delivery.eventSeq)).map((event) => [event.seq, event]),
  );
  const attempts = ctx.repos.webhooks.attemptsOf(deliveries.map((delivery) => delivery.id));
  return deliveries.map(({ eventSeq, webhookId, updatedAt, ...delivery }) => ({
    ...delivery,
    eventId: events.get(eventSeq)?.id ?? '',
    eventType: events.get(eventSeq)?.type ?? '',
    log: attempts.filter((attempt) => attempt.deliveryId === delivery.id).map(({ deliveryId, ...attempt }) => attempt),
  }));
}

export function listDeliveries(ctx: Ctx, webhookId: string, limit: number) {
  requireWebhook(ctx, webhookId);
  return presentDeliveries(ctx, ctx.repos.webhooks.deliveries(webhookId, limit));
}

/** Sends a delivery again: it becomes pending and due now, its log kept. */
export function redeliver(ctx: Ctx, webhookId: string, deliveryId: string) {
  return writeTransaction(ctx.repos.db, (tx) => {
    requireWebhook(ctx, webhookId);
    const delivery = ctx.repos.webhooks.delivery(webhookId, deliveryId);
    if (!delivery) throw new AppError('DELIVERY_NOT_FOUND', `Webhook ${webhookId} has no delivery ${deliveryId}`);
    const now = ctx.now();
    ctx.repos.webhooks.updateDelivery(tx, deliveryId, { status: 'pending', nextAttemptAt: now, updatedAt: now });
    ctx.wakeWorker?.();
    return presentDeliveries(ctx, [ctx.repos.webhooks.delivery(webhookId, deliveryId)!])[0]!;
  });
}

/** A test ping: an event delivered to this webhook only. */
export function ping(ctx: Ctx, webhookId: string) {
  return writeTransaction(ctx.repos.db, (tx) => {
    const webhook = requireWebhook(ctx, webhookId);
    const now = ctx.now();
    const eventId = newId();
    const seq = ctx.repos.events.insert(tx, {
      id: eventId,
      type: 'webhook.ping',
      resourceType: 'webhook',
      resourceId: webhook.id,
      audience: 'private',
      operation: 'upsert',
      section: null,
      data: { webhookId: webhook.id },
      occurredAt: now,
    });
    const deliveryId = newId();
    ctx.repos.events.queueDeliveries(tx, [
      {
        id: deliveryId,
        webhookId,
        eventSeq: seq,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    ctx.wakeWorker?.();
    return presentDeliveries(ctx, [ctx.repos.webhooks.delivery(webhookId, deliveryId)!])[0]!;
  });
}
