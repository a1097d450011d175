import { eq } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { monitorAlerts } from '../../db/schema/monitoring.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { alertView } from './monitoring.queries.js';

/** Marks an alert handled (the hand-off to the response work until cases exist). */
export async function handleAlert(ctx: RequestContext, id: number) {
  authorize(ctx.actor, 'monitor.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(monitorAlerts)
      .set({ handledAt: ctx.clock.now() })
      .where(eq(monitorAlerts.id, id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', { resource: 'monitorAlert', id: String(id) });
    await recordAuditEvent(tx, ctx, {
      action: 'monitor.alert-handled',
      subjectType: 'monitor-alert',
      subjectId: id,
      after: row,
    });
    return alertView(row);
  });
}
