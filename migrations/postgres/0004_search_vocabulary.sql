CREATE TABLE "search_key_forms" (
	"form" text collate "C" NOT NULL,
	"key" text collate "C" NOT NULL,
	CONSTRAINT "search_key_forms_form_key_pk" PRIMARY KEY("form","key")
);
--> statement-breakpoint
CREATE TABLE "search_synonym_keys" (
	"key" text collate "C" NOT NULL,
	"synonym_id" text collate "C" NOT NULL,
	CONSTRAINT "search_synonym_keys_key_synonym_id_pk" PRIMARY KEY("key","synonym_id")
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"id" text collate "C" PRIMARY KEY NOT NULL,
	"terms" json NOT NULL,
	"created_at" text collate "C" NOT NULL,
	"updated_at" text collate "C" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text collate "C" PRIMARY KEY NOT NULL,
	"key" text collate "C" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_search" ALTER COLUMN "docid" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "article_search" ALTER COLUMN "docid" DROP IDENTITY;--> statement-breakpoint
ALTER TABLE "article_search" ADD COLUMN "lead_document" "tsvector";--> statement-breakpoint
ALTER TABLE "search_synonym_keys" ADD CONSTRAINT "search_synonym_keys_synonym_id_search_synonyms_id_fk" FOREIGN KEY ("synonym_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_synonym_keys_synonym_idx" ON "search_synonym_keys" USING btree ("synonym_id");--> statement-breakpoint
CREATE INDEX "search_terms_key_idx" ON "search_terms" USING btree ("key","term");--> statement-breakpoint
CREATE INDEX "article_search_lead_document_idx" ON "article_search" USING gin ("lead_document");