import type { RequestContext } from '../../context.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getPeriod, storeObligations } from './obligations.data.js';

/**
 * Recomputes who must report in a period after the registry or the plan changed (a merger recorded
 * late, an open group's members named). Coordinators (period.manage) only.
 */
export async function recomputeObligations(ctx: RequestContext, periodId: number) {
  authorize(ctx.actor, 'period.manage');
  return inTransaction(ctx.db, async (tx) => {
    const period = await getPeriod(tx, periodId);
    const count = await storeObligations(tx, period, ctx.clock.now());
    await recordAuditEvent(tx, ctx, {
      action: 'period.recompute-obligations',
      subjectType: 'reporting_period',
      subjectId: periodId,
      after: { obligations: count },
    });
    return { periodId, obligations: count };
  });
}
