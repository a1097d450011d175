CREATE TABLE "upward_report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"upward_report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upward_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"period_id" integer,
	"year" integer NOT NULL,
	"period_kind" text NOT NULL,
	"period_label" text NOT NULL,
	"province_due_on" date NOT NULL,
	"ministry_due_on" date NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"figures" jsonb NOT NULL,
	"docx" "bytea" NOT NULL,
	"source" text DEFAULT 'local' NOT NULL,
	"first_submitted_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" text NOT NULL,
	"returned_at" timestamp with time zone,
	"return_reason" text,
	"accepted_at" timestamp with time zone,
	"reviewed_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "upward_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "upward_report_versions" ADD CONSTRAINT "upward_report_versions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_report_versions" ADD CONSTRAINT "upward_report_versions_upward_report_id_upward_reports_id_fk" FOREIGN KEY ("upward_report_id") REFERENCES "public"."upward_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_reports" ADD CONSTRAINT "upward_reports_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_reports" ADD CONSTRAINT "upward_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "upward_tokens" ADD CONSTRAINT "upward_tokens_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "upward_report_versions_uq" ON "upward_report_versions" USING btree ("upward_report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "upward_reports_period_uq" ON "upward_reports" USING btree ("province_id","year","period_kind");--> statement-breakpoint
CREATE INDEX "upward_reports_year_idx" ON "upward_reports" USING btree ("year","period_kind");--> statement-breakpoint
CREATE UNIQUE INDEX "upward_tokens_hash_uq" ON "upward_tokens" USING btree ("token_hash");--> statement-breakpoint
-- hand-written:
SELECT ttdn_scope_table('upward_reports');--> statement-breakpoint
SELECT ttdn_scope_table('upward_report_versions');--> statement-breakpoint
SELECT ttdn_scope_table('upward_tokens');
