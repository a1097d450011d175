import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { notifyPlanDuties } from '../notifications/index.js';
import { issuePlan } from '../plans/issue-plan.js';
import { createRegimesFromPlan } from './create-regimes-from-plan.js';

/**
 * Issuing a plan starts its work, in ONE transaction: the plan is issued (the previous version
 * archived), its reporting periods are created from the deadlines it states, and every agency that
 * owes tasks is told what (in-app and by e-mail to its focal officials). A failure at any step leaves
 * the plan a draft with nothing half-done.
 */
export async function issuePlanAndOpenReporting(ctx: RequestContext, planId: number, expectedVersion: number) {
  return inTransaction(ctx.db, async (tx) => {
    const inTx = { ...ctx, db: tx };
    const issued = await issuePlan(inTx, planId, expectedVersion);
    const [plan] = await tx.select({ deadlines: plans.reportingDeadlines }).from(plans).where(eq(plans.id, planId));
    const periods = plan && plan.deadlines.length > 0 ? (await createRegimesFromPlan(inTx, planId)).periods.length : 0;
    const notice = await notifyPlanDuties(inTx, planId);
    return {
      plan: issued.plan,
      archived: issued.archived,
      periodsCreated: periods,
      notice: { agencies: notice.agencies.length, notifications: notice.notifications, emails: notice.emails },
    };
  });
}
