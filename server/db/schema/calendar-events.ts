import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';
import { agencies } from './organisations.js';
import { indicators } from './reporting.js';
import { users } from './system.js';

/** A provincial festival [lễ hội] held every year on a solar or a lunar date. */
export const festivals = pgTable('festivals', {
  id: serial('id').primaryKey(),
  provinceId: provinceId(),
  name: text('name').notNull(),
  calendar: text('calendar').$type<'solar' | 'lunar'>().notNull(),
  month: integer('month').notNull(),
  day: integer('day').notNull(),
  /** Days it lasts from its first day. */
  days: integer('days').notNull().default(1),
  place: text('place').notNull().default(''),
  organiserId: integer('organiser_id').references(() => agencies.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }),
});

/** A communication campaign [đợt tuyên truyền], often for an anniversary, with expected outputs per agency. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    title: text('title').notNull(),
    anniversaryKey: text('anniversary_key'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
  },
  (t) => [index('campaigns_starts_idx').on(t.startsOn)],
);

/** What a press agency is expected to produce in a campaign, as a catalogue indicator. */
export const campaignOutputs = pgTable(
  'campaign_outputs',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    expected: numeric('expected', { mode: 'number' }).notNull(),
  },
  (t) => [uniqueIndex('campaign_outputs_uq').on(t.campaignId, t.agencyId, t.indicatorId)],
);

/** A secret for a subscribable iCal feed (phones cannot send cookies): one user's or one agency's. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    tokenHash: text('token_hash').notNull(),
    scope: text('scope').$type<'user' | 'agency'>().notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    agencyId: integer('agency_id').references(() => agencies.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revoked: boolean('revoked').notNull().default(false),
  },
  (t) => [uniqueIndex('calendar_feed_tokens_hash_uq').on(t.tokenHash)],
);
