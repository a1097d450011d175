import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';
import { agencies } from './organisations.js';
import { responseCases } from './response.js';
import { users } from './system.js';

/** The agencies and groups a note was addressed to, as the coordinator chose them. */
export type GuidanceTargets = { agencyIds: number[]; groupIds: number[] };

/**
 * A guidance note [định hướng tuyên truyền]: what the coordinator asks agencies to say, and how, about
 * a task, an anniversary or a response case. Recipients are resolved once, when it is issued.
 */
export const guidanceNotes = pgTable(
  'guidance_notes',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    /** Registered number ("12/HD-SVHTTDL"); empty until the văn thư registers it. */
    number: text('number').notNull().default(''),
    title: text('title').notNull(),
    body: text('body').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    /** Acknowledge by this day (working days from the issue date). */
    acknowledgeBy: date('acknowledge_by', { mode: 'string' }).notNull(),
    targets: jsonb('targets').$type<GuidanceTargets>().notNull(),
    taskIds: jsonb('task_ids').$type<number[]>().notNull().default([]),
    /** An anniversary key of the calendar (see calendar-events/anniversaries.ts). */
    anniversaryKey: text('anniversary_key'),
    caseId: integer('case_id').references(() => responseCases.id),
    issuedBy: integer('issued_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('guidance_notes_issued_idx').on(t.issuedOn)],
);

/** One recipient agency of a note: its read receipt (first open, once) and its acknowledgement. */
export const guidanceRecipients = pgTable(
  'guidance_recipients',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    noteId: integer('note_id')
      .notNull()
      .references(() => guidanceNotes.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** Why this agency receives it ("trực tiếp", "nhóm …", a succession path). */
    via: text('via').notNull().default(''),
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: integer('read_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: integer('acknowledged_by').references(() => users.id),
    acknowledgementNote: text('acknowledgement_note').notNull().default(''),
    remindersSent: integer('reminders_sent').notNull().default(0),
  },
  (t) => [
    uniqueIndex('guidance_recipients_uq').on(t.noteId, t.agencyId),
    index('guidance_recipients_agency_idx').on(t.agencyId),
  ],
);
