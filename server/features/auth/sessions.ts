import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/system.js';
import { AppError } from '../../http/app-error.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { predecessorsOf } from '../organisations/resolve-holders.js';
import { DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './passwords.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { inTransaction } from '../../db/transaction.js';

export const SESSION_TTL_MS = 8 * 3600_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;

function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const INVALID = () => new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password');

/**
 * Signs a user in: one generic message for unknown users and wrong passwords; after five failures
 * the account locks for 15 minutes. Returns the cookie token and the CSRF token.
 */
export async function login(ctx: Omit<RequestContext, 'actor'>, username: string, password: string) {
  const now = ctx.clock.now();
  const [user] = await ctx.db.select().from(users).where(eq(users.username, username.trim().toLowerCase()));
  if (!user || !user.isActive) {
    await verifyPassword(await DUMMY_HASH_PROMISE, password);
    throw INVALID();
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    throw new AppError('ACCOUNT_LOCKED', 'Tài khoản tạm khoá do đăng nhập sai nhiều lần; thử lại sau 15 phút / Account locked for 15 minutes after repeated failures');
  }
  const ok = await verifyPassword(user.passwordHash, password);
  const system = { ...ctx, actor: { kind: 'system' as const, name: 'auth' } };
  if (!ok) {
    const failed = user.failedLogins + 1;
    await inTransaction(ctx.db, async (tx) => {
      await tx
        .update(users)
        .set({ failedLogins: failed >= MAX_FAILED_LOGINS ? 0 : failed, lockedUntil: failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MS) : null })
        .where(eq(users.id, user.id));
      await recordAuditEvent(tx, system, { action: failed >= MAX_FAILED_LOGINS ? 'auth.lockout' : 'auth.login-failed', subjectType: 'user', subjectId: user.id });
    });
    throw INVALID();
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await inTransaction(ctx.db, async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
    await tx.insert(sessions).values({ id: sessionIdOf(token), userId: user.id, csrfToken, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) });
    await recordAuditEvent(tx, { ...system, actor: { kind: 'system', name: `auth:${user.username}` } }, { action: 'auth.login', subjectType: 'user', subjectId: user.id });
  });
  return { token, csrfToken };
}

/** Finds the live session behind a cookie token and builds the actor; null when none or expired. */
export async function findSessionActor(db: Db, token: string, now: Date): Promise<{ actor: Actor; csrfToken: string } | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionIdOf(token)), gt(sessions.expiresAt, now)));
  if (!row || !row.user.isActive) return null;
  const agencyScope = row.user.agencyId === null ? [] : predecessorsOf(await loadOrgSnapshot(db), row.user.agencyId, '9999-12-31');
  return {
    csrfToken: row.session.csrfToken,
    actor: {
      kind: 'user',
      userId: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      role: row.user.role,
      agencyId: row.user.agencyId,
      agencyScope,
    },
  };
}

/** Ends a session. */
export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionIdOf(token)));
}

/** Changes the actor's own password after checking the current one; ends their other sessions. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Chỉ người dùng mới đổi được mật khẩu / Only users change passwords');
  const userId = ctx.actor.userId;
  if (newPassword.length < 8) throw new AppError('VALIDATION_FAILED', 'Mật khẩu mới cần ít nhất 8 ký tự / The new password needs at least 8 characters');
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw INVALID();
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(ctx.db, async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), or(lt(sessions.createdAt, ctx.clock.now()))));
    await recordAuditEvent(tx, ctx, { action: 'user.password-change', subjectType: 'user', subjectId: userId });
  });
}
