CREATE TABLE `search_key_forms` (
	`form` text NOT NULL,
	`key` text NOT NULL,
	PRIMARY KEY(`form`, `key`)
);
--> statement-breakpoint
CREATE TABLE `search_synonym_keys` (
	`key` text NOT NULL,
	`synonym_id` text NOT NULL,
	PRIMARY KEY(`key`, `synonym_id`),
	FOREIGN KEY (`synonym_id`) REFERENCES `search_synonyms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `search_synonym_keys_synonym_idx` ON `search_synonym_keys` (`synonym_id`);--> statement-breakpoint
CREATE TABLE `search_synonyms` (
	`id` text PRIMARY KEY NOT NULL,
	`terms` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `search_terms` (
	`term` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_terms_key_idx` ON `search_terms` (`key`,`term`);