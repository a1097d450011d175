import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { activities } from '../../db/schema/activities.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadActivity } from './activities.data.js';

/** Deletes an activity recorded by mistake (its outputs go with it); the audit row keeps what it was. */
export async function deleteActivity(ctx: RequestContext, id: number): Promise<number> {
  authorize(ctx.actor, 'activity.record');
  return inTransaction(ctx.db, async (tx) => {
    const before = await loadActivity(tx, id);
    authorize(ctx.actor, 'activity.record', before.agencyId);
    await tx.delete(activities).where(eq(activities.id, id));
    await recordAuditEvent(tx, ctx, { action: 'activity.delete', subjectType: 'activity', subjectId: id, before });
    return id;
  });
}
