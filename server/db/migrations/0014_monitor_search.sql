CREATE TABLE "monitor_saved_searches" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"query" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitor_articles" ADD COLUMN "is_head" boolean GENERATED ALWAYS AS (cluster_id = id) STORED;--> statement-breakpoint
ALTER TABLE "monitor_saved_searches" ADD CONSTRAINT "monitor_saved_searches_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_saved_searches_name_uq" ON "monitor_saved_searches" USING btree ("province_id","user_id","name");--> statement-breakpoint
CREATE INDEX "monitor_articles_topics_idx" ON "monitor_articles" USING gin ("topics" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "monitor_articles_flags_idx" ON "monitor_articles" USING gin ("flags" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "monitor_articles_heads_idx" ON "monitor_articles" USING btree ("day" DESC NULLS FIRST,"published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE is_head;--> statement-breakpoint
-- hand-written: press search folds accents in the database (unaccent) and finds titles by trigrams (pg_trgm)
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION ttdn_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "monitor_articles_title_trgm_idx" ON "monitor_articles" USING gin (ttdn_fold("title") gin_trgm_ops);--> statement-breakpoint
SELECT ttdn_scope_table('monitor_saved_searches');
