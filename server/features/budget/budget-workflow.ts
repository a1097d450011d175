import type { WorkingCalendar } from '../../../common/calendar/index.js';
import { AppError } from '../../../common/errors.js';
import type { BudgetRequestStatus } from '../../db/schema/budget.js';

/** What can be done to a request beyond the estimate. */
export type BudgetRequestAction = 'submit' | 'appraise' | 'approve' | 'partial' | 'refuse';

/**
 * The workflow of a request beyond the estimate (seed III): the agency drafts and sends it to Sở Tài
 * chính, which appraises it; the provincial People's Committee then approves it, approves part of it or
 * refuses it. Each action is legal from one state only; a decided request is final.
 */
export const BUDGET_TRANSITIONS: Record<BudgetRequestAction, { from: BudgetRequestStatus; to: BudgetRequestStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  appraise: { from: 'submitted', to: 'appraised' },
  approve: { from: 'appraised', to: 'approved' },
  partial: { from: 'appraised', to: 'partial' },
  refuse: { from: 'appraised', to: 'refused' },
};

/**
 * Working days Sở Tài chính has to appraise, and the People's Committee to decide once appraised.
 * No text of the seed fixes them; these are the province's usual figures, kept here as data.
 */
export const APPRAISAL_WORKING_DAYS = 10;
export const DECISION_WORKING_DAYS = 5;

/** The state after an action, or BUDGET_TRANSITION_REFUSED when the action is not legal now. */
export function nextBudgetStatus(status: BudgetRequestStatus, action: BudgetRequestAction): BudgetRequestStatus {
  const rule = BUDGET_TRANSITIONS[action];
  if (rule.from !== status) throw new AppError('BUDGET_TRANSITION_REFUSED', { action, status });
  return rule.to;
}

/** The due date of the next step after an action taken today, on the working calendar (null when final). */
export function nextDueOn(calendar: WorkingCalendar, action: BudgetRequestAction, today: string): string | null {
  if (action === 'submit') return calendar.addWorkingDays(today, APPRAISAL_WORKING_DAYS);
  if (action === 'appraise') return calendar.addWorkingDays(today, DECISION_WORKING_DAYS);
  return null;
}

/**
 * The amount a decision grants: all that was requested, a part strictly between nothing and all, or
 * nothing; anything else is BUDGET_DECISION_AMOUNT_INVALID.
 */
export function grantedAmount(action: BudgetRequestAction, requested: bigint, typed: bigint | null): bigint {
  if (action === 'approve') {
    if (typed !== null && typed !== requested)
      throw new AppError('BUDGET_DECISION_AMOUNT_INVALID', { decision: action });
    return requested;
  }
  if (action === 'partial') {
    if (typed === null || typed <= 0n || typed >= requested) {
      throw new AppError('BUDGET_DECISION_AMOUNT_INVALID', { decision: action });
    }
    return typed;
  }
  if (action === 'refuse') return 0n;
  throw new AppError('BUDGET_TRANSITION_REFUSED', { action, status: 'draft' });
}
