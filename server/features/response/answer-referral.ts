import { eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { responseReferrals } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize, authorizeOwnAgency } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getVisibleCase } from './case-access.js';
import { presentCase } from './cases.queries.js';

/**
 * The referred agency records its answer to a referral: its own staff only (a referred agency sees
 * and answers its own referrals, nothing else); an answer is given once.
 */
export async function answerReferral(ctx: RequestContext, referralId: number, answer: string): Promise<CaseDetail> {
  return inTransaction(ctx.db, async (tx) => {
    const [referral] = await tx
      .select()
      .from(responseReferrals)
      .where(eq(responseReferrals.id, referralId))
      .for('update');
    if (!referral) throw new AppError('NOT_FOUND', { resource: 'referral', id: `#${referralId}` });
    const { row, reach } = await getVisibleCase(tx, ctx.actor, referral.caseId);
    authorize(ctx.actor, 'response.answer');
    authorizeOwnAgency(ctx.actor, 'response.answer', referral.agencyId);
    if (referral.answeredAt !== null) {
      throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'case', action: 'answer', status: 'answered' });
    }
    const [after] = await tx
      .update(responseReferrals)
      .set({ answer, answeredAt: ctx.clock.now() })
      .where(eq(responseReferrals.id, referral.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'response-referral.answer',
      subjectType: 'response-referral',
      subjectId: referral.id,
      before: referral,
      after,
    });
    return presentCase(tx, ctx, row, reach);
  });
}
