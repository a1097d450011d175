CREATE TABLE "monitor_story_days" (
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"day" date NOT NULL,
	"stories" integer NOT NULL,
	CONSTRAINT "monitor_story_days_province_id_day_pk" PRIMARY KEY("province_id","day")
);
--> statement-breakpoint
ALTER TABLE "monitor_story_days" ADD CONSTRAINT "monitor_story_days_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- hand-written: the stories already stored, each on the day of its first article (its head) when relevant
INSERT INTO "monitor_story_days" ("province_id", "day", "stories")
  SELECT "province_id", "day", count(*)::int FROM "monitor_articles" WHERE "relevant" AND "is_head" GROUP BY "province_id", "day";--> statement-breakpoint
SELECT ttdn_scope_table('monitor_story_days');
