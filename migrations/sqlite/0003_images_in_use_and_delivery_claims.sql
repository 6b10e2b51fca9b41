CREATE TABLE `article_images` (
	`article_id` text NOT NULL,
	`image_id` text NOT NULL,
	PRIMARY KEY(`article_id`, `image_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`image_id`) REFERENCES `images`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_images_image_idx` ON `article_images` (`image_id`,`article_id`);--> statement-breakpoint
ALTER TABLE `webhook_deliveries` ADD `claimed_until` text;--> statement-breakpoint
-- Existing articles: their featured image and every image block of their body.
INSERT OR IGNORE INTO `article_images` (article_id, image_id)
SELECT a.id, a.featured_image_id FROM `articles` a WHERE a.featured_image_id IS NOT NULL
UNION
SELECT a.id, json_extract(block.value, '$.imageId') FROM `articles` a, json_each(a.body) block
WHERE json_extract(block.value, '$.type') = 'image' AND json_extract(block.value, '$.imageId') IN (SELECT id FROM `images`);
