-- Search by recency (written by hand: drizzle-kit does not model virtual tables). The docids of
-- search entries now say when each article was published (src/db/search-docids.ts), so the
-- indexes are read newest first and stop after a page. Three indexes share the docids: the
-- title alone, the head (the title; the subtitle and excerpt as the lead), and everything; each
-- holds the facet tokens of the article (status, section, tags, authors, and who created it) that
-- filters and the visibility rule intersect inside the index. They are contentless: search never
-- reads text back from an index (snippets are cut from the article), so the text is not stored a
-- second time.
--
-- Existing entries are renumbered and indexed again by Newsdesk itself when the database is next
-- opened (the row in search_rebuild asks for it: src/db/search-rebuild.ts), since a docid is made
-- by the same code as a new article's, and the vocabulary's spelling keys are made in JavaScript.
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`,
	`subtitle`,
	`excerpt`,
	`body`,
	`facets`,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_titles_fts` USING fts5(
	`title`,
	`facets`,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `article_heads_fts` USING fts5(
	`title`,
	`lead`,
	`facets`,
	content = '',
	contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TABLE `search_rebuild` (`reason` text NOT NULL);
--> statement-breakpoint
INSERT INTO `search_rebuild` (`reason`) VALUES ('docids by publication time; titles, leads and facets indexed');
