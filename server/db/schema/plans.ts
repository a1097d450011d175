import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';
import { agencies, agencyGroups } from './organisations.js';
import { attachments } from './system.js';

export type PlanStatus = 'draft' | 'issued' | 'archived';
export type PlanSigner = { name: string | null; position: string | null; authority: string | null };
export type PlanReportingDeadline = { kind: 'agency-plan' | 'semiannual' | 'annual'; due: string };

/** A yearly plan [kế hoạch] of one function (foreign information) in one province. */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    province: text('province').notNull(),
    year: integer('year').notNull(),
    function: text('function').notNull().default('foreign-information'),
    kind: text('kind').notNull().default('KH'),
    number: text('number'),
    title: text('title').notNull(),
    issuer: text('issuer'),
    issuedOn: date('issued_on', { mode: 'string' }),
    signer: jsonb('signer').$type<PlanSigner | null>(),
    status: text('status').$type<PlanStatus>().notNull().default('draft'),
    reportingDeadlines: jsonb('reporting_deadlines').$type<PlanReportingDeadline[]>().notNull().default([]),
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    sourceAttachmentId: integer('source_attachment_id').references(() => attachments.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plans_year_idx').on(t.province, t.year)],
);

export const legalBases = pgTable(
  'legal_bases',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    symbol: text('symbol'),
    kind: text('kind'),
    date: date('date', { mode: 'string' }),
    issuer: text('issuer'),
  },
  (t) => [index('legal_bases_plan_idx').on(t.planId)],
);

export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    parentId: integer('parent_id'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull().default(''),
    search: text('search').notNull(),
    timeframeKind: text('timeframe_kind'),
    timeframeText: text('timeframe_text'),
    timeframeDue: date('timeframe_due', { mode: 'string' }),
  },
  (t) => [uniqueIndex('tasks_plan_code_uq').on(t.planId, t.code), index('tasks_parent_idx').on(t.parentId)],
);

export type TaskRoleKind = 'lead' | 'coordinator' | 'implementer' | 'guide';

/** Who holds a role on a task: an agency or a group, with the words the document printed. */
export const taskRoles = pgTable(
  'task_roles',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    role: text('role').$type<TaskRoleKind>().notNull(),
    position: integer('position').notNull(),
    agencyId: integer('agency_id').references(() => agencies.id),
    groupId: integer('group_id').references(() => agencyGroups.id),
    asPrinted: text('as_printed').notNull(),
  },
  (t) => [
    index('task_roles_task_idx').on(t.taskId),
    index('task_roles_agency_idx').on(t.agencyId),
    index('task_roles_group_idx').on(t.groupId),
  ],
);

/** Members an open group ("các cơ quan có liên quan") has on one task, named by a coordinator. */
export const taskRoleMembers = pgTable(
  'task_role_members',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    taskRoleId: integer('task_role_id')
      .notNull()
      .references(() => taskRoles.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [uniqueIndex('task_role_members_uq').on(t.taskRoleId, t.agencyId)],
);
