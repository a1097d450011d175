CREATE TABLE "calendar_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "consolidated_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"sections" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "focal_officials" (
	"id" serial PRIMARY KEY NOT NULL,
	"agency_id" integer NOT NULL,
	"kind" text NOT NULL,
	"full_name" text NOT NULL,
	"position" text,
	"phone" text,
	"email" text,
	"user_id" integer,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"group_name" text NOT NULL,
	"breakdown" jsonb,
	"is_integer" boolean DEFAULT true NOT NULL,
	"min_value" numeric DEFAULT 0 NOT NULL,
	"max_value" numeric,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"run_key" text NOT NULL,
	"status" text NOT NULL,
	"claimed_by" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"last_error" text,
	"result" jsonb
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "obligations" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"task_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" serial PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "period_exceptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"extended_to" date NOT NULL,
	"reason" text NOT NULL,
	"granted_by" integer
);
--> statement-breakpoint
CREATE TABLE "plan_acknowledgements" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" integer
);
--> statement-breakpoint
CREATE TABLE "reminder_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"step" text NOT NULL,
	"level" text NOT NULL,
	"taken_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_regimes" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"outline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"indicator_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"grace_days" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"regime_id" integer NOT NULL,
	"plan_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"label" text NOT NULL,
	"window_from" date NOT NULL,
	"window_to" date NOT NULL,
	"stated_due" date NOT NULL,
	"due_on" date NOT NULL,
	"locks_on" date NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "spokespersons" (
	"id" serial PRIMARY KEY NOT NULL,
	"agency_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"title" text NOT NULL,
	"phone" text,
	"email" text,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "submission_files" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"line_id" integer,
	"attachment_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"breakdown_key" text DEFAULT '' NOT NULL,
	"value" numeric NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_lines" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"task_id" integer NOT NULL,
	"status" text DEFAULT 'not-started' NOT NULL,
	"done_text" text DEFAULT '' NOT NULL,
	"results_text" text DEFAULT '' NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_status" text DEFAULT 'pending' NOT NULL,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "submission_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"difficulties" text DEFAULT '' NOT NULL,
	"proposals" text DEFAULT '' NOT NULL,
	"own_plan_attachment_id" integer,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"approved_at" timestamp with time zone,
	"approved_by" integer,
	"returned_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
ALTER TABLE "consolidated_reports" ADD CONSTRAINT "consolidated_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_reports" ADD CONSTRAINT "consolidated_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_officials" ADD CONSTRAINT "focal_officials_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_officials" ADD CONSTRAINT "focal_officials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_exceptions" ADD CONSTRAINT "period_exceptions_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_exceptions" ADD CONSTRAINT "period_exceptions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_exceptions" ADD CONSTRAINT "period_exceptions_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD CONSTRAINT "plan_acknowledgements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD CONSTRAINT "plan_acknowledgements_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD CONSTRAINT "plan_acknowledgements_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_steps" ADD CONSTRAINT "reminder_steps_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_steps" ADD CONSTRAINT "reminder_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_regimes" ADD CONSTRAINT "report_regimes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_regime_id_report_regimes_id_fk" FOREIGN KEY ("regime_id") REFERENCES "public"."report_regimes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spokespersons" ADD CONSTRAINT "spokespersons_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_line_id_submission_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."submission_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_indicator_values" ADD CONSTRAINT "submission_indicator_values_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_indicator_values" ADD CONSTRAINT "submission_indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_lines" ADD CONSTRAINT "submission_lines_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_lines" ADD CONSTRAINT "submission_lines_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_own_plan_attachment_id_attachments_id_fk" FOREIGN KEY ("own_plan_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_entries_date_uq" ON "calendar_entries" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "consolidated_reports_period_uq" ON "consolidated_reports" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "focal_officials_agency_idx" ON "focal_officials" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_runs_uq" ON "job_runs" USING btree ("name","run_key");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "obligations_uq" ON "obligations" USING btree ("period_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_emails_dedupe_uq" ON "outbox_emails" USING btree ("dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "period_exceptions_uq" ON "period_exceptions" USING btree ("period_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_acknowledgements_uq" ON "plan_acknowledgements" USING btree ("plan_id","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reminder_steps_uq" ON "reminder_steps" USING btree ("period_id","agency_id","step");--> statement-breakpoint
CREATE UNIQUE INDEX "report_regimes_plan_kind_uq" ON "report_regimes" USING btree ("plan_id","kind","name");--> statement-breakpoint
CREATE INDEX "reporting_periods_plan_idx" ON "reporting_periods" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "reporting_periods_due_idx" ON "reporting_periods" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "spokespersons_agency_idx" ON "spokespersons" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_indicator_values_uq" ON "submission_indicator_values" USING btree ("submission_id","indicator_id","breakdown_key");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_lines_uq" ON "submission_lines" USING btree ("submission_id","task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_versions_uq" ON "submission_versions" USING btree ("submission_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_uq" ON "submissions" USING btree ("period_id","agency_id");