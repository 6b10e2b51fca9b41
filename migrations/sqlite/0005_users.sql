CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('admin', 'editor', 'contributor'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_name_idx` ON `users` (`name`,`id`);--> statement-breakpoint
-- Each existing token becomes its own user: the token's id, name and role.
INSERT INTO `users` (id, name, email, role, active, created_at, updated_at, version)
SELECT id, name, NULL, role, 1, created_at, created_at, 1 FROM `api_tokens`;
--> statement-breakpoint
-- Names that wrote content but belong to no token (the source import's 'seed', the synthetic
-- corpus's): an inactive user each, so the attribution keeps a name.
INSERT INTO `users` (id, name, email, role, active, created_at, updated_at, version)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), name, NULL, 'contributor', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1
FROM (
  SELECT created_by AS name FROM `articles` UNION SELECT updated_by FROM `articles`
  UNION SELECT created_by FROM `article_revisions`
  UNION SELECT json_extract(snapshot, '$.createdBy') FROM `article_revisions`
  UNION SELECT json_extract(snapshot, '$.updatedBy') FROM `article_revisions`
) n
WHERE name IS NOT NULL AND name NOT IN (SELECT name FROM `users`);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text DEFAULT 'write' NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "api_tokens_kind_check" CHECK("__new_api_tokens"."kind" in ('write', 'preview'))
);
--> statement-breakpoint
INSERT INTO `__new_api_tokens`("id", "user_id", "name", "kind", "token_hash", "created_at", "expires_at", "last_used_at", "revoked_at") SELECT "id", "id", "name", 'write', "token_hash", "created_at", NULL, NULL, "revoked_at" FROM `api_tokens`;--> statement-breakpoint
DROP TABLE `api_tokens`;--> statement-breakpoint
ALTER TABLE `__new_api_tokens` RENAME TO `api_tokens`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
ALTER TABLE `article_search` ADD `created_by` text;--> statement-breakpoint
-- Attribution named tokens by their name, which two tokens could share: it now names users by
-- id. Where two tokens had one name, the first one's user gets the attribution.
UPDATE `articles` SET created_by = (SELECT u.id FROM `users` u WHERE u.name = articles.created_by ORDER BY u.active DESC, u.created_at, u.id LIMIT 1) WHERE created_by IS NOT NULL;
--> statement-breakpoint
UPDATE `articles` SET updated_by = (SELECT u.id FROM `users` u WHERE u.name = articles.updated_by ORDER BY u.active DESC, u.created_at, u.id LIMIT 1) WHERE updated_by IS NOT NULL;
--> statement-breakpoint
UPDATE `article_revisions` SET created_by = (SELECT u.id FROM `users` u WHERE u.name = article_revisions.created_by ORDER BY u.active DESC, u.created_at, u.id LIMIT 1) WHERE created_by IS NOT NULL;
--> statement-breakpoint
UPDATE `article_revisions` SET snapshot = json_set(snapshot,
  '$.createdBy', (SELECT u.id FROM `users` u WHERE u.name = json_extract(article_revisions.snapshot, '$.createdBy') ORDER BY u.active DESC, u.created_at, u.id LIMIT 1),
  '$.updatedBy', (SELECT u.id FROM `users` u WHERE u.name = json_extract(article_revisions.snapshot, '$.updatedBy') ORDER BY u.active DESC, u.created_at, u.id LIMIT 1));
--> statement-breakpoint
UPDATE `article_search` SET created_by = (SELECT a.created_by FROM `articles` a WHERE a.id = article_search.article_id);
