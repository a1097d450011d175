CREATE TABLE "monitor_alerts" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"kind" text NOT NULL,
	"article_id" integer,
	"source_id" integer,
	"params" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "monitor_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"source_id" integer,
	"outlet" text NOT NULL,
	"url" text,
	"canonical_url" text,
	"external_key" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"author" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"published_at" timestamp with time zone,
	"day" date NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"relevant" boolean NOT NULL,
	"score" real NOT NULL,
	"tone" text,
	"tone_confidence" real,
	"topics" jsonb NOT NULL,
	"flags" jsonb NOT NULL,
	"analysis" jsonb NOT NULL,
	"cluster_id" integer,
	"signature" text NOT NULL,
	"evidence" text,
	"search_text" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED
);
--> statement-breakpoint
CREATE TABLE "monitor_digests" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"kind" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"article_ids" jsonb NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_profiles" (
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "monitor_profiles_province_id_pk" PRIMARY KEY("province_id")
);
--> statement-breakpoint
CREATE TABLE "monitor_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"poll_minutes" integer DEFAULT 60 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_new_item_at" timestamp with time zone,
	"last_error" jsonb,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"items_total" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_subscribers" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"email" text NOT NULL,
	"kinds" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitor_alerts" ADD CONSTRAINT "monitor_alerts_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_alerts" ADD CONSTRAINT "monitor_alerts_article_id_monitor_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."monitor_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_alerts" ADD CONSTRAINT "monitor_alerts_source_id_monitor_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_articles" ADD CONSTRAINT "monitor_articles_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_articles" ADD CONSTRAINT "monitor_articles_source_id_monitor_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_digests" ADD CONSTRAINT "monitor_digests_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_profiles" ADD CONSTRAINT "monitor_profiles_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD CONSTRAINT "monitor_sources_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_subscribers" ADD CONSTRAINT "monitor_subscribers_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_alerts_dedupe_uq" ON "monitor_alerts" USING btree ("province_id","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_articles_key_uq" ON "monitor_articles" USING btree ("province_id","external_key");--> statement-breakpoint
CREATE INDEX "monitor_articles_day_idx" ON "monitor_articles" USING btree ("province_id","day");--> statement-breakpoint
CREATE INDEX "monitor_articles_cluster_idx" ON "monitor_articles" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "monitor_articles_search_idx" ON "monitor_articles" USING gin ("search");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_digests_period_uq" ON "monitor_digests" USING btree ("province_id","kind","period_start");--> statement-breakpoint
CREATE INDEX "monitor_sources_province_idx" ON "monitor_sources" USING btree ("province_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_subscribers_email_uq" ON "monitor_subscribers" USING btree ("province_id","email");--> statement-breakpoint
-- hand-written:
SELECT ttdn_scope_table('monitor_sources');--> statement-breakpoint
SELECT ttdn_scope_table('monitor_articles');--> statement-breakpoint
SELECT ttdn_scope_table('monitor_alerts');--> statement-breakpoint
SELECT ttdn_scope_table('monitor_digests');--> statement-breakpoint
SELECT ttdn_scope_table('monitor_profiles');--> statement-breakpoint
SELECT ttdn_scope_table('monitor_subscribers');
