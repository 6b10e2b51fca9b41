-- Full-text search (written by hand: drizzle-kit does not model text search configurations).
-- `newsdesk` is the `simple` configuration (no stemming: the same words as SQLite's unicode61
-- tokenizer) with accents folded by unaccent first, for Latin and Cyrillic alike. unaccent is a
-- trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION newsdesk (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION newsdesk ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
