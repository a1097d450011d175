import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';
import { agencies } from './organisations.js';
import { plans, tasks } from './plans.js';
import { attachments, users } from './system.js';

/** Focal officials [cán bộ đầu mối]: 1 leader + 1 officer per agency, with dated changes. */
export const focalOfficials = pgTable(
  'focal_officials',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').$type<'leader' | 'officer'>().notNull(),
    fullName: text('full_name').notNull(),
    position: text('position'),
    phone: text('phone'),
    email: text('email'),
    userId: integer('user_id').references(() => users.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('focal_officials_agency_idx').on(t.agencyId)],
);

/** Spokespersons [người phát ngôn] under Nghị định 09/2017, published on a list page. */
export const spokespersons = pgTable(
  'spokespersons',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    fullName: text('full_name').notNull(),
    title: text('title').notNull(),
    phone: text('phone'),
    email: text('email'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('spokespersons_agency_idx').on(t.agencyId)],
);

export type RegimeKind = 'agency-plan' | 'semiannual' | 'annual' | 'ad-hoc';
export type OutlineSection = { key: string; title: string };

/** A reporting regime [chế độ báo cáo] of a plan (Nghị định 09/2019 notions). */
export const reportRegimes = pgTable(
  'report_regimes',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    kind: text('kind').$type<RegimeKind>().notNull(),
    name: text('name').notNull(),
    outline: jsonb('outline').$type<OutlineSection[]>().notNull().default([]),
    indicatorCodes: jsonb('indicator_codes').$type<string[]>().notNull().default([]),
    graceDays: integer('grace_days').notNull().default(0),
  },
  (t) => [uniqueIndex('report_regimes_plan_kind_uq').on(t.planId, t.kind, t.name)],
);

/** One period [kỳ báo cáo] of a regime: its data window and its deadline resolved to a date. */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    regimeId: integer('regime_id')
      .notNull()
      .references(() => reportRegimes.id),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    kind: text('kind').$type<RegimeKind>().notNull(),
    year: integer('year').notNull(),
    label: text('label').notNull(),
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    statedDue: date('stated_due', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    locksOn: date('locks_on', { mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('reporting_periods_plan_idx').on(t.planId), index('reporting_periods_due_idx').on(t.dueOn)],
);

/** A coordinator's per-agency extension of a period's entry lock. */
export const periodExceptions = pgTable(
  'period_exceptions',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    extendedTo: date('extended_to', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    grantedBy: integer('granted_by').references(() => users.id),
  },
  (t) => [uniqueIndex('period_exceptions_uq').on(t.periodId, t.agencyId)],
);

/** Who must report in a period: computed from what each agency owes, stored when the period opens. */
export const obligations = pgTable(
  'obligations',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    taskIds: jsonb('task_ids').$type<number[]>().notNull().default([]),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('obligations_uq').on(t.periodId, t.agencyId)],
);

/** Notice to an agency of what it owes in an issued plan, and its acknowledgment. */
export const planAcknowledgements = pgTable(
  'plan_acknowledgements',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: integer('acknowledged_by').references(() => users.id),
  },
  (t) => [uniqueIndex('plan_acknowledgements_uq').on(t.planId, t.agencyId)],
);

