-- Tenancy: every row belongs to a province. The tenant role and the session's province are what
-- the row-level-security policies below compare against (server/db/tenancy.ts sets them).
DO $$ BEGIN
  CREATE ROLE ttdn_tenant NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT ttdn_tenant TO %I', current_user);
EXCEPTION WHEN duplicate_object OR invalid_grant_operation OR unique_violation THEN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION ttdn_province() RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('ttdn.province_id', true), '')::integer $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION ttdn_reads_all() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('ttdn.read_all', true), '') = 'on' $$;--> statement-breakpoint
CREATE TABLE "provinces" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'province' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"valid_from" date DEFAULT '2000-01-01' NOT NULL,
	"valid_to" date,
	"merged_into_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The province this deployment was serving until now: named after its plans or agencies, else Tuyên Quang.
INSERT INTO "provinces" ("id", "code", "name", "is_default")
  VALUES (1, 'default', coalesce((SELECT "province" FROM "plans" ORDER BY "id" LIMIT 1),
                                 (SELECT "province" FROM "agencies" ORDER BY "id" LIMIT 1), 'Tuyên Quang'), true);--> statement-breakpoint
SELECT setval(pg_get_serial_sequence('provinces', 'id'), 1);--> statement-breakpoint
-- Existing rows take the default province through the column default.
SELECT set_config('ttdn.province_id', '1', true);--> statement-breakpoint
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_code_unique";--> statement-breakpoint
DROP INDEX "calendar_entries_date_uq";--> statement-breakpoint
ALTER TABLE "app_meta" DROP CONSTRAINT "app_meta_pkey";--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_aliases" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_groups" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_names" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "group_aliases" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "group_members" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "succession_events" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "succession_links" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "task_role_members" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "task_roles" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "app_meta" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "app_meta" ADD CONSTRAINT "app_meta_province_id_key_pk" PRIMARY KEY("province_id","key");--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "calendar_entries" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "consolidated_reports" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "focal_officials" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "obligations" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "period_exceptions" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "reminder_steps" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "report_regimes" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "spokespersons" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "submission_files" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "submission_indicator_values" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "submission_lines" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "province_id" integer DEFAULT ttdn_province() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "provinces_code_uq" ON "provinces" USING btree ("code");--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_aliases" ADD CONSTRAINT "agency_aliases_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_groups" ADD CONSTRAINT "agency_groups_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agency_names" ADD CONSTRAINT "agency_names_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_aliases" ADD CONSTRAINT "group_aliases_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_events" ADD CONSTRAINT "succession_events_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_links" ADD CONSTRAINT "succession_links_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD CONSTRAINT "legal_bases_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_role_members" ADD CONSTRAINT "task_role_members_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_roles" ADD CONSTRAINT "task_roles_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_meta" ADD CONSTRAINT "app_meta_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_entries" ADD CONSTRAINT "calendar_entries_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consolidated_reports" ADD CONSTRAINT "consolidated_reports_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_officials" ADD CONSTRAINT "focal_officials_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "obligations" ADD CONSTRAINT "obligations_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD CONSTRAINT "outbox_emails_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_exceptions" ADD CONSTRAINT "period_exceptions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_acknowledgements" ADD CONSTRAINT "plan_acknowledgements_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_steps" ADD CONSTRAINT "reminder_steps_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_regimes" ADD CONSTRAINT "report_regimes_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spokespersons" ADD CONSTRAINT "spokespersons_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_files" ADD CONSTRAINT "submission_files_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_indicator_values" ADD CONSTRAINT "submission_indicator_values_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_lines" ADD CONSTRAINT "submission_lines_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_versions" ADD CONSTRAINT "submission_versions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_uq" ON "indicators" USING btree ("province_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_entries_date_uq" ON "calendar_entries" USING btree ("province_id","date");
--> statement-breakpoint
-- The tenant role reads and writes every table; the policies decide which rows.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ttdn_tenant;--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ttdn_tenant;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ttdn_province(), ttdn_reads_all() TO ttdn_tenant;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ttdn_tenant;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ttdn_tenant;
--> statement-breakpoint
-- Scopes a table to the province: row-level security with one policy for the province's own rows
-- and one letting a reader of every province (the ministry) select. Every later migration that
-- creates a table calls it (server/http/tenancy.db.test.ts fails on a table left unscoped).
CREATE OR REPLACE FUNCTION ttdn_scope_table(name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
  EXECUTE format('DROP POLICY IF EXISTS %I ON %I', name || '_own_province', name);
  EXECUTE format('CREATE POLICY %I ON %I TO ttdn_tenant USING (province_id = ttdn_province()) WITH CHECK (province_id = ttdn_province())', name || '_own_province', name);
  EXECUTE format('DROP POLICY IF EXISTS %I ON %I', name || '_read_all', name);
  EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO ttdn_tenant USING (ttdn_reads_all())', name || '_read_all', name);
END $$;--> statement-breakpoint
SELECT ttdn_scope_table('agencies');--> statement-breakpoint
SELECT ttdn_scope_table('agency_aliases');--> statement-breakpoint
SELECT ttdn_scope_table('agency_groups');--> statement-breakpoint
SELECT ttdn_scope_table('agency_names');--> statement-breakpoint
SELECT ttdn_scope_table('group_aliases');--> statement-breakpoint
SELECT ttdn_scope_table('group_members');--> statement-breakpoint
SELECT ttdn_scope_table('succession_events');--> statement-breakpoint
SELECT ttdn_scope_table('succession_links');--> statement-breakpoint
SELECT ttdn_scope_table('legal_bases');--> statement-breakpoint
SELECT ttdn_scope_table('plans');--> statement-breakpoint
SELECT ttdn_scope_table('task_role_members');--> statement-breakpoint
SELECT ttdn_scope_table('task_roles');--> statement-breakpoint
SELECT ttdn_scope_table('tasks');--> statement-breakpoint
SELECT ttdn_scope_table('app_meta');--> statement-breakpoint
SELECT ttdn_scope_table('attachments');--> statement-breakpoint
SELECT ttdn_scope_table('audit_events');--> statement-breakpoint
SELECT ttdn_scope_table('sessions');--> statement-breakpoint
SELECT ttdn_scope_table('users');--> statement-breakpoint
SELECT ttdn_scope_table('calendar_entries');--> statement-breakpoint
SELECT ttdn_scope_table('consolidated_reports');--> statement-breakpoint
SELECT ttdn_scope_table('focal_officials');--> statement-breakpoint
SELECT ttdn_scope_table('indicators');--> statement-breakpoint
SELECT ttdn_scope_table('notifications');--> statement-breakpoint
SELECT ttdn_scope_table('obligations');--> statement-breakpoint
SELECT ttdn_scope_table('outbox_emails');--> statement-breakpoint
SELECT ttdn_scope_table('period_exceptions');--> statement-breakpoint
SELECT ttdn_scope_table('plan_acknowledgements');--> statement-breakpoint
SELECT ttdn_scope_table('reminder_steps');--> statement-breakpoint
SELECT ttdn_scope_table('report_regimes');--> statement-breakpoint
SELECT ttdn_scope_table('reporting_periods');--> statement-breakpoint
SELECT ttdn_scope_table('spokespersons');--> statement-breakpoint
SELECT ttdn_scope_table('submission_files');--> statement-breakpoint
SELECT ttdn_scope_table('submission_indicator_values');--> statement-breakpoint
SELECT ttdn_scope_table('submission_lines');--> statement-breakpoint
SELECT ttdn_scope_table('submission_versions');--> statement-breakpoint
SELECT ttdn_scope_table('submissions');
