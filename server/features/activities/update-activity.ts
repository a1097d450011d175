import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ActivityInput } from '../../../common/contracts/activities.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { activities, activityOutputs } from '../../db/schema/activities.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertTaskExists, loadActivity, validateOutputs } from './activities.data.js';
import { activityColumns } from './record-activity.js';

const UpdateInput = ActivityInput.extend({ version: z.number().int().min(1) });

/**
 * Changes an activity (outputs replaced whole) from the version the editor read: an older version is
 * refused with VERSION_CONFLICT. Only the owning agency's staff, and it cannot be moved to another agency.
 */
export async function updateActivity(ctx: RequestContext, id: number, raw: z.input<typeof UpdateInput>) {
  const input = UpdateInput.parse(raw);
  authorize(ctx.actor, 'activity.record', input.agencyId);
  const columns = activityColumns(input);
  return inTransaction(ctx.db, async (tx) => {
    const before = await loadActivity(tx, id);
    // The stored agency decides who may change it: naming one's own agency in the body is not enough.
    authorize(ctx.actor, 'activity.record', before.agencyId);
    if (before.agencyId !== input.agencyId) throw new AppError('NOT_OWN_AGENCY');
    await assertTaskExists(tx, input.taskId);
    const outputs = await validateOutputs(tx, input.outputs);
    const [row] = await tx
      .update(activities)
      .set({
        ...columns,
        version: sql`${activities.version} + 1`,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .where(and(eq(activities.id, id), eq(activities.version, input.version)))
      .returning({ id: activities.id });
    if (!row) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    await tx.delete(activityOutputs).where(eq(activityOutputs.activityId, id));
    if (outputs.length) await tx.insert(activityOutputs).values(outputs.map((o) => ({ ...o, activityId: id })));
    const after = await loadActivity(tx, id);
    await recordAuditEvent(tx, ctx, {
      action: 'activity.update',
      subjectType: 'activity',
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}
