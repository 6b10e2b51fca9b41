// Every table of Newsdesk on PostgreSQL: the same tables, columns and keys as the SQLite schema
// (src/db/sqlite/schema.ts holds the comments; test/engine-schema.test.ts holds the two alike).
// Text compares byte by byte (COLLATE "C"), as SQLite's BINARY does: sort orders, keyset cursors
// and unique slugs behave the same on both engines whatever the database's locale. JSON columns
// are `json`, not `jsonb`: the text is kept as written, so key order is the same on the way out.
// One file over 300 lines on purpose: drizzle-kit reads one schema file per engine, and it is read
// beside src/db/sqlite/schema.ts table by table.
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const text = customType<{ data: string; driverData: string }>({ dataType: () => 'text collate "C"' });
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
};

export const images = pgTable(
  'images',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    url: text('url'),
    alt: text('alt').notNull().default(''),
    caption: text('caption'),
    credit: text('credit'),
    width: integer('width'),
    height: integer('height'),
    mimeType: text('mime_type'),
    bytes: integer('bytes'),
    copyright: text('copyright'),
    license: text('license'),
    sourceUrl: text('source_url'),
    rightsExpiresAt: text('rights_expires_at'),
    sha256: text('sha256'),
    fileExt: text('file_ext'),
    ...timestamps,
  },
  (t) => [uniqueIndex('images_slug_unique').on(t.slug), index('images_sha256_idx').on(t.sha256)],
);

export const authors = pgTable(
  'authors',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    role: text('role'),
    bio: text('bio'),
    avatarImageId: text('avatar_image_id').references((): AnyPgColumn => images.id),
    links: json('links').$type<Record<string, string>>().notNull().default({}),
    email: text('email'),
    ...timestamps,
  },
  (t) => [uniqueIndex('authors_slug_unique').on(t.slug), index('authors_avatar_idx').on(t.avatarImageId)],
);

const publishedSort = (column: SQL) => text('published_sort').notNull().generatedAlwaysAs(column);

export const articles = pgTable(
  'articles',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    // BCP 47, one of LOCALES (src/config.ts); slugs are unique per locale.
    locale: text('locale').notNull().default('en'),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    status: text('status').$type<'draft' | 'published' | 'archived'>().notNull().default('draft'),
    publishedAt: text('published_at'),
    publishedSort: publishedSort(sql`coalesce(published_at, '')`),
    section: text('section'),
    tags: json('tags').$type<string[]>().notNull().default([]),
    authorIds: json('author_ids').$type<string[]>().notNull().default([]),
    readingTimeMinutes: integer('reading_time_minutes').notNull(),
    featuredImageId: text('featured_image_id').references((): AnyPgColumn => images.id),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    // Translations (docs/translations.md): the group is the id of its first source, one article
    // per locale in it; a translation names its source and the source's version it was made from
    // (or last marked current against). The source's deletion leaves the group, not the link.
    translationGroupId: text('translation_group_id'),
    translationOf: text('translation_of').references((): AnyPgColumn => articles.id, { onDelete: 'set null' }),
    sourceVersion: integer('source_version'),
    announced: boolean('announced').notNull().default(false),
    ...timestamps,
    excerpt: text('excerpt').notNull().default(''),
    body: json('body').notNull(),
    bodyHtml: text('body_html').notNull(),
    bodyText: text('body_text').notNull().default(''),
  },
  (t) => [
    // Slug first: a lookup by slug alone (a slug of any locale, a story's languages) uses it too.
    uniqueIndex('articles_slug_locale_unique').on(t.slug, t.locale),
    uniqueIndex('articles_translation_locale_unique').on(t.translationGroupId, t.locale),
    index('articles_translation_of_idx').on(t.translationOf),
    index('articles_published_idx').on(t.publishedSort, t.id),
    index('articles_status_published_idx').on(t.status, t.publishedSort, t.id),
    index('articles_updated_idx').on(t.updatedAt, t.id),
    index('articles_title_idx').on(t.title, t.id),
    index('articles_section_published_idx').on(t.section, t.publishedSort, t.id),
    index('articles_featured_image_idx').on(t.featuredImageId),
    index('articles_unannounced_idx')
      .on(t.publishedAt)
      .where(sql`${t.status} = 'published' and ${t.announced} = false`),
    check('articles_status_check', sql`${t.status} in ('draft', 'published', 'archived')`),
  ],
);

/**
 * The search side of an article (as on SQLite), with the full-text documents PostgreSQL reads:
 * `document` weights title, subtitle, excerpt and body (A to D), `title_document` the title
 * alone (articles whose title matches come first). Written by src/db/postgres/search.ts.
 */
