import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { notifyPlanDuties } from '../notifications/index.js';
import { issuePlan } from '../plans/issue-plan.js';
import { createRegimesFromPlan } from './create-regimes-from-plan.js';

/**
 * Issuing a plan starts its work: the plan is issued (the previous version archived), its reporting
 * periods are created from the deadlines it states, and every agency that owes tasks is told what
 * (in-app and by e-mail to its focal officials) with its acknowledgment tracked. The last two steps
 * are idempotent, so a failure there is repaired by pressing the button again.
 */
export async function issuePlanAndOpenReporting(ctx: RequestContext, planId: number, expectedVersion: number) {
  const issued = await issuePlan(ctx, planId, expectedVersion);
  const [plan] = await ctx.db.select({ deadlines: plans.reportingDeadlines }).from(plans).where(eq(plans.id, planId));
  const periods = plan && plan.deadlines.length > 0 ? (await createRegimesFromPlan(ctx, planId)).periods.length : 0;
  const notice = await notifyPlanDuties(ctx, planId);
  return { ...issued, periodsCreated: periods, notice };
}
