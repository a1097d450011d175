import { createHash } from 'node:crypto';
import { and, desc, eq, gt, ne } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { sessions } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/** The handle a session is shown and revoked by: derived from its id, so the id never leaves the server. */
export function publicSessionId(sessionId: string): string {
  return createHash('sha256').update(`session:${sessionId}`).digest('hex').slice(0, 24);
}

function ownerOf(ctx: RequestContext): number {
  if (ctx.actor.kind !== 'user') throw new AppError('ONLY_USERS');
  return ctx.actor.userId;
}

/** The live sessions of the signed-in person (not expired, not idle), most recently used first. */
async function liveSessionsOf(ctx: RequestContext, userId: number, idleMs: number) {
  const now = ctx.clock.now();
  return ctx.db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - idleMs)),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** The signed-in person's sessions: device, address, when started and last used; which is this one. */
export async function listMySessions(ctx: RequestContext, currentSessionId: string, idleMs: number) {
  const rows = await liveSessionsOf(ctx, ownerOf(ctx), idleMs);
  return rows.map((row) => ({
    id: publicSessionId(row.id),
    userAgent: row.userAgent,
    ip: row.ip,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.id === currentSessionId,
  }));
}

/** Ends one of the signed-in person's sessions (another person's is "not found"). */
export async function revokeMySession(ctx: RequestContext, handle: string): Promise<void> {
  const userId = ownerOf(ctx);
  const mine = await ctx.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  const target = mine.find((row) => publicSessionId(row.id) === handle);
  if (!target) throw new AppError('NOT_FOUND', { resource: 'session', id: handle });
  await inTransaction(ctx.db, async (tx) => {
    await tx.delete(sessions).where(and(eq(sessions.id, target.id), eq(sessions.userId, userId)));
    await recordAuditEvent(tx, ctx, { action: 'auth.session-revoked', subjectType: 'user', subjectId: userId });
  });
}

/** "Sign out everywhere else": ends every session of the person but the one making the request. */
export async function signOutOtherSessions(ctx: RequestContext, currentSessionId: string): Promise<number> {
  const userId = ownerOf(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const ended = await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, currentSessionId)))
      .returning({ id: sessions.id });
    await recordAuditEvent(tx, ctx, {
      action: 'auth.sessions-revoked',
      subjectType: 'user',
      subjectId: userId,
      after: { ended: ended.length },
    });
    return ended.length;
  });
}