export const articleSearch = pgTable(
  'article_search',
  {
    docid: bigint('docid', { mode: 'bigint' }).primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    locale: text('locale').notNull().default('en'),
    status: text('status').$type<'draft' | 'published' | 'archived'>().notNull(),
    publishedAt: text('published_at'),
    publishedSort: publishedSort(sql`coalesce(published_at, '')`),
    section: text('section'),
    title: text('title').notNull(),
    updatedAt: text('updated_at').notNull(),
    createdBy: text('created_by'),
    // What the entry's snippets are cut from, encoded to be read back cheaply (search-entry.ts).
    snippetSource: bytea('snippet_source'),
    document: tsvector('document'),
    titleDocument: tsvector('title_document'),
    leadDocument: tsvector('lead_document'),
  },
  (t) => [
    uniqueIndex('article_search_article_unique').on(t.articleId),
    index('article_search_published_idx').on(t.status, t.publishedAt, t.articleId, t.slug, t.updatedAt, t.locale),
    index('article_search_document_idx').using('gin', t.document),
    index('article_search_title_document_idx').using('gin', t.titleDocument),
    index('article_search_lead_document_idx').using('gin', t.leadDocument),
  ],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => authors.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_author_idx').on(t.authorId, t.articleId),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tag] }), index('article_tags_tag_idx').on(t.tag, t.articleId)],
);

export const articleImages = pgTable(
  'article_images',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    imageId: text('image_id')
      .notNull()
      .references(() => images.id),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.imageId] }),
    index('article_images_image_idx').on(t.imageId, t.articleId),
  ],
);

export const relatedLinks = pgTable(
  'related_links',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').$type<'related' | 'read-more'>().notNull(),
    targetArticleId: text('target_article_id').references((): AnyPgColumn => articles.id, { onDelete: 'cascade' }),
    url: text('url'),
    title: text('title'),
    excerpt: text('excerpt'),
    imageId: text('image_id').references(() => images.id),
    ...timestamps,
  },
  (t) => [
    index('related_links_article_idx').on(t.articleId, t.position),
    index('related_links_target_idx').on(t.targetArticleId),
    index('related_links_image_idx').on(t.imageId),
    check('related_links_target_check', sql`${t.targetArticleId} is null or ${t.url} is null`),
  ],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: json('snapshot').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.number] })],
);

export const articleSlugHistory = pgTable(
  'article_slug_history',
  {
    locale: text('locale').notNull().default('en'),
    slug: text('slug').notNull(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    retiredAt: text('retired_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.locale, t.slug] }),
    // A retired slug is looked up without its locale (the 301 of GET /v1/articles/{slug}).
    index('article_slug_history_slug_idx').on(t.slug),
    index('article_slug_history_article_idx').on(t.articleId),
  ],
);

export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    tokenId: text('token_id').notNull(),
    key: text('key').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    location: text('location'),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.key] })],
);

export const events = pgTable(
  'events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    id: text('id').notNull(),
    type: text('type').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    audience: text('audience').$type<'public' | 'private'>().notNull(),
    operation: text('operation').$type<'upsert' | 'delete'>().notNull(),
    section: text('section'),
    data: json('data').notNull(),
    occurredAt: text('occurred_at').notNull(),
  },
  (t) => [uniqueIndex('events_id_unique').on(t.id), index('events_audience_seq_idx').on(t.audience, t.seq)],
);

export const webhooks = pgTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  eventTypes: json('event_types').$type<string[]>().notNull(),
  section: text('section'),
  secret: text('secret').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  disabledReason: text('disabled_reason'),
  ...timestamps,
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventSeq: bigint('event_seq', { mode: 'number' })
      .notNull()
      .references(() => events.seq),
    status: text('status').$type<'pending' | 'delivered' | 'failed'>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastLatencyMs: integer('last_latency_ms'),
    claimedUntil: text('claimed_until'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    at: text('at').notNull(),
    status: integer('status'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.number] })],
);

export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').primaryKey(),
    key: text('key').notNull(),
  },
  (t) => [index('search_terms_key_idx').on(t.key, t.term)],
);

export const searchKeyForms = pgTable(
  'search_key_forms',
  {
    form: text('form').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.form, t.key] })],
);

export const searchSynonyms = pgTable('search_synonyms', {
  id: text('id').primaryKey(),
  terms: json('terms').$type<string[]>().notNull(),
  ...timestamps,
});

export const searchSynonymKeys = pgTable(
  'search_synonym_keys',
  {
    key: text('key').notNull(),
    synonymId: text('synonym_id')
      .notNull()
      .references(() => searchSynonyms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.key, t.synonymId] }), index('search_synonym_keys_synonym_idx').on(t.synonymId)],
);

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    role: text('role').$type<'admin' | 'editor' | 'contributor'>().notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_name_idx').on(t.name, t.id),
    check('users_role_check', sql`${t.role} in ('admin', 'editor', 'contributor')`),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    kind: text('kind').$type<'write' | 'preview'>().notNull().default('write'),
    tokenHash: text('token_hash').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at'),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
    index('api_tokens_user_idx').on(t.userId),
    check('api_tokens_kind_check', sql`${t.kind} in ('write', 'preview')`),
  ],
);

// One row per running server (node): the last time it proved the database writable (readiness),
// so operators can see which nodes are alive and when each last wrote.
export const heartbeats = pgTable('heartbeats', {
  node: text('node').primaryKey(),
  at: text('at').notNull(),
});
