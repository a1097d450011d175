import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { addDays, type WorkingCalendar } from '../../../common/calendar/index.js';
import { translate } from '../../../common/i18n/translate.js';
import type { RequestContext } from '../../context.js';
import { reportingPeriods } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { loadObligationStatusesUnscoped } from '../reporting/obligation-status.data.js';
import { computeRates } from '../reporting/timeliness.js';

/**
 * "Are we on track": the working day after a period's due date, the province's leaders (viewers)
 * and the coordinators get one notice with the period's figures — sent, on time, not yet sent.
 * Once per period and person (dedupe key); a sweep missed on a day off is caught up later.
 */
export async function sendPeriodSummaries(
  ctx: RequestContext,
  options: { calendar?: WorkingCalendar } = {},
): Promise<{ date: string; periods: number; notifications: number }> {
  const today = ctx.clock.today();
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  if (!calendar.isWorkingDay(today)) return { date: today, periods: 0, notifications: 0 };
  const candidates = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(
      and(
        isNull(reportingPeriods.closedAt),
        gte(reportingPeriods.dueOn, addDays(today, -30)),
        lte(reportingPeriods.dueOn, today),
      ),
    );
  const due = candidates.filter((p) => calendar.addWorkingDays(p.dueOn, 1) <= today);
  if (due.length === 0) return { date: today, periods: 0, notifications: 0 };
  const readers = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isActive, true), inArray(users.role, ['viewer', 'coordinator'])));
  const statuses = await loadObligationStatusesUnscoped(
    ctx.db,
    due.map((p) => p.id),
    today,
  );
  let written = 0;
  for (const period of due) {
    const rates = computeRates(statuses.filter((s) => s.periodId === period.id).map((s) => s.timeliness));
    const params = {
      period: period.label,
      date: period.dueOn,
      submitted: rates.submitted,
      expected: rates.expected,
      onTime: rates.onTime,
      missing: rates.expected - rates.submitted,
    };
    written += await inTransaction(ctx.db, async (tx) => {
      const count = await createNotifications(
        tx,
        ctx.clock,
        readers.map((u) => ({
          userId: u.id,
          kind: 'period-summary',
          title: translate('vi', 'notify.summary.title', params),
          body: translate('vi', 'notify.summary.body', params),
          link: `/reporting/periods/${period.id}`,
          dedupeKey: `summary:${period.id}:${u.id}`,
        })),
      );
      if (count > 0)
        await recordAuditEvent(tx, ctx, {
          action: 'reminder.period-summary',
          subjectType: 'reporting_period',
          subjectId: period.id,
          after: { ...params, notifications: count },
        });
      return count;
    });
  }
  return { date: today, periods: due.length, notifications: written };
}
