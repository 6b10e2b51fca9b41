ALTER TABLE `images` ADD `copyright` text;--> statement-breakpoint
ALTER TABLE `images` ADD `license` text;--> statement-breakpoint
ALTER TABLE `images` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `images` ADD `rights_expires_at` text;--> statement-breakpoint
ALTER TABLE `images` ADD `sha256` text;--> statement-breakpoint
ALTER TABLE `images` ADD `file_ext` text;--> statement-breakpoint
CREATE INDEX `images_sha256_idx` ON `images` (`sha256`);