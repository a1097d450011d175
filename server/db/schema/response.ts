import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { agencies } from './organisations.js';
import { spokespersons } from './reporting.js';
import { users } from './system.js';
import { provinceId } from './tenancy.js';

export type CaseKind = 'misinformation' | 'sovereignty-product' | 'sensitive-coverage';
export type CaseIntake = 'alert' | 'url' | 'tip' | 'referral' | 'manual';
export type CaseSeverity = 'low' | 'medium' | 'high' | 'critical';
export type CaseLabel = 'tin-gia' | 'tin-sai-su-that' | 'thong-tin-xac-thuc';
export type CaseStatus = 'open' | 'verifying' | 'responding' | 'closed';
/** A product showing wrong sovereignty or borders: what it is, where it is sold or shown, who made it. */
export type SovereigntyProduct = {
  what: string;
  productType: 'map' | 'textbook' | 'goods' | 'app' | 'film' | 'other';
  whereFound: string;
  maker: string | null;
  seized: boolean;
};

/**
 * A response case [vụ việc]: false or distorting information, a product showing wrong sovereignty
 * or borders, or sensitive coverage; from its signal to its closure. `sourceArticleId` is text, not
 * a foreign key: the press-monitoring tables belong to another feature and may not exist.
 */
export const responseCases = pgTable(
  'response_cases',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    kind: text('kind').$type<CaseKind>().notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    intake: text('intake').$type<CaseIntake>().notNull(),
    sourceUrl: text('source_url'),
    sourceArticleId: text('source_article_id'),
    severity: text('severity').$type<CaseSeverity>().notNull(),
    label: text('label').$type<CaseLabel>(),
    /** Need to know: only the people named on the case see it, and every view is audited. */
    isSensitive: boolean('is_sensitive').notNull().default(false),
    status: text('status').$type<CaseStatus>().notNull().default('open'),
    leadAgencyId: integer('lead_agency_id').references(() => agencies.id),
    product: jsonb('product').$type<SovereigntyProduct>(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: text('outcome'),
    createdBy: integer('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('response_cases_status_idx').on(t.status), index('response_cases_opened_idx').on(t.openedOn)],
);

/** The people named on a case (its coordinators and members): who may see a sensitive case. */
export const responseCaseMembers = pgTable(
  'response_case_members',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    caseId: integer('case_id')
      .notNull()
      .references(() => responseCases.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<'coordinator' | 'member'>().notNull(),
  },
  (t) => [uniqueIndex('response_case_members_uq').on(t.caseId, t.userId)],
);

/** One post or URL of a claim: many posts of one claim are grouped under one case. */
export const responseCasePosts = pgTable(
  'response_case_posts',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    caseId: integer('case_id')
      .notNull()
      .references(() => responseCases.id),
    url: text('url').notNull(),
    note: text('note'),
    seenOn: date('seen_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('response_case_posts_case_idx').on(t.caseId)],
);

/** Evidence captured from a URL: text, HTML, hashed and timestamped; a correction is a new version. */
export const responseEvidence = pgTable(
  'response_evidence',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    caseId: integer('case_id')
      .notNull()
      .references(() => responseCases.id),
    url: text('url').notNull(),
    /** 1, 2, … per URL of a case: nothing is deleted, a re-capture or correction adds a version. */
    version: integer('version').notNull(),
    /** captured | failed (gone, timeout, too large): a failure is evidence of its own. */
    outcome: text('outcome').$type<'captured' | 'failed'>().notNull(),
    httpStatus: integer('http_status'),
    contentType: text('content_type'),
    title: text('title'),
    text: text('text'),
    html: text('html'),
    truncated: boolean('truncated').notNull().default(false),
    failure: text('failure'),
    sha256: text('sha256'),
    note: text('note'),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
    capturedBy: integer('captured_by').references(() => users.id),
  },
  (t) => [uniqueIndex('response_evidence_version_uq').on(t.caseId, t.url, t.version)],
);

/** A referral of a case to the competent body, with its answer deadline in working days. */
export const responseReferrals = pgTable(
  'response_referrals',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    caseId: integer('case_id')
      .notNull()
      .references(() => responseCases.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    request: text('request').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    workingDays: integer('working_days').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answer: text('answer'),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
  },
  (t) => [index('response_referrals_case_idx').on(t.caseId), index('response_referrals_agency_idx').on(t.agencyId)],
);

export type ActionKind =
  | 'verification-note'
  | 'clarification'
  | 'rebuttal'
  | 'press-release'
  | 'takedown-request'
  | 'talking-point';

/** An action on a case, with owner, due date and outcome; a talking point may go to a press conference. */
export const responseActions = pgTable(
  'response_actions',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    caseId: integer('case_id')
      .notNull()
      .references(() => responseCases.id),
    kind: text('kind').$type<ActionKind>().notNull(),
    title: text('title').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerAgencyId: integer('owner_agency_id').references(() => agencies.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<'planned' | 'done' | 'cancelled'>().notNull().default('planned'),
    outcome: text('outcome'),
    url: text('url'),
    doneOn: date('done_on', { mode: 'string' }),
    pressConferenceId: integer('press_conference_id').references(() => pressConferences.id),
  },
  (t) => [index('response_actions_case_idx').on(t.caseId)],
);

/** A question asked at a press conference and the answer given. */
export type ConferenceQuestion = { outlet: string; question: string; answer: string };
/** A follow-up promised at a press conference. */
export type ConferenceFollowUp = { what: string; owner: string; dueOn: string; done: boolean };

/** A press conference [họp báo] (Nghị định 09/2017 Art. 5: at least quarterly for the province). */
export const pressConferences = pgTable(
  'press_conferences',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    kind: text('kind').$type<'regular' | 'ad-hoc'>().notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    hostAgencyId: integer('host_agency_id').references(() => agencies.id),
    spokespersonId: integer('spokesperson_id').references(() => spokespersons.id),
    status: text('status').$type<'planned' | 'held' | 'cancelled'>().notNull().default('planned'),
    topics: jsonb('topics').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    invitedOutlets: jsonb('invited_outlets').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    attendance: integer('attendance'),
    questions: jsonb('questions').$type<ConferenceQuestion[]>().notNull().default(sql`'[]'::jsonb`),
    followUps: jsonb('follow_ups').$type<ConferenceFollowUp[]>().notNull().default(sql`'[]'::jsonb`),
    coverageUrls: jsonb('coverage_urls').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [index('press_conferences_held_idx').on(t.heldOn)],
);

/** A member of a foreign press group. */
export type VisitMember = { name: string; nationality: string; passport: string; role: string };
export type VisitStatus = 'requested' | 'approved' | 'accepted' | 'completed' | 'refused' | 'cancelled';

/** A foreign press group's visit [đoàn phóng viên nước ngoài] (Nghị định 88/2012). */
export const foreignPressVisits = pgTable(
  'foreign_press_visits',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    outlet: text('outlet').notNull(),
    country: text('country').notNull(),
    /** Resident reporters apply to the province (Art. 13); non-resident ones to MOFA (Art. 4). */
    residency: text('residency').$type<'resident' | 'non-resident'>().notNull(),
    members: jsonb('members').$type<VisitMember[]>().notNull().default(sql`'[]'::jsonb`),
    purpose: text('purpose').notNull(),
    itinerary: text('itinerary').notNull().default(''),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    startOn: date('start_on', { mode: 'string' }).notNull(),
    endOn: date('end_on', { mode: 'string' }).notNull(),
    status: text('status').$type<VisitStatus>().notNull().default('requested'),
    mofaApproval: text('mofa_approval'),
    mofaApprovedOn: date('mofa_approved_on', { mode: 'string' }),
    acceptance: text('acceptance'),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    escorts: text('escorts').notNull().default(''),
    coordination: text('coordination').notNull().default(''),
    scheduleChanges: jsonb('schedule_changes')
      .$type<Array<{ on: string; change: string }>>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    afterActionNote: text('after_action_note'),
    coverageUrls: jsonb('coverage_urls').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [index('foreign_press_visits_start_idx').on(t.startOn)],
);
