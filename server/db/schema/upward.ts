import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { reportingPeriods } from './reporting.js';
import { provinceId } from './tenancy.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** Where an upward report stands at the ministry: like an agency's report to the province. */
export type UpwardStatus = 'submitted' | 'returned' | 'accepted';

/**
 * A province's consolidated report sent upward to the ministry [báo cáo gửi lên Bộ]: one per
 * province, plan year and period kind. The row belongs to the sending province; the ministry reads
 * every province's and writes its decision in the province's scope. `periodId` is the local period
 * when the province lives on this deployment, null when it was received from its own deployment.
 */
export const upwardReports = pgTable(
  'upward_reports',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    periodId: integer('period_id').references(() => reportingPeriods.id),
    year: integer('year').notNull(),
    periodKind: text('period_kind').$type<'semiannual' | 'annual'>().notNull(),
    periodLabel: text('period_label').notNull(),
    /** The province's own deadline (agencies → province) and the ministry's, about three weeks later. */
    provinceDueOn: date('province_due_on', { mode: 'string' }).notNull(),
    ministryDueOn: date('ministry_due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<UpwardStatus>().notNull().default('submitted'),
    version: integer('version').notNull().default(1),
    /** The figures sent (common/contracts/upward.ts UpwardFigures). */
    figures: jsonb('figures').notNull(),
    docx: bytea('docx').notNull(),
    source: text('source').$type<'local' | 'remote'>().notNull().default('local'),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }).notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: text('submitted_by').notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    reviewedBy: text('reviewed_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('upward_reports_period_uq').on(t.provinceId, t.year, t.periodKind),
    index('upward_reports_year_idx').on(t.year, t.periodKind),
  ],
);

/** Every version of an upward report (each send, return and acceptance), for history. */
export const upwardReportVersions = pgTable(
  'upward_report_versions',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    upwardReportId: integer('upward_report_id')
      .notNull()
      .references(() => upwardReports.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status').$type<UpwardStatus>().notNull(),
    /** The figures as sent, and the reason when returned. */
    snapshot: jsonb('snapshot').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [uniqueIndex('upward_report_versions_uq').on(t.upwardReportId, t.version)],
);

/**
 * A token a self-hosted province sends its reports with, on the ministry's deployment. It belongs
 * to that province (a row of `provinces` here); only its SHA-256 is kept, the token is printed once.
 */
export const upwardTokens = pgTable(
  'upward_tokens',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('upward_tokens_hash_uq').on(t.tokenHash)],
);
