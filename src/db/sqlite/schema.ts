// Every table of Newsdesk. Columns are snake_case in SQL and camelCase in TypeScript.
// Timestamps are ISO 8601 UTC strings (`2025-01-15T00:00:00.000Z`): they sort correctly as
// text, read well in the database shell, and need no conversion on the way out.
// One file over 300 lines on purpose: drizzle-kit generates the migrations from one schema file per
// engine, and every table in one place is what the PostgreSQL schema is compared against.
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
};

export const images = sqliteTable(
  'images',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    // Null until the file exists somewhere: an image known only from text (the source import) has no file yet.
    url: text('url'),
    alt: text('alt').notNull().default(''),
    caption: text('caption'),
    credit: text('credit'),
    width: integer('width'),
    height: integer('height'),
    mimeType: text('mime_type'),
    bytes: integer('bytes'),
    // Rights metadata: newsrooms must know who may publish a picture, and until when.
    copyright: text('copyright'),
    license: text('license'),
    sourceUrl: text('source_url'),
    rightsExpiresAt: text('rights_expires_at'),
    // For uploaded files: the SHA-256 of the stored bytes (content address) and their extension.
    sha256: text('sha256'),
    fileExt: text('file_ext'),
    ...timestamps,
  },
  (t) => [uniqueIndex('images_slug_unique').on(t.slug), index('images_sha256_idx').on(t.sha256)],
);

export const authors = sqliteTable(
  'authors',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    role: text('role'),
    bio: text('bio'),
    // Nulled (never left dangling) when the image is deleted with ?force=true.
    avatarImageId: text('avatar_image_id').references((): AnySQLiteColumn => images.id),
    links: text('links', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    email: text('email'),
    ...timestamps,
  },
  (t) => [uniqueIndex('authors_slug_unique').on(t.slug), index('authors_avatar_idx').on(t.avatarImageId)],
);

export const articles = sqliteTable(
  'articles',
  {
    // Small columns first, the body last: SQLite reads a row's columns in order, and a column
    // stored after kilobytes of body sits behind overflow pages. Lists and filters read only
    // the columns before `body`.
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    // BCP 47, one of LOCALES (src/config.ts); slugs are unique per locale.
    locale: text('locale').notNull().default('en'),
    title: text('title').notNull(),
    subtitle: text('subtitle'),
    status: text('status', { enum: ['draft', 'published', 'archived'] })
      .notNull()
      .default('draft'),
    publishedAt: text('published_at'),
    // The sort key for publishedAt orderings: never NULL, so keyset pagination can compare
    // (published_sort, id) as a row value along an index. Drafts without a date sort last in -publishedAt.
    publishedSort: text('published_sort')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(published_at, '')`, { mode: 'virtual' }),
    section: text('section'),
    // Denormalised copies of the ordered join tables: a read needs no extra query for them,
    // while the join tables serve filtering (`tag=`, `author=`) through their indexes.
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    authorIds: text('author_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    readingTimeMinutes: integer('reading_time_minutes').notNull(),
    featuredImageId: text('featured_image_id').references((): AnySQLiteColumn => images.id),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    // The users who created and last changed the article (ids; null for imported content).
    createdBy: text('created_by'),
    updatedBy: text('updated_by'),
    // Whether the public has been told (article.published) that this article is visible; lets the
    // worker announce scheduled articles once their time comes.
    // Translations (docs/translations.md): the group is the id of its first source, one article
    // per locale in it; a translation names its source and the source's version it was made from
    // (or last marked current against). The source's deletion leaves the group, not the link.
    translationGroupId: text('translation_group_id'),
    translationOf: text('translation_of').references((): AnySQLiteColumn => articles.id, { onDelete: 'set null' }),
    sourceVersion: integer('source_version'),
    announced: integer('announced', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
    excerpt: text('excerpt').notNull().default(''),
    body: text('body', { mode: 'json' }).notNull(),
    // Rendered and sanitised once per write, so reads never render Markdown.
    bodyHtml: text('body_html').notNull(),
    // Plain text of the body, kept for full-text search and reading time.
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
    // Published articles the public has not been told about yet: the scheduled ones.
    index('articles_unannounced_idx').on(t.publishedAt).where(sql`${t.status} = 'published' and ${t.announced} = 0`),
    check('articles_status_check', sql`${t.status} in ('draft', 'published', 'archived')`),
  ],
);

/**
 * The search side of an article: a narrow row of what search and the sitemaps filter, sort and
 * list, keyed by the `docid` its rows in the full-text indexes (`articles_fts`, `article_titles_fts`,
 * `article_heads_fts`: migration 0007) share. The docid says when the article was published
 * (src/db/search-docids.ts: up to 2^63, so read it as text, never as a JavaScript number). A query
 * over many articles walks the index and these rows only; article rows are read for a page of
 * results alone. Written with the article, in its transaction, by the repository.
 */
export const articleSearch = sqliteTable(
  'article_search',
  {
    docid: integer('docid').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    locale: text('locale').notNull().default('en'),
    status: text('status', { enum: ['draft', 'published', 'archived'] }).notNull(),
    publishedAt: text('published_at'),
    publishedSort: text('published_sort')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(published_at, '')`, { mode: 'virtual' }),
    section: text('section'),
    title: text('title').notNull(),
    updatedAt: text('updated_at').notNull(),
    // Whose draft it is: a contributor's search finds their own drafts too.
    createdBy: text('created_by'),
    // What the entry's snippets are cut from, encoded to be read back cheaply (search-entry.ts).
    snippetSource: blob('snippet_source', { mode: 'buffer' }),
  },
  (t) => [
    uniqueIndex('article_search_article_unique').on(t.articleId),
    // Covering for the sitemaps: public articles in publication order, with what each URL needs
    // (the locale, for a sitemap per locale).
    index('article_search_published_idx').on(t.status, t.publishedAt, t.articleId, t.slug, t.updatedAt, t.locale),
  ],
);

