-- Search, second form (written by hand: drizzle-kit does not model virtual tables).
-- The full-text index is keyed by an integer `docid` shared with `article_search`, a narrow row
-- per article holding what search and the sitemaps filter, sort and list. A query with many hits
-- then walks the index and these small rows only; before, every hit read its article row (body,
-- HTML and text: kilobytes, past overflow pages) and the index's own stored text just to learn the
-- article id. Only the page of results reads articles (and the stored text, for snippets).
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE TABLE `article_search` (
	`docid` integer PRIMARY KEY,
	`article_id` text NOT NULL REFERENCES `articles`(`id`) ON DELETE CASCADE,
	`slug` text NOT NULL,
	`status` text NOT NULL,
	`published_at` text,
	`published_sort` text GENERATED ALWAYS AS (coalesce(`published_at`, '')) VIRTUAL NOT NULL,
	`section` text,
	`title` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_search_article_unique` ON `article_search` (`article_id`);
--> statement-breakpoint
-- Covering for the sitemaps: public articles in publication order, with what each URL needs.
CREATE INDEX `article_search_published_idx` ON `article_search` (`status`, `published_at`, `article_id`, `slug`, `updated_at`);
--> statement-breakpoint
-- unicode61 with remove_diacritics 2 folds accents and case for Latin and Cyrillic alike;
-- prefix indexes keep "last word is a prefix" queries fast.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`,
	`subtitle`,
	`excerpt`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3 4'
);
--> statement-breakpoint
INSERT INTO `article_search` (`article_id`, `slug`, `status`, `published_at`, `section`, `title`, `updated_at`)
	SELECT `id`, `slug`, `status`, `published_at`, `section`, `title`, `updated_at` FROM `articles` ORDER BY `id`;
--> statement-breakpoint
-- U+E000 and U+E001 mark matches in snippets: they are kept out of the indexed text.
INSERT INTO `articles_fts` (`rowid`, `title`, `subtitle`, `excerpt`, `body`)
	SELECT s.`docid`,
		replace(replace(a.`title`, char(57344), ''), char(57345), ''),
		replace(replace(coalesce(a.`subtitle`, ''), char(57344), ''), char(57345), ''),
		replace(replace(a.`excerpt`, char(57344), ''), char(57345), ''),
		replace(replace(a.`body_text`, char(57344), ''), char(57345), '')
	FROM `article_search` s JOIN `articles` a ON a.`id` = s.`article_id`;
