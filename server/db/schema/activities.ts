import {
  bigint,
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
import { tasks } from './plans.js';
import { indicators } from './reporting.js';
import { users } from './system.js';

export type ActivityKind =
  | 'article'
  | 'conference'
  | 'event'
  | 'publication'
  | 'promotion'
  | 'guidance'
  | 'contest-entry'
  | 'other';

/**
 * What an agency did against a plan task [hoạt động]: the record its reports are drafted from.
 * An activity counts in the data window that holds its first day, so a multi-day event is counted once.
 */
export const activities = pgTable(
  'activities',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    kind: text('kind').$type<ActivityKind>().notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    participants: integer('participants'),
    /** Cost in whole đồng (no fractions, no floating point). */
    costDong: bigint('cost_dong', { mode: 'number' }),
    evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull().default([]),
    notes: text('notes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: integer('created_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [index('activities_agency_date_idx').on(t.agencyId, t.startsOn), index('activities_task_idx').on(t.taskId)],
);

/** One output of an activity as a catalogue indicator, with its breakdown key ('' when it has none). */
export const activityOutputs = pgTable(
  'activity_outputs',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    breakdownKey: text('breakdown_key').notNull().default(''),
    value: numeric('value', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('activity_outputs_uq').on(t.activityId, t.indicatorId, t.breakdownKey)],
);
