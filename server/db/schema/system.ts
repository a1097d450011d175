import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { provinceId } from './tenancy.js';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export { ROLES as USER_ROLES, type Role as UserRole } from '../../../common/permissions.js';
import type { Role as UserRole } from '../../../common/permissions.js';

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<UserRole>().notNull(),
    agencyId: integer('agency_id'),
    isActive: boolean('is_active').notNull().default(true),
    /** The person's choice: notifications also reach them in the daily e-mail digest. */
    emailDigest: boolean('email_digest').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    provinceId: provinceId(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Last request the person made (background polling excluded): the idle timeout counts from it. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Shown to the owner in their list of sessions, to recognise a device. */
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * The sign-in limiter's counts per client address and window, shared by every instance on the
 * database; no province: they are counted before the sign-in tells which province it is.
 */
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
});

/** Every change: who, when, what, before and after — written in the change's transaction. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: serial('id').primaryKey(),
    provinceId: provinceId(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer('actor_user_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /**
     * The hash chain (sealed by the database at commit, migration 0004): the row's place in its
     * province's chain, the previous row's hash and SHA-256 of (previous hash, this row). Null only
     * until the inserting transaction commits.
     */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
    uniqueIndex('audit_events_chain_uq').on(t.provinceId, t.chainSeq),
  ],
);

/** The last sealed audit row of each province's chain: a deleted tail shows as a mismatch here. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  provinceId: provinceId().primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
  hash: text('hash').notNull().default(''),
});

export const attachments = pgTable('attachments', {
  id: serial('id').primaryKey(),
  provinceId: provinceId(),
  filename: text('filename').notNull(),
  mimeType: text('mime_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Small key/value facts about this database (e.g. whether it holds the demo data). */
export const appMeta = pgTable(
  'app_meta',
  {
    provinceId: provinceId(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceId, t.key] })],
);
