// Webhook rules: safe target URLs, a secret shown once, and a delivery log per webhook.
import { randomBytes } from 'node:crypto';
import type { Ctx } from '../../context.js';
import type { DeliveryRow, WebhookRow } from '../../db/rows.js';
import { AppError, invalidField } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { stripUndefined } from '../../lib/objects.js';
import type { Repositories } from '../../repositories.js';
import { emit } from '../events/index.js';
import { checkTargetUrl } from './egress.js';
import type { WebhookCreate, WebhookPatch } from './schema.js';

export type WebhookSettings = { allowPrivate: boolean };

export const toWebhook = ({ secret, ...webhook }: WebhookRow) => webhook;

async function requireWebhook(repos: Repositories, id: string): Promise<WebhookRow> {
  const row = await repos.webhooks.find(id);
  if (!row) throw new AppError('WEBHOOK_NOT_FOUND', `No webhook has the id ${id}`);
  return row;
}

function checkUrl(url: string, settings: WebhookSettings): void {
  const problem = checkTargetUrl(url, settings.allowPrivate);
  if (problem) throw invalidField('url', problem);
}

export function createWebhook(ctx: Ctx, input: WebhookCreate, settings: WebhookSettings) {
  checkUrl(input.url, settings);
  return ctx.transaction(async (tx) => {
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
    await tx.webhooks.insert(row);
    return { ...toWebhook(row), secret: row.secret };
  });
}

export function updateWebhook(ctx: Ctx, id: string, input: WebhookPatch, settings: WebhookSettings) {
  if (input.url !== undefined) checkUrl(input.url, settings);
  return ctx.transaction(async (tx) => {
    await requireWebhook(tx, id);
    // Re-enabling clears the reason it was switched off.
    const changes = {
      ...stripUndefined(input),
      ...(input.enabled === true ? { disabledReason: null } : {}),
      updatedAt: ctx.now(),
    };
    await tx.webhooks.update(id, changes);
    return toWebhook(await requireWebhook(tx, id));
  });
}

export function deleteWebhook(ctx: Ctx, id: string): Promise<void> {
  return ctx.transaction(async (tx) => {
    await requireWebhook(tx, id);
    await tx.webhooks.delete(id);
  });
}

export const listWebhooks = async (ctx: Ctx) => (await ctx.repos.webhooks.list()).map(toWebhook);
export const readWebhook = async (ctx: Ctx, id: string) => toWebhook(await requireWebhook(ctx.repos, id));

async function presentDeliveries(repos: Repositories, deliveries: DeliveryRow[]) {
  const events = new Map(
    (await repos.events.bySeq(deliveries.map((delivery) => delivery.eventSeq))).map((event) => [event.seq, event]),
  );
  const attempts = await repos.webhooks.attemptsOf(deliveries.map((delivery) => delivery.id));
  return deliveries.map(
    ({ eventSeq, webhookId: _webhook, updatedAt: _updated, claimedUntil: _claim, ...delivery }) => ({
      ...delivery,
      eventId: events.get(eventSeq)?.id ?? '',
      eventType: events.get(eventSeq)?.type ?? '',
      log: attempts
        .filter((attempt) => attempt.deliveryId === delivery.id)
        .map(({ deliveryId: _delivery, ...attempt }) => attempt),
    }),
  );
}

export async function listDeliveries(ctx: Ctx, webhookId: string, limit: number) {
  await requireWebhook(ctx.repos, webhookId);
  return presentDeliveries(ctx.repos, await ctx.repos.webhooks.deliveries(webhookId, limit));
}

/** Sends a delivery again: it becomes pending and due now, its log kept. */
export function redeliver(ctx: Ctx, webhookId: string, deliveryId: string) {
  return ctx.transaction(async (tx) => {
    await requireWebhook(tx, webhookId);
    const delivery = await tx.webhooks.delivery(webhookId, deliveryId);
    if (!delivery) throw new AppError('DELIVERY_NOT_FOUND', `Webhook ${webhookId} has no delivery ${deliveryId}`);
    const now = ctx.now();
    await tx.webhooks.updateDelivery(deliveryId, { status: 'pending', nextAttemptAt: now, updatedAt: now });
    ctx.wakeWorker?.();
    return (await presentDeliveries(tx, [(await tx.webhooks.delivery(webhookId, deliveryId))!]))[0]!;
  });
}

/** A test ping: an event delivered to this webhook only (and not part of the change feed). */
export function ping(ctx: Ctx, webhookId: string) {
  return ctx.transaction(async (tx) => {
    const webhook = await requireWebhook(tx, webhookId);
    const event = {
      type: 'webhook.ping',
      resourceType: 'webhook' as const,
      resourceId: webhook.id,
      audience: 'private' as const,
      operation: 'upsert' as const,
      data: { webhookId: webhook.id },
    };
    const seq = await emit(ctx, tx, event, webhook.id);
    return (await presentDeliveries(tx, [(await tx.webhooks.deliveryOfEvent(webhook.id, seq))!]))[0]!;
  });
}
