-- Search by recency (written by hand). The docids of search entries now say when each article
-- was published (src/db/search-docids.ts: bigint, assigned by Newsdesk, no longer an identity;
-- migration 0004 changed the column), so the documents are read newest first. Each document
-- gains the article's facet tokens (status, section, tags, authors, and who created it), and the
-- lead (subtitle and excerpt) its own document (0004). Existing entries are renumbered and their
-- documents rebuilt by Newsdesk itself when the database is next opened (the row below asks for
-- it: src/db/search-rebuild.ts), since a docid is made by the same code as a new article's, and
-- the vocabulary's spelling keys are made in JavaScript.
CREATE TABLE "search_rebuild" ("reason" text NOT NULL);
--> statement-breakpoint
INSERT INTO "search_rebuild" ("reason") VALUES ('docids by publication time; titles, leads and facets indexed');
