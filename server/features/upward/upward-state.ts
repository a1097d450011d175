import { and, eq } from 'drizzle-orm';
import type { UpwardState } from '../../../common/contracts/upward.js';
import type { RequestContext } from '../../context.js';
import { reportingPeriods } from '../../db/schema/reporting.js';
import { upwardReports } from '../../db/schema/upward.js';
import { AppError } from '../../../common/errors.js';
import { authorize, can } from '../../policies/policy.js';
import { hasConsolidatedReport } from './send-upward-report.js';
import { ministryDueOn, upwardReportView } from './upward.data.js';

/**
 * Where the province's report of a period stands at the ministry, and whether "Gửi lên Bộ" is
 * offered: only when the consolidated report exists and the ministry does not already hold it.
 */
export async function getUpwardState(ctx: RequestContext, periodId: number): Promise<Omit<UpwardState, 'abilities'>> {
  authorize(ctx.actor, 'consolidation.build');
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', { resource: 'period', id: String(periodId) });
  const upwardKind = period.kind === 'annual' || period.kind === 'semiannual' ? period.kind : null;
  const [row] = upwardKind
    ? await ctx.db
        .select()
        .from(upwardReports)
        .where(
          and(
            eq(upwardReports.provinceId, period.provinceId),
            eq(upwardReports.year, period.year),
            eq(upwardReports.periodKind, upwardKind),
          ),
        )
    : [];
  const ready = upwardKind !== null && (await hasConsolidatedReport(ctx.db, periodId));
  const open = !row || row.status === 'returned';
  return {
    ready,
    canSend: ready && open && can(ctx.actor, 'upward.send'),
    ministryDueOn: ministryDueOn(period.dueOn),
    report: row ? await upwardReportView(ctx.db, row) : null,
  };
}
