import { date, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';
import { activities } from './activities.js';
import { agencies } from './organisations.js';
import { tasks } from './plans.js';

/** What a publication is. */
export type PublicationKind = 'book' | 'leaflet' | 'magazine' | 'photo-book' | 'video' | 'other';

/**
 * A foreign-information publication [ấn phẩm]: its title, task, agency, dates and cost live in the
 * activity it is (kind publication), so its figures reach the reports once, through that record.
 */
export const publications = pgTable(
  'publications',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<PublicationKind>().notNull(),
    /** Copies printed per language key (vi, en, zh, tay, dao, hmn); the first is the main language. */
    editions: jsonb('editions').$type<Array<{ language: string; copies: number }>>().notNull(),
    /** Who received it (embassies, partner provinces, border gates…). */
    distribution: jsonb('distribution').$type<string[]>().notNull().default([]),
    attachmentIds: jsonb('attachment_ids').$type<number[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('publications_activity_uq').on(t.activityId)],
);

/** A contest the province takes part in (Việt Nam hạnh phúc – Happy Vietnam, the national TTĐN award). */
export const contests = pgTable('contests', {
  id: serial('id').primaryKey(),
  provinceId: provinceId(),
  name: text('name').notNull(),
  edition: text('edition').notNull().default(''),
  organiser: text('organiser').notNull().default(''),
  year: integer('year').notNull(),
  taskId: integer('task_id').references(() => tasks.id),
  /** Its rounds in order, each closing on a date (a monthly round, the final). */
  rounds: jsonb('rounds').$type<Array<{ name: string; closesOn: string }>>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A work the province sent to a contest, in a round, and what it won. */
export const contestEntries = pgTable('contest_entries', {
  id: serial('id').primaryKey(),
  provinceId: provinceId(),
  contestId: integer('contest_id')
    .notNull()
    .references(() => contests.id, { onDelete: 'cascade' }),
  round: text('round').notNull().default(''),
  title: text('title').notNull(),
  author: text('author').notNull(),
  category: text('category').notNull().default(''),
  agencyId: integer('agency_id').references(() => agencies.id),
  sentOn: date('sent_on', { mode: 'string' }).notNull(),
  /** The prize or '' while undecided. */
  result: text('result').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
