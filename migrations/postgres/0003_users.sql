CREATE TABLE "users" (
	"id" text collate "C" PRIMARY KEY NOT NULL,
	"name" text collate "C" NOT NULL,
	"email" text collate "C",
	"role" text collate "C" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" text collate "C" NOT NULL,
	"updated_at" text collate "C" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('admin', 'editor', 'contributor'))
);
--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_role_check";--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "user_id" text collate "C";--> statement-breakpoint
-- Each existing token becomes its own user: the token's id, name and role (as on SQLite, 0005).
INSERT INTO "users" (id, name, email, role, active, created_at, updated_at, version)
SELECT id, name, NULL, role, true, created_at, created_at, 1 FROM "api_tokens";--> statement-breakpoint
UPDATE "api_tokens" SET user_id = id;--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "kind" text collate "C" DEFAULT 'write' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "expires_at" text collate "C";--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "last_used_at" text collate "C";--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "created_by" text collate "C";--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_name_idx" ON "users" USING btree ("name","id");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "api_tokens" DROP COLUMN "role";--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_kind_check" CHECK ("api_tokens"."kind" in ('write', 'preview'));--> statement-breakpoint
-- Names that wrote content but belong to no token get an inactive user each; attribution then
-- names users by id (the first token's user where two tokens shared a name).
INSERT INTO "users" (id, name, email, role, active, created_at, updated_at, version)
SELECT gen_random_uuid()::text, name, NULL, 'contributor', false, to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 1
FROM (
  SELECT created_by AS name FROM "articles" UNION SELECT updated_by FROM "articles"
  UNION SELECT created_by FROM "article_revisions"
  UNION SELECT snapshot->>'createdBy' FROM "article_revisions" UNION SELECT snapshot->>'updatedBy' FROM "article_revisions"
) n
WHERE name IS NOT NULL AND name NOT IN (SELECT name FROM "users");--> statement-breakpoint
UPDATE "articles" SET created_by = (SELECT u.id FROM "users" u WHERE u.name = articles.created_by ORDER BY u.active DESC, u.created_at, u.id LIMIT 1) WHERE created_by IS NOT NULL;--> statement-breakpoint
UPDATE "articles" SET updated_by = (SELECT u.id FROM "users" u WHERE u.name = articles.updated_by ORDER BY u.active DESC, u.created_at, u.id LIMIT 1) WHERE updated_by IS NOT NULL;--> statement-breakpoint
UPDATE "article_revisions" SET created_by = (SELECT u.id FROM "users" u WHERE u.name = article_revisions.created_by ORDER BY u.active DESC, u.created_at, u.id LIMIT 1) WHERE created_by IS NOT NULL;--> statement-breakpoint
UPDATE "article_revisions" SET snapshot = jsonb_set(jsonb_set(snapshot::jsonb,
  '{createdBy}', coalesce(to_jsonb((SELECT u.id FROM "users" u WHERE u.name = article_revisions.snapshot->>'createdBy' ORDER BY u.active DESC, u.created_at, u.id LIMIT 1)), 'null'::jsonb)),
  '{updatedBy}', coalesce(to_jsonb((SELECT u.id FROM "users" u WHERE u.name = article_revisions.snapshot->>'updatedBy' ORDER BY u.active DESC, u.created_at, u.id LIMIT 1)), 'null'::jsonb))::json;--> statement-breakpoint
UPDATE "article_search" s SET created_by = a.created_by FROM "articles" a WHERE a.id = s.article_id;