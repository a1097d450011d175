import { and, desc, eq } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { calendarFeedTokens } from '../../db/schema/calendar-events.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

function ownerOf(ctx: RequestContext): number {
  authorize(ctx.actor, 'events.read');
  if (ctx.actor.kind !== 'user') throw new AppError('FORBIDDEN').with({ action: 'events.read' });
  return ctx.actor.userId;
}

/** The reader's own calendar links still in force, newest first. */
export async function listFeedTokens(ctx: RequestContext) {
  const userId = ownerOf(ctx);
  const rows = await ctx.db
    .select()
    .from(calendarFeedTokens)
    .where(and(eq(calendarFeedTokens.userId, userId), eq(calendarFeedTokens.revoked, false)))
    .orderBy(desc(calendarFeedTokens.id));
  return {
    tokens: rows.map((r) => ({
      id: r.id,
      scope: r.scope,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    })),
  };
}

/**
 * Revokes one of the reader's own calendar links (a phone lost, a link shared by mistake). Someone
 * else's link answers NOT_FOUND, as if it did not exist, so ids reveal nothing.
 */
export async function revokeFeedToken(ctx: RequestContext, id: number) {
  const userId = ownerOf(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(calendarFeedTokens)
      .set({ revoked: true })
      .where(
        and(
          eq(calendarFeedTokens.id, id),
          eq(calendarFeedTokens.userId, userId),
          eq(calendarFeedTokens.revoked, false),
        ),
      )
      .returning({ id: calendarFeedTokens.id, scope: calendarFeedTokens.scope });
    if (!row) throw new AppError('NOT_FOUND', { resource: 'calendarFeed', id: `#${id}` });
    await recordAuditEvent(tx, ctx, {
      action: 'calendar-feed.revoke',
      subjectType: 'calendar-feed',
      subjectId: id,
      after: { scope: row.scope },
    });
    return { revoked: 1 };
  });
}
