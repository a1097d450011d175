import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Actor, ProvinceRunner, RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/system.js';
import { AppError } from '../../../common/errors.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { predecessorsOf } from '../organisations/resolve-holders.js';
import { assertPasswordPolicy } from './password-policy.js';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './passwords.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { inTransaction } from '../../db/transaction.js';

export const SESSION_TTL_MS = 8 * 3600_000;
/** Inactivity after which a session ends (TTDN_SESSION_IDLE_MINUTES overrides it). */
export const SESSION_IDLE_MS = 30 * 60_000;
/** How stale `last_seen_at` may get before a request writes it again (one write a minute, not one per request). */
export const LAST_SEEN_GRANULARITY_MS = 60_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

/** Where a sign-in comes from, kept with the session for its owner's list. */
export type SignInOrigin = { userAgent?: string; ip?: string; previousToken?: string };

/** The session id behind a cookie token (its SHA-256): the token itself is never stored. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INVALID = () => new AppError('INVALID_CREDENTIALS');

/**
 * Claims one sign-in attempt for an account, atomically in the database: the failure counter goes
 * up before the password is checked, so parallel guesses each take their own number and no more
 * than MAX_FAILED_LOGINS of them are ever checked. Null while the account is locked.
 */
async function claimAttempt(db: Db, userId: number, now: Date): Promise<number | null> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: sql`${users.failedLogins} + 1` })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ attempt: users.failedLogins });
  return row?.attempt ?? null;
}

/**
 * Signs a user in: one generic message for unknown users and wrong passwords; after five failures
 * the account locks for 15 minutes. Returns the cookie token and the CSRF token.
 */
export async function login(
  ctx: Omit<RequestContext, 'actor'> & { withProvince: ProvinceRunner },
  username: string,
  password: string,
  origin: SignInOrigin = {},
) {
  const now = ctx.clock.now();
  // Usernames are unique across provinces, so the sign-in itself tells which province to scope to.
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username.trim().toLowerCase()));
  if (!user?.isActive) {
    await verifyPassword(await DUMMY_HASH_PROMISE, password);
    throw INVALID();
  }
  const signedIn = await ctx.withProvince(user.provinceId, async (db) => {
    const attempt = await claimAttempt(db, user.id, now);
    if (attempt === null || attempt > MAX_FAILED_LOGINS)
      throw new AppError('ACCOUNT_LOCKED', { minutes: LOCKOUT_MS / 60_000 });
    const ok = await verifyPassword(user.passwordHash, password);
    return finishLogin({ ...ctx, db }, user, ok, now, attempt, origin);
  });
  // Rotation: the session the browser came with (whoever's, in whichever province: the system
  // handle) ends, so a cookie planted before sign-in is worth nothing after it.
  if (origin.previousToken) await logout(ctx.db, origin.previousToken);
  return signedIn;
}

async function finishLogin(
  ctx: Omit<RequestContext, 'actor'>,
  user: typeof users.$inferSelect,
  ok: boolean,
  now: Date,
  attempt: number,
  origin: SignInOrigin,
) {
  const system = { ...ctx, actor: { kind: 'system' as const, name: 'auth' } };
  if (!ok) {
    const locks = attempt >= MAX_FAILED_LOGINS;
    await inTransaction(ctx.db, async (tx) => {
      // The counter was raised by claimAttempt; the last allowed failure turns it into a lock.
      if (locks)
        await tx
          .update(users)
          .set({ failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) })
          .where(eq(users.id, user.id));
      await recordAuditEvent(tx, system, {
        action: locks ? 'auth.lockout' : 'auth.login-failed',
        subjectType: 'user',
        subjectId: user.id,
      });
    });
    throw INVALID();
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await inTransaction(ctx.db, async (tx) => {
    // Only when there is something to clear: an update of the user ends cached sessions (a trigger).
    await tx
      .update(users)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(and(eq(users.id, user.id), or(ne(users.failedLogins, 0), isNotNull(users.lockedUntil))));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await tx.insert(sessions).values({
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      ip: origin.ip ?? null,
    });
    await recordAuditEvent(
      tx,
      { ...system, actor: { kind: 'system', name: `auth:${user.username}` } },
      { action: 'auth.login', subjectType: 'user', subjectId: user.id },
    );
  });
  return { token, csrfToken, actor: await actorOfUser(ctx.db, user) };
}

/** The actor a user signs in as: their agency's scope includes the agencies merged into it. */
export async function actorOfUser(db: Db, user: typeof users.$inferSelect): Promise<Actor> {
  const agencyScope =
    user.agencyId === null ? [] : predecessorsOf(await loadOrgSnapshot(db), user.agencyId, '9999-12-31');
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    provinceId: user.provinceId,
    agencyId: user.agencyId,
    agencyScope,
  };
}

/** A live session and its user, before the actor is built in the user's province. */
export type LiveSession = {
  /** The session's id (the token's hash). */
  id: string;
  user: typeof users.$inferSelect;
  csrfToken: string;
  expiresAt: Date;
  /** Moved forward by touchSession; the cached copy is updated in place. */
  lastSeenAt: Date;
};

/**
 * Finds the live session behind a cookie token (on the system handle: the province is not known
 * until the session is); null when none, expired or the user is disabled.
 */
export async function findLiveSession(db: Db, token: string, now: Date): Promise<LiveSession | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionIdOf(token)), gt(sessions.expiresAt, now)));
  if (!row?.user.isActive) return null;
  return {
    id: row.session.id,
    csrfToken: row.session.csrfToken,
    user: row.user,
    expiresAt: row.session.expiresAt,
    lastSeenAt: row.session.lastSeenAt,
  };
}

/** Records that the session's owner made a request now (on the system handle, like the lookup). */
export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, now)));
}

/** Ends a session left idle; the deletion tells every instance's session cache. */
export async function endIdleSession(db: Db, sessionId: string, idleSince: Date): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.id, sessionId), lte(sessions.lastSeenAt, idleSince)));
}

/** Ends a session. */
export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionIdOf(token)));
}

/** Changes the actor's own password after checking the current one; ends their other sessions. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new AppError('ONLY_USERS');
  const userId = ctx.actor.userId;
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword)))
    throw new AppError('WRONG_CURRENT_PASSWORD');
  assertPasswordPolicy(newPassword, user);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx.db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), or(lt(sessions.createdAt, ctx.clock.now()))));
    await recordAuditEvent(tx, ctx, { action: 'user.password-change', subjectType: 'user', subjectId: userId });
  });
}
