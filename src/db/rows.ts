// Row types, as both engines return them (the SQLite table definitions are the types).
import type * as schema from './sqlite/schema.js';

export type ImageRow = typeof schema.images.$inferSelect;
export type AuthorRow = typeof schema.authors.$inferSelect;
export type ArticleRow = typeof schema.articles.$inferSelect;
/** An article as written (the generated sort column is the database's business). */
export type StoredArticle = Omit<ArticleRow, 'publishedSort'>;
export type RelatedLinkRow = typeof schema.relatedLinks.$inferSelect;
export type ApiTokenRow = typeof schema.apiTokens.$inferSelect;
export type EventRow = typeof schema.events.$inferSelect;
export type NewEvent = Omit<EventRow, 'seq'>;
export type WebhookRow = typeof schema.webhooks.$inferSelect;
export type DeliveryRow = typeof schema.webhookDeliveries.$inferSelect;
export type AttemptRow = typeof schema.webhookAttempts.$inferSelect;
export type RevisionRow = typeof schema.articleRevisions.$inferSelect;
export type RetiredSlugRow = typeof schema.articleSlugHistory.$inferSelect;
export type IdempotencyRow = typeof schema.idempotencyKeys.$inferSelect;
export type UserRow = typeof schema.users.$inferSelect;
