CREATE TABLE "monitor_words" (
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"word" text NOT NULL,
	"articles" integer NOT NULL,
	CONSTRAINT "monitor_words_province_id_word_pk" PRIMARY KEY("province_id","word")
);
--> statement-breakpoint
ALTER TABLE "monitor_words" ADD CONSTRAINT "monitor_words_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_words_trgm_idx" ON "monitor_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "monitor_articles_tone_heads_idx" ON "monitor_articles" USING btree ("tone","day" DESC NULLS FIRST,"published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE is_head;--> statement-breakpoint
CREATE INDEX "monitor_articles_flagged_heads_idx" ON "monitor_articles" USING btree ("day" DESC NULLS FIRST,"published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE is_head and flags <> '[]'::jsonb;--> statement-breakpoint
-- hand-written: misspelt words are corrected through monitor_words, so titles need no trigram index
-- (it cost every stored article a trigram GIN update)
DROP INDEX IF EXISTS "monitor_articles_title_trgm_idx";--> statement-breakpoint
-- The province policies (row-level security) let an index answer a condition only when its operator is
-- LEAKPROOF: without this every search and flag filter ignored its GIN index and read the table in order
-- (5 s for a word no article holds, on a million articles). Full-text match, JSON containment and
-- trigram similarity raise no error that depends on the row, so nothing of another province can leak.
-- Only a superuser may say so; elsewhere search still works, just without its indexes.
DO $$ BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION ts_match_vq(tsvector, tsquery) LEAKPROOF;
    ALTER FUNCTION jsonb_contains(jsonb, jsonb) LEAKPROOF;
    ALTER FUNCTION similarity_op(text, text) LEAKPROOF;
  ELSE
    RAISE NOTICE 'press search: not a superuser, its operators stay non-leakproof (searches read the table)';
  END IF;
END $$;--> statement-breakpoint
-- A GIN index's pending list is read by every search until a vacuum merges it (flags: 99,000 pending
-- entries after a bulk load): without it each stored article updates the index at once instead.
ALTER INDEX "monitor_articles_search_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "monitor_articles_flags_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "monitor_articles_topics_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('monitor_articles_search_idx');--> statement-breakpoint
SELECT gin_clean_pending_list('monitor_articles_flags_idx');--> statement-breakpoint
SELECT gin_clean_pending_list('monitor_articles_topics_idx');--> statement-breakpoint
SELECT ttdn_scope_table('monitor_words');
