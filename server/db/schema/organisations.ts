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
import { provinceId } from './tenancy.js';

export {
  AGENCY_KINDS,
  type AgencyKind,
  ALIAS_KINDS,
  SUCCESSION_KINDS,
} from '../../../common/contracts/organisations.js';
import type { AgencyKind } from '../../../common/contracts/organisations.js';

export const agencies = pgTable(
  'agencies',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    search: text('search').notNull(),
    kind: text('kind').$type<AgencyKind>().notNull(),
    parentId: integer('parent_id'),
    province: text('province').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agencies_kind_idx').on(t.kind),
    index('agencies_name_key_idx').on(t.nameKey),
    index('agencies_parent_idx').on(t.parentId),
  ],
);

/** Dated names of an agency: a rename adds a row, the id never changes. */
export const agencyNames = pgTable(
  'agency_names',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('agency_names_agency_idx').on(t.agencyId)],
);

export type AliasKind = (typeof ALIAS_KINDS)[number];
import type { ALIAS_KINDS } from '../../../common/contracts/organisations.js';

export const agencyAliases = pgTable(
  'agency_aliases',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    alias: text('alias').notNull(),
    aliasKey: text('alias_key').notNull(),
    kind: text('kind').$type<AliasKind>().notNull(),
  },
  (t) => [
    uniqueIndex('agency_aliases_key_uq').on(t.agencyId, t.aliasKey),
    index('agency_aliases_key_idx').on(t.aliasKey),
  ],
);

/** The rule of a group, evaluated at a date. An open group has no rule. */
export type GroupRule = { kinds: AgencyKind[]; provinces?: string[] };

export const agencyGroups = pgTable(
  'agency_groups',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    isOpen: boolean('is_open').notNull().default(false),
    rule: jsonb('rule').$type<GroupRule | null>(),
    province: text('province').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('agency_groups_name_uq').on(t.province, t.nameKey)],
);

export const groupAliases = pgTable(
  'group_aliases',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    groupId: integer('group_id')
      .notNull()
      .references(() => agencyGroups.id),
    alias: text('alias').notNull(),
    aliasKey: text('alias_key').notNull(),
  },
  (t) => [uniqueIndex('group_aliases_key_uq').on(t.groupId, t.aliasKey), index('group_aliases_key_idx').on(t.aliasKey)],
);

/** Explicit includes and excludes on top of a group's rule. */
export const groupMembers = pgTable(
  'group_members',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    groupId: integer('group_id')
      .notNull()
      .references(() => agencyGroups.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    mode: text('mode').$type<'include' | 'exclude'>().notNull(),
  },
  (t) => [uniqueIndex('group_members_uq').on(t.groupId, t.agencyId)],
);

export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];
import type { SUCCESSION_KINDS } from '../../../common/contracts/organisations.js';

/** A dated reorganisation [sắp xếp, hợp nhất, chuyển giao chức năng]; history before it stays. */
export const successionEvents = pgTable(
  'succession_events',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    kind: text('kind').$type<SuccessionKind>().notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    legalBasis: text('legal_basis'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('succession_events_date_idx').on(t.effectiveOn)],
);

/** One source → target edge of an event; `functions` scopes a transfer or a split branch. */
export const successionLinks = pgTable(
  'succession_links',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    eventId: integer('event_id')
      .notNull()
      .references(() => successionEvents.id),
    fromAgencyId: integer('from_agency_id')
      .notNull()
      .references(() => agencies.id),
    toAgencyId: integer('to_agency_id').references(() => agencies.id),
    functions: text('functions').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    index('succession_links_from_idx').on(t.fromAgencyId),
    index('succession_links_to_idx').on(t.toAgencyId),
    index('succession_links_event_idx').on(t.eventId),
  ],
);
