DROP INDEX "articles_locale_slug_unique";--> statement-breakpoint
CREATE INDEX "article_slug_history_slug_idx" ON "article_slug_history" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_slug_locale_unique" ON "articles" USING btree ("slug","locale");