-- Full-text index over articles (drizzle-kit does not model virtual tables, so this one is written by hand).
-- unicode61 with remove_diacritics 2 folds accents and case for Latin and Cyrillic alike;
-- prefix indexes keep "last word is a prefix" queries fast.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	`article_id` UNINDEXED,
	`title`,
	`subtitle`,
	`excerpt`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3 4'
);
