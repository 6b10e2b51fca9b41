-- The full-text index again, without prefix indexes. `prefix = '2 3 4'` added three index
-- entries per token, which made indexing an article more than twice as slow (about 0.15 of the
-- 0.35 ms FTS5 spent per article, most of a bulk load's time), and served only queries whose
-- last word has 2 to 4 letters: FTS5 answers those from the main index as well, in well under
-- a millisecond at 10,000 articles. The rows are rebuilt from the articles, with the two
-- private-use characters that mark snippet matches stripped as indexableText() strips them.
DROP TABLE `articles_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`title`,
	`subtitle`,
	`excerpt`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `articles_fts` (rowid, title, subtitle, excerpt, body)
SELECT s.docid,
	replace(replace(a.title, char(57344), ''), char(57345), ''),
	replace(replace(coalesce(a.subtitle, ''), char(57344), ''), char(57345), ''),
	replace(replace(a.excerpt, char(57344), ''), char(57345), ''),
	replace(replace(a.body_text, char(57344), ''), char(57345), '')
FROM `article_search` s JOIN `articles` a ON a.id = s.article_id;
