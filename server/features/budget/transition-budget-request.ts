import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { budgetRequests } from '../../db/schema/budget.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { toDong } from './budget-arithmetic.js';
import { type BudgetRequestAction, grantedAmount, nextBudgetStatus, nextDueOn } from './budget-workflow.js';
import { getRequestRow, presentRequest } from './budget.data.js';
import { insertAllocation } from './create-allocation.js';
import { authorizeRequester } from './draft-budget-request.js';

/** What an action carries: the version read, and the appraisal's or the decision's content. */
export type BudgetTransitionInput = {
  version: number;
  opinion?: string;
  amountDong?: number | null;
  decisionRef?: string;
};

/**
 * Moves a request one step (BUDGET_TRANSITIONS): sending is the requester's (the agency or the
 * coordinator); the appraisal and the decision are recorded by the coordinator as Sở Tài chính and
 * the People's Committee issue them. Deadlines are counted in working days on the province's
 * calendar. An approval (whole or partial) becomes an allocation of the granted amount in the same
 * transaction, so the money shows in the year's budget at once. Any other move is refused.
 */
export async function transitionBudgetRequest(
  ctx: RequestContext,
  id: number,
  action: BudgetRequestAction,
  input: BudgetTransitionInput,
) {
  authorize(ctx.actor, action === 'submit' ? 'budget.read' : 'budget.manage');
  return inTransaction(ctx.db, async (tx) => {
    const before = await getRequestRow(tx, id);
    if (action === 'submit') authorizeRequester(ctx, before.agencyId);
    const status = nextBudgetStatus(before.status, action);
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const today = ctx.clock.today();
    const calendar = await loadWorkingCalendar(tx);
    const change: Partial<typeof budgetRequests.$inferInsert> = {
      status,
      version: before.version + 1,
      updatedAt: ctx.clock.now(),
    };
    if (action === 'submit') {
      change.submittedOn = today;
      change.appraisalDueOn = nextDueOn(calendar, action, today);
    } else if (action === 'appraise') {
      change.appraisedOn = today;
      change.appraisalOpinion = (input.opinion ?? '').normalize('NFC');
      change.appraisedAmountDong = toDong(input.amountDong ?? 0);
      change.decisionDueOn = nextDueOn(calendar, action, today);
    } else {
      const granted = grantedAmount(
        action,
        before.amountDong,
        input.amountDong == null ? null : toDong(input.amountDong),
      );
      change.decidedOn = today;
      change.decisionRef = (input.decisionRef ?? '').normalize('NFC');
      change.approvedAmountDong = granted;
      if (granted > 0n) {
        await insertAllocation(tx, ctx, {
          year: before.year,
          taskId: before.taskId,
          agencyId: before.agencyId,
          source: before.source,
          sourceNote: 'Bổ sung ngoài dự toán',
          amountDong: Number(granted),
          decisionRef: change.decisionRef,
          requestId: before.id,
        });
      }
    }
    const [row] = await tx
      .update(budgetRequests)
      .set(change)
      .where(and(eq(budgetRequests.id, id), eq(budgetRequests.version, before.version)))
      .returning({ id: budgetRequests.id });
    if (!row) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version + 1 });
    const request = await presentRequest(tx, id, today);
    await recordAuditEvent(tx, ctx, {
      action: `budget-request.${action}`,
      subjectType: 'budget-request',
      subjectId: id,
      before: { status: before.status, version: before.version },
      after: request,
    });
    return request;
  });
}
