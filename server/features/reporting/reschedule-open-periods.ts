import { and, eq, gte, isNull } from 'drizzle-orm';
import type { MovedPeriod } from '../../../common/contracts/calendar.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { reportingPeriods, reportRegimes } from '../../db/schema/reporting.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { storeObligations } from './obligations.data.js';
import { DEFAULT_DEADLINE_POLICY, resolvePeriodDates } from './period-dates.js';

/**
 * Resolves again, on the working calendar as it now is, the dates of every period still open for
 * entry (not closed, lock date not passed) and stores those that moved, each with an audit row.
 * Runs inside the calendar edit's transaction, so the edit and its consequences commit together.
 * A period already locked keeps its dates: a late holiday must not reopen a closed entry.
 */
export async function rescheduleOpenPeriods(tx: Tx, ctx: RequestContext): Promise<MovedPeriod[]> {
  const calendar = await loadWorkingCalendar(tx);
  const open = await tx
    .select({ period: reportingPeriods, graceDays: reportRegimes.graceDays })
    .from(reportingPeriods)
    .innerJoin(reportRegimes, eq(reportRegimes.id, reportingPeriods.regimeId))
    .where(and(isNull(reportingPeriods.closedAt), gte(reportingPeriods.locksOn, ctx.clock.today())))
    .for('update', { of: reportingPeriods });
  const moved: MovedPeriod[] = [];
  for (const { period, graceDays } of open) {
    // The rules the period was opened with (create-regimes-from-plan): Q1 duties include their last day.
    const dates = resolvePeriodDates(calendar, period.kind, period.year, period.statedDue, {
      ...DEFAULT_DEADLINE_POLICY,
      graceDays,
      exclusive: period.kind !== 'agency-plan',
    });
    if (dates.dueOn === period.dueOn && dates.locksOn === period.locksOn && dates.windowTo === period.windowTo)
      continue;
    const [updated] = await tx
      .update(reportingPeriods)
      .set({ dueOn: dates.dueOn, locksOn: dates.locksOn, windowTo: dates.windowTo })
      .where(eq(reportingPeriods.id, period.id))
      .returning();
    // Who owes the report is decided as of the due date, which just moved.
    await storeObligations(tx, updated!, ctx.clock.now());
    const change = {
      periodId: period.id,
      label: period.label,
      dueOn: { from: period.dueOn, to: dates.dueOn },
      locksOn: { from: period.locksOn, to: dates.locksOn },
    };
    await recordAuditEvent(tx, ctx, {
      action: 'period.reschedule',
      subjectType: 'reporting_period',
      subjectId: period.id,
      before: { dueOn: period.dueOn, locksOn: period.locksOn, windowTo: period.windowTo },
      after: { dueOn: dates.dueOn, locksOn: dates.locksOn, windowTo: dates.windowTo },
    });
    moved.push(change);
  }
  return moved;
}
