-- The full-text index (written by hand: drizzle-kit does not model virtual tables). Its rowid is
-- the `docid` of the article's row in `article_search` (migration 0000).
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
