CREATE TABLE "guidance_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"issued_on" date NOT NULL,
	"acknowledge_by" date NOT NULL,
	"targets" jsonb NOT NULL,
	"task_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"anniversary_key" text,
	"case_id" integer,
	"issued_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_recipients" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"note_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"via" text DEFAULT '' NOT NULL,
	"read_at" timestamp with time zone,
	"read_by" integer,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" integer,
	"acknowledgement_note" text DEFAULT '' NOT NULL,
	"reminders_sent" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"token_hash" text NOT NULL,
	"scope" text NOT NULL,
	"user_id" integer NOT NULL,
	"agency_id" integer,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_outputs" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"campaign_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"expected" numeric NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"title" text NOT NULL,
	"anniversary_key" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "festivals" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer DEFAULT ttdn_province() NOT NULL,
	"name" text NOT NULL,
	"calendar" text NOT NULL,
	"month" integer NOT NULL,
	"day" integer NOT NULL,
	"days" integer DEFAULT 1 NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"organiser_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_case_id_response_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."response_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_notes" ADD CONSTRAINT "guidance_notes_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_recipients" ADD CONSTRAINT "guidance_recipients_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_recipients" ADD CONSTRAINT "guidance_recipients_note_id_guidance_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."guidance_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_recipients" ADD CONSTRAINT "guidance_recipients_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_recipients" ADD CONSTRAINT "guidance_recipients_read_by_users_id_fk" FOREIGN KEY ("read_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_recipients" ADD CONSTRAINT "guidance_recipients_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_tokens" ADD CONSTRAINT "calendar_feed_tokens_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outputs" ADD CONSTRAINT "campaign_outputs_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outputs" ADD CONSTRAINT "campaign_outputs_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outputs" ADD CONSTRAINT "campaign_outputs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outputs" ADD CONSTRAINT "campaign_outputs_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_organiser_id_agencies_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guidance_notes_issued_idx" ON "guidance_notes" USING btree ("issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_recipients_uq" ON "guidance_recipients" USING btree ("note_id","agency_id");--> statement-breakpoint
CREATE INDEX "guidance_recipients_agency_idx" ON "guidance_recipients" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_tokens_hash_uq" ON "calendar_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_outputs_uq" ON "campaign_outputs" USING btree ("campaign_id","agency_id","indicator_id");--> statement-breakpoint
CREATE INDEX "campaigns_starts_idx" ON "campaigns" USING btree ("starts_on");--> statement-breakpoint
-- hand-written:
SELECT ttdn_scope_table('guidance_notes');--> statement-breakpoint
SELECT ttdn_scope_table('guidance_recipients');--> statement-breakpoint
SELECT ttdn_scope_table('festivals');--> statement-breakpoint
SELECT ttdn_scope_table('campaigns');--> statement-breakpoint
SELECT ttdn_scope_table('campaign_outputs');--> statement-breakpoint
SELECT ttdn_scope_table('calendar_feed_tokens');
