CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"agency_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"participants" integer,
	"cost_dong" bigint,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "activity_outputs" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"activity_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"breakdown_key" text DEFAULT '' NOT NULL,
	"value" numeric NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_outputs" ADD CONSTRAINT "activity_outputs_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_agency_date_idx" ON "activities" USING btree ("agency_id","starts_on");--> statement-breakpoint
CREATE INDEX "activities_task_idx" ON "activities" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_outputs_uq" ON "activity_outputs" USING btree ("activity_id","indicator_id","breakdown_key");--> statement-breakpoint
-- hand-written:
SELECT ttdn_scope_table('activities');--> statement-breakpoint
SELECT ttdn_scope_table('activity_outputs');