/** The indicator catalogue [bộ chỉ tiêu], seeded with foreign-information indicators. */
export const indicators = pgTable(
  'indicators',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    groupName: text('group_name').notNull(),
    /** The name, unit and group as the English screens show them (null: shown in Vietnamese). */
    nameEn: text('name_en'),
    unitEn: text('unit_en'),
    groupNameEn: text('group_name_en'),
    /** Optional breakdown dimension, e.g. language or channel, with its allowed keys. */
    breakdown: jsonb('breakdown').$type<{ dimension: string; keys: string[] } | null>(),
    isInteger: boolean('is_integer').notNull().default(true),
    minValue: numeric('min_value', { mode: 'number' }).notNull().default(0),
    maxValue: numeric('max_value', { mode: 'number' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [uniqueIndex('indicators_code_uq').on(t.provinceId, t.code)],
);

export type SubmissionStatus = 'draft' | 'approved' | 'submitted' | 'returned' | 'accepted';

/** An agency's report for a period: drafted by its officer, approved and submitted by its leader. */
export const submissions = pgTable(
  'submissions',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    status: text('status').$type<SubmissionStatus>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    difficulties: text('difficulties').notNull().default(''),
    proposals: text('proposals').notNull().default(''),
    /** The agency's own plan document (the Q1 duty), parsed and linked to the province's tasks. */
    ownPlanAttachmentId: integer('own_plan_attachment_id').references(() => attachments.id),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: integer('approved_by').references(() => users.id),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    /** When the officer last asked the leader to approve (cleared by a return). */
    approvalRequestedAt: timestamp('approval_requested_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('submissions_uq').on(t.periodId, t.agencyId)],
);

export type LineStatus = 'not-started' | 'in-progress' | 'done' | 'continuing';

/** One owed task in a submission: status, what was done, results, evidence, and its review. */
export const submissionLines = pgTable(
  'submission_lines',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    status: text('status').$type<LineStatus>().notNull().default('not-started'),
    doneText: text('done_text').notNull().default(''),
    resultsText: text('results_text').notNull().default(''),
    evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull().default([]),
    reviewStatus: text('review_status').$type<'pending' | 'accepted' | 'returned'>().notNull().default('pending'),
    reviewComment: text('review_comment'),
  },
  (t) => [uniqueIndex('submission_lines_uq').on(t.submissionId, t.taskId)],
);

export const submissionIndicatorValues = pgTable(
  'submission_indicator_values',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    breakdownKey: text('breakdown_key').notNull().default(''),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('submission_indicator_values_uq').on(t.submissionId, t.indicatorId, t.breakdownKey)],
);

/** Evidence files of a submission (or of one of its lines). */
export const submissionFiles = pgTable('submission_files', {
  id: serial('id').primaryKey(),
  provinceId: provinceId(),
  submissionId: integer('submission_id')
    .notNull()
    .references(() => submissions.id, { onDelete: 'cascade' }),
  lineId: integer('line_id').references(() => submissionLines.id, { onDelete: 'cascade' }),
  attachmentId: integer('attachment_id')
    .notNull()
    .references(() => attachments.id),
});

/** Every saved version of a submission, for history and "nothing lost". */
export const submissionVersions = pgTable(
  'submission_versions',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [uniqueIndex('submission_versions_uq').on(t.submissionId, t.version)],
);

/** In-app notifications; `dedupeKey` makes a repeated send a no-op. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey), index('notifications_user_idx').on(t.userId)],
);

/** Outgoing mail, written in the same transaction as its cause and delivered by a job. */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    dedupeKey: text('dedupe_key').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<'pending' | 'sent' | 'failed'>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('outbox_emails_dedupe_uq').on(t.dedupeKey)],
);

/** Each reminder/escalation step taken for an obligation, never the same step twice. */
export const reminderSteps = pgTable(
  'reminder_steps',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    step: text('step').notNull(),
    level: text('level').$type<'officer' | 'leader' | 'coordinator'>().notNull(),
    takenOn: date('taken_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reminder_steps_uq').on(t.periodId, t.agencyId, t.step)],
);

/** Database-backed job runs: a (name, runKey) row is claimed once, so two instances never both run it. */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: serial('id').primaryKey(),

    name: text('name').notNull(),
    runKey: text('run_key').notNull(),
    status: text('status').$type<'running' | 'done' | 'failed'>().notNull(),
    claimedBy: text('claimed_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    lastError: text('last_error'),
    result: jsonb('result'),
  },
  // Global: a run key names its province when the job runs per province.
  (t) => [uniqueIndex('job_runs_uq').on(t.name, t.runKey)],
);

/** Working-calendar entries editable by an admin (holidays, swapped days), on top of the built-in data. */
export const calendarEntries = pgTable(
  'calendar_entries',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    date: date('date', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    source: text('source'),
  },
  (t) => [uniqueIndex('calendar_entries_date_uq').on(t.provinceId, t.date)],
);

/** The coordinator's edits to a period's consolidated report before export. */
export const consolidatedReports = pgTable(
  'consolidated_reports',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    sections: jsonb('sections').$type<Record<string, string>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [uniqueIndex('consolidated_reports_period_uq').on(t.periodId)],
);