export const articleAuthors = sqliteTable(
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

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tag] }), index('article_tags_tag_idx').on(t.tag, t.articleId)],
);

// Every image an article shows (featured or in its body), kept with the article's row so "what
// uses this image" and "is this image shown publicly" are index lookups, not scans of bodies.
export const articleImages = sqliteTable(
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

export const relatedLinks = sqliteTable(
  'related_links',
  {
    id: text('id').primaryKey(),
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind', { enum: ['related', 'read-more'] }).notNull(),
    targetArticleId: text('target_article_id').references((): AnySQLiteColumn => articles.id, { onDelete: 'cascade' }),
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
    // At most one destination; the source article's teasers arrived with none.
    check('related_links_target_check', sql`${t.targetArticleId} is null or ${t.url} is null`),
  ],
);

// Every version of every article, whole: who made it, when, and the full state it left.
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    articleId: text('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.number] })],
);

// Slugs an article used to have, per locale: they answer 301 to the current one and stay reserved for it.
export const articleSlugHistory = sqliteTable(
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

// A POST retried with the same Idempotency-Key gets the first answer back, atomically with the write.
export const idempotencyKeys = sqliteTable(
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

// The outbox: every change writes its event here in the same transaction as the change itself.
// `seq` is the commit order; the change feed and webhook deliveries read from it.
export const events = sqliteTable(
  'events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull(),
    type: text('type').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    // 'public' events are in the public change feed; 'private' ones only for token holders.
    audience: text('audience', { enum: ['public', 'private'] }).notNull(),
    // Upserts carry the resource's representation, deletions a tombstone (id and slug).
    operation: text('operation', { enum: ['upsert', 'delete'] }).notNull(),
    section: text('section'),
    data: text('data', { mode: 'json' }).notNull(),
    occurredAt: text('occurred_at').notNull(),
  },
  (t) => [uniqueIndex('events_id_unique').on(t.id), index('events_audience_seq_idx').on(t.audience, t.seq)],
);

export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  // Event types it wants; an empty list means all.
  eventTypes: text('event_types', { mode: 'json' }).$type<string[]>().notNull(),
  section: text('section'),
  secret: text('secret').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  disabledReason: text('disabled_reason'),
  ...timestamps,
});

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventSeq: integer('event_seq')
      .notNull()
      .references(() => events.seq),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    lastLatencyMs: integer('last_latency_ms'),
    // Set by the worker that claimed the delivery, until when its attempt may take: no other
    // worker (in this process or another) sends it meanwhile; past it, the claim has lapsed.
    claimedUntil: text('claimed_until'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.createdAt),
  ],
);

export const webhookAttempts = sqliteTable(
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

// The words the search indexes hold, each with its spelling key (src/lib/search-text.ts): what a
// word a reader typed is expanded to (its other spellings and scripts, prefixes' completions).
// Words are added as articles are written and never removed: a word no article holds any more
// matches nothing.
export const searchTerms = sqliteTable(
  'search_terms',
  {
    term: text('term').primaryKey(),
    key: text('key').notNull(),
  },
  (t) => [index('search_terms_key_idx').on(t.key, t.term)],
);

// Every key of four letters or more under each of its one-deletion forms: the keys one edit from
// a key typed are those sharing a form with it, or its forms themselves (symmetric deletion).
export const searchKeyForms = sqliteTable(
  'search_key_forms',
  {
    form: text('form').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.form, t.key] })],
);

// Equivalences no rule derives (Kyiv = Kiev = Київ), edited by the newsroom (/v1/search/synonyms).
export const searchSynonyms = sqliteTable('search_synonyms', {
  id: text('id').primaryKey(),
  terms: text('terms', { mode: 'json' }).$type<string[]>().notNull(),
  ...timestamps,
});

// The spelling keys of each synonym group's words: a word typed finds its groups by its key.
export const searchSynonymKeys = sqliteTable(
  'search_synonym_keys',
  {
    key: text('key').notNull(),
    synonymId: text('synonym_id')
      .notNull()
      .references(() => searchSynonyms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.key, t.synonymId] }), index('search_synonym_keys_synonym_idx').on(t.synonymId)],
);

// Members of staff. Tokens belong to a user and act with the user's role; attribution
// (articles.created_by/updated_by, revisions) and ownership of drafts name the user's id. A
// deactivated user's tokens stop working on their next request. Users are deactivated, never
// deleted: what they wrote keeps its attribution.
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    role: text('role', { enum: ['admin', 'editor', 'contributor'] }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_name_idx').on(t.name, t.id),
    check('users_role_check', sql`${t.role} in ('admin', 'editor', 'contributor')`),
  ],
);

// API tokens: only the SHA-256 of the secret is stored; the secret is shown once at creation.
// `write` tokens act with their user's role; `preview` tokens read drafts and scheduled articles
// and write nothing (a frontend's draft mode). last_used_at is written in batches, not per request.
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['write', 'preview'] })
      .notNull()
      .default('write'),
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
export const heartbeats = sqliteTable('heartbeats', {
  node: text('node').primaryKey(),
  at: text('at').notNull(),
});
