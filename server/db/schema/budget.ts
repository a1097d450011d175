import { bigint, date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';
import { agencies } from './organisations.js';
import { tasks } from './plans.js';
import { attachments, users } from './system.js';

/** Where money for a task comes from (seed III): the approved estimate by level, or other lawful sources. */
export type FundingSource = 'provincial' | 'central' | 'other';

/** The states of a request beyond the estimate: drafted, with Sở Tài chính, appraised, decided by the UBND. */
export type BudgetRequestStatus = 'draft' | 'submitted' | 'appraised' | 'approved' | 'partial' | 'refused';

/**
 * Money allotted to an agency for a plan task in a year from one source [phân bổ kinh phí]; whole đồng
 * in a bigint column so no sum ever passes through a float.
 */
export const budgetAllocations = pgTable(
  'budget_allocations',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    year: integer('year').notNull(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    source: text('source').$type<FundingSource>().notNull(),
    /** What the "other lawful source" is (sponsor, project), or the estimate's decision. */
    sourceNote: text('source_note').notNull().default(''),
    amountDong: bigint('amount_dong', { mode: 'bigint' }).notNull(),
    decisionRef: text('decision_ref').notNull().default(''),
    /** The over-estimate request whose decision created this allocation. */
    requestId: integer('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [index('budget_allocations_year_idx').on(t.year, t.agencyId)],
);

/** One payment against an allocation, with its voucher [chứng từ] reference and file. */
export const budgetSpending = pgTable(
  'budget_spending',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    allocationId: integer('allocation_id')
      .notNull()
      .references(() => budgetAllocations.id),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    amountDong: bigint('amount_dong', { mode: 'bigint' }).notNull(),
    description: text('description').notNull(),
    documentRef: text('document_ref').notNull().default(''),
    attachmentId: integer('attachment_id').references(() => attachments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
  },
  (t) => [index('budget_spending_allocation_idx').on(t.allocationId)],
);

/**
 * A request for money beyond the approved estimate [đề nghị bổ sung kinh phí]: drafted by the agency,
 * appraised by Sở Tài chính, decided by the provincial People's Committee; deadlines in working days.
 */
export const budgetRequests = pgTable(
  'budget_requests',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    year: integer('year').notNull(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    source: text('source').$type<FundingSource>().notNull(),
    amountDong: bigint('amount_dong', { mode: 'bigint' }).notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<BudgetRequestStatus>().notNull().default('draft'),
    submittedOn: date('submitted_on', { mode: 'string' }),
    appraisalDueOn: date('appraisal_due_on', { mode: 'string' }),
    appraisedOn: date('appraised_on', { mode: 'string' }),
    appraisalOpinion: text('appraisal_opinion').notNull().default(''),
    appraisedAmountDong: bigint('appraised_amount_dong', { mode: 'bigint' }),
    decisionDueOn: date('decision_due_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionRef: text('decision_ref').notNull().default(''),
    approvedAmountDong: bigint('approved_amount_dong', { mode: 'bigint' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('budget_requests_status_idx').on(t.status)],
);
