import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { periodExceptions } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { notifyReportStep } from '../notifications/notify-report-step.js';
import { getObligation, getPeriod } from './obligations.data.js';

export const GrantPeriodExceptionInput = z.object({
  periodId: z.number().int().positive(),
  agencyId: z.number().int().positive(),
  extendedTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd'),
  reason: z.string().trim().min(3).max(1000),
});
export type GrantPeriodExceptionInput = z.infer<typeof GrantPeriodExceptionInput>;

/** Keeps a period's entry open for one agency until a later date (DHIS2 "lock exception"). Coordinators only. */
export async function grantPeriodException(ctx: RequestContext, raw: GrantPeriodExceptionInput) {
  authorize(ctx.actor, 'period.manage');
  const input = GrantPeriodExceptionInput.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const period = await getPeriod(tx, input.periodId);
    await getObligation(tx, input.periodId, input.agencyId);
    if (input.extendedTo <= period.locksOn) {
      throw new AppError('EXTENSION_BEFORE_LOCK', { locksOn: period.locksOn });
    }
    const [row] = await tx
      .insert(periodExceptions)
      .values({ ...input, grantedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
      .onConflictDoUpdate({
        target: [periodExceptions.periodId, periodExceptions.agencyId],
        set: { extendedTo: input.extendedTo, reason: input.reason },
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'period.grant-exception',
      subjectType: 'reporting_period',
      subjectId: input.periodId,
      after: row,
    });
    await notifyReportStep(tx, ctx, {
      step: 'extended',
      periodId: input.periodId,
      agencyId: input.agencyId,
      key: input.extendedTo,
      reason: input.reason,
      extendedTo: input.extendedTo,
    });
    return row!;
  });
}
