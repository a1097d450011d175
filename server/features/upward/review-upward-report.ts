import { and, eq } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { users } from '../../db/schema/system.js';
import { upwardReports } from '../../db/schema/upward.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { lockUpwardReport, nextUpwardStatus, upwardReportView, writeUpwardVersion } from './upward.data.js';

/**
 * The ministry returns or accepts a province's report. The row is found in the ministry's reading
 * of every province, then changed in ONE transaction in that province's scope (where its policies
 * admit the write): the status, a version, the audit row and a notice to the province's coordinators.
 */
export async function reviewUpwardReport(
  ctx: RequestContext,
  id: number,
  decision: { action: 'return'; reason: string } | { action: 'accept' },
) {
  authorize(ctx.actor, 'upward.review');
  if (decision.action === 'return' && decision.reason.trim() === '') throw new AppError('RETURN_NEEDS_REASON');
  const [found] = await ctx.db
    .select({ provinceId: upwardReports.provinceId })
    .from(upwardReports)
    .where(eq(upwardReports.id, id));
  if (!found) throw new AppError('NOT_FOUND', { resource: 'upwardReport', id: String(id) });
  if (!ctx.actInProvince) throw new AppError('FORBIDDEN');
  const reviewer = ctx.actor.kind === 'user' ? ctx.actor.displayName : `system:${ctx.actor.name}`;
  return ctx.actInProvince(found.provinceId, (db) =>
    inTransaction(db, async (tx) => {
      const row = await lockUpwardReport(tx, id);
      const status = nextUpwardStatus(row.status, decision.action);
      const now = ctx.clock.now();
      const reason = decision.action === 'return' ? decision.reason.trim() : null;
      const [updated] = await tx
        .update(upwardReports)
        .set({
          status,
          version: row.version + 1,
          reviewedBy: reviewer,
          updatedAt: now,
          ...(decision.action === 'return' ? { returnedAt: now, returnReason: reason } : { acceptedAt: now }),
        })
        .where(eq(upwardReports.id, id))
        .returning();
      await writeUpwardVersion(tx, updated!, reviewer, now, reason);
      await recordAuditEvent(tx, ctx, {
        action: `upward.${decision.action}`,
        subjectType: 'upward-report',
        subjectId: id,
        before: { status: row.status, version: row.version },
        after: { status, version: updated!.version, ...(reason ? { reason } : {}) },
      });
      const coordinators = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'coordinator'), eq(users.isActive, true)));
      const link = row.periodId ? `/reporting/periods/${row.periodId}/consolidation` : null;
      await createNotifications(
        tx,
        ctx.clock,
        coordinators.map((u) => ({
          userId: u.id,
          kind: `upward-${decision.action}`,
          title:
            decision.action === 'return'
              ? `Bộ trả lại báo cáo ${row.periodLabel}`
              : `Bộ đã tiếp nhận báo cáo ${row.periodLabel}`,
          body: reason ? `Lý do: ${reason}` : `Báo cáo ${row.periodLabel} (lần ${row.version}) đã được Bộ tiếp nhận.`,
          link,
          dedupeKey: `upward:${id}:${updated!.version}:${u.id}`,
        })),
      );
      return upwardReportView(tx, updated!);
    }),
  );
}
