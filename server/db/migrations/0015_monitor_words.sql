CREATE TABLE "monitor_words" (
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"word" text NOT NULL,
	"articles" integer NOT NULL,
	CONSTRAINT "monitor_words_province_id_word_pk" PRIMARY KEY("province_id","word")
);
--> statement-breakpoint
ALTER TABLE "monitor_words" ADD CONSTRAINT "monitor_words_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_words_trgm_idx" ON "monitor_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- hand-written: misspelt words are corrected through monitor_words, so titles need no trigram index
-- (it cost every stored article a trigram GIN update)
DROP INDEX IF EXISTS "monitor_articles_title_trgm_idx";--> statement-breakpoint
SELECT ttdn_scope_table('monitor_words');
