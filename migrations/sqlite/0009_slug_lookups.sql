DROP INDEX `articles_locale_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_locale_unique` ON `articles` (`slug`,`locale`);--> statement-breakpoint
CREATE INDEX `article_slug_history_slug_idx` ON `article_slug_history` (`slug`);