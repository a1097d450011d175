CREATE TABLE "foreign_press_visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"outlet" text NOT NULL,
	"country" text NOT NULL,
	"residency" text NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"purpose" text NOT NULL,
	"itinerary" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"mofa_approval" text,
	"mofa_approved_on" date,
	"acceptance" text,
	"accepted_on" date,
	"escorts" text DEFAULT '' NOT NULL,
	"coordination" text DEFAULT '' NOT NULL,
	"schedule_changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"after_action_note" text,
	"coverage_urls" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "press_conferences" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"host_agency_id" integer,
	"spokesperson_id" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"invited_outlets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attendance" integer,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"follow_ups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"coverage_urls" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"case_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"owner_name" text NOT NULL,
	"owner_agency_id" integer,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"outcome" text,
	"url" text,
	"done_on" date,
	"press_conference_id" integer
);
--> statement-breakpoint
CREATE TABLE "response_case_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"case_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"role" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_case_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"case_id" integer NOT NULL,
	"url" text NOT NULL,
	"note" text,
	"seen_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_cases" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"intake" text NOT NULL,
	"source_url" text,
	"source_article_id" text,
	"severity" text NOT NULL,
	"label" text,
	"is_sensitive" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"lead_agency_id" integer,
	"product" jsonb,
	"opened_on" date NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_on" date,
	"outcome" text,
	"created_by" integer,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"case_id" integer NOT NULL,
	"url" text NOT NULL,
	"version" integer NOT NULL,
	"outcome" text NOT NULL,
	"http_status" integer,
	"content_type" text,
	"title" text,
	"text" text,
	"html" text,
	"truncated" boolean DEFAULT false NOT NULL,
	"failure" text,
	"sha256" text,
	"note" text,
	"captured_at" timestamp with time zone NOT NULL,
	"captured_by" integer
);
--> statement-breakpoint
CREATE TABLE "response_referrals" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"case_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"request" text NOT NULL,
	"sent_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"answered_at" timestamp with time zone,
	"answer" text,
	"escalated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "foreign_press_visits" ADD CONSTRAINT "foreign_press_visits_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_conferences" ADD CONSTRAINT "press_conferences_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_conferences" ADD CONSTRAINT "press_conferences_host_agency_id_agencies_id_fk" FOREIGN KEY ("host_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_conferences" ADD CONSTRAINT "press_conferences_spokesperson_id_spokespersons_id_fk" FOREIGN KEY ("spokesperson_id") REFERENCES "public"."spokespersons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_actions" ADD CONSTRAINT "response_actions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_actions" ADD CONSTRAINT "response_actions_case_id_response_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."response_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_actions" ADD CONSTRAINT "response_actions_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_actions" ADD CONSTRAINT "response_actions_press_conference_id_press_conferences_id_fk" FOREIGN KEY ("press_conference_id") REFERENCES "public"."press_conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_case_members" ADD CONSTRAINT "response_case_members_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_case_members" ADD CONSTRAINT "response_case_members_case_id_response_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."response_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_case_members" ADD CONSTRAINT "response_case_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_case_posts" ADD CONSTRAINT "response_case_posts_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_case_posts" ADD CONSTRAINT "response_case_posts_case_id_response_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."response_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_cases" ADD CONSTRAINT "response_cases_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_cases" ADD CONSTRAINT "response_cases_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_cases" ADD CONSTRAINT "response_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_evidence" ADD CONSTRAINT "response_evidence_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_evidence" ADD CONSTRAINT "response_evidence_case_id_response_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."response_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_evidence" ADD CONSTRAINT "response_evidence_captured_by_users_id_fk" FOREIGN KEY ("captured_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_referrals" ADD CONSTRAINT "response_referrals_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_referrals" ADD CONSTRAINT "response_referrals_case_id_response_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."response_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_referrals" ADD CONSTRAINT "response_referrals_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "foreign_press_visits_start_idx" ON "foreign_press_visits" USING btree ("start_on");--> statement-breakpoint
CREATE INDEX "press_conferences_held_idx" ON "press_conferences" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "response_actions_case_idx" ON "response_actions" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "response_case_members_uq" ON "response_case_members" USING btree ("case_id","user_id");--> statement-breakpoint
CREATE INDEX "response_case_posts_case_idx" ON "response_case_posts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "response_cases_status_idx" ON "response_cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "response_cases_opened_idx" ON "response_cases" USING btree ("opened_on");--> statement-breakpoint
CREATE UNIQUE INDEX "response_evidence_version_uq" ON "response_evidence" USING btree ("case_id","url","version");--> statement-breakpoint
CREATE INDEX "response_referrals_case_idx" ON "response_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "response_referrals_agency_idx" ON "response_referrals" USING btree ("agency_id");--> statement-breakpoint
-- hand-written:
SELECT ttdn_scope_table('response_cases');--> statement-breakpoint
SELECT ttdn_scope_table('response_case_members');--> statement-breakpoint
SELECT ttdn_scope_table('response_case_posts');--> statement-breakpoint
SELECT ttdn_scope_table('response_evidence');--> statement-breakpoint
SELECT ttdn_scope_table('response_referrals');--> statement-breakpoint
SELECT ttdn_scope_table('response_actions');--> statement-breakpoint
SELECT ttdn_scope_table('press_conferences');--> statement-breakpoint
SELECT ttdn_scope_table('foreign_press_visits');
