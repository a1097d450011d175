import { and, eq, ne } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/**
 * Issues a reviewed draft plan. An issued plan is never edited in place: the previous version of
 * the same province and year is archived, so history stays readable.
 */
export async function issuePlan(ctx: RequestContext, planId: number, expectedVersion: number) {
  authorize(ctx.actor, 'plan.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) throw new AppError('NOT_FOUND', { resource: 'plan', id: `#${planId}` });
    if (plan.version !== expectedVersion) throw new AppError('VERSION_CONFLICT', { currentVersion: plan.version });
    if (plan.status !== 'draft') throw new AppError('PLAN_NOT_DRAFT', { status: plan.status });
    const archived = await tx
      .update(plans)
      .set({ status: 'archived' })
      .where(
        and(
          eq(plans.province, plan.province),
          eq(plans.year, plan.year),
          eq(plans.status, 'issued'),
          ne(plans.id, planId),
        ),
      )
      .returning({ id: plans.id });
    const [issued] = await tx
      .update(plans)
      .set({ status: 'issued', version: plan.version + 1 })
      .where(eq(plans.id, planId))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'plan.issue',
      subjectType: 'plan',
      subjectId: planId,
      before: { status: plan.status },
      after: { status: 'issued', archived: archived.map((a) => a.id) },
    });
    return { plan: issued!, archived: archived.map((a) => a.id) };
  });
}
