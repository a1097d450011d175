import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import { formatDateVi } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { responseCaseMembers, responseCases, responseReferrals } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { loadCoordinators } from '../notifications/recipients.data.js';

/**
 * Escalates every referral whose answer deadline has passed: stamps it (once), tells the case's
 * coordinators — and, for a case that is not need-to-know, every coordinator of the province —
 * with one notice each, and writes one audit row per referral. Idempotent: a second run finds
 * nothing new. Run daily by the scheduler and on demand by a coordinator.
 */
export async function escalateLapsedReferrals(ctx: RequestContext): Promise<number> {
  authorize(ctx.actor, 'response.manage');
  const today = ctx.clock.today();
  return inTransaction(ctx.db, async (tx) => {
    const lapsed = await tx
      .select({ referral: responseReferrals, case: responseCases, agencyName: agencies.name })
      .from(responseReferrals)
      .innerJoin(responseCases, eq(responseCases.id, responseReferrals.caseId))
      .innerJoin(agencies, eq(agencies.id, responseReferrals.agencyId))
      .where(
        and(
          isNull(responseReferrals.answeredAt),
          isNull(responseReferrals.escalatedAt),
          lt(responseReferrals.dueOn, today),
        ),
      )
      .for('update', { of: responseReferrals });
    if (lapsed.length === 0) return 0;
    const coordinators = (await loadCoordinators(tx)).map((c) => c.id);
    const members = await tx
      .select()
      .from(responseCaseMembers)
      .where(
        inArray(
          responseCaseMembers.caseId,
          lapsed.map((l) => l.case.id),
        ),
      );
    for (const { referral, case: c, agencyName } of lapsed) {
      await tx
        .update(responseReferrals)
        .set({ escalatedAt: ctx.clock.now() })
        .where(eq(responseReferrals.id, referral.id));
      const named = members.filter((m) => m.caseId === c.id && m.role === 'coordinator').map((m) => m.userId);
      const to = c.isSensitive ? named : [...new Set([...named, ...coordinators])];
      await createNotifications(
        tx,
        ctx.clock,
        to.map((userId) => ({
          userId,
          kind: 'response-escalation',
          title: `Quá hạn trả lời: ${c.isSensitive ? `vụ việc #${c.id}` : c.title}`,
          body: `${agencyName} chưa trả lời đề nghị xử lý; hạn ngày ${formatDateVi(referral.dueOn)}.`,
          link: `/response/cases/${c.id}`,
          dedupeKey: `response-escalation:${referral.id}:${userId}`,
        })),
      );
      await recordAuditEvent(tx, ctx, {
        action: 'response-referral.escalate',
        subjectType: 'response-referral',
        subjectId: referral.id,
        after: { dueOn: referral.dueOn, today },
      });
    }
    return lapsed.length;
  });
}
