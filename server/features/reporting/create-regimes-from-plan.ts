import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { reportingPeriods, reportRegimes, type OutlineSection, type RegimeKind } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { DEFAULT_INDICATOR_CODES, seedIndicators } from './indicator-catalogue.js';
import { storeObligations } from './obligations.data.js';
import { DEFAULT_DEADLINE_POLICY, resolvePeriodDates, type DeadlinePolicy } from './period-dates.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';

/** The outline of a result report (domain-facts §7.2), mirrored by the consolidated report. */
export const RESULT_OUTLINE: OutlineSection[] = [
  { key: 'direction', title: 'I. Công tác chỉ đạo, điều hành' },
  { key: 'results', title: 'II. Kết quả thực hiện nhiệm vụ' },
  { key: 'assessment', title: 'III. Đánh giá (ưu điểm; tồn tại, hạn chế; nguyên nhân)' },
  { key: 'next', title: 'IV. Phương hướng, nhiệm vụ kỳ tới' },
  { key: 'proposals', title: 'V. Đề xuất, kiến nghị' },
];

/** The outline of the Q1 duty: the agency's own plan, linked to the province's tasks. */
export const AGENCY_PLAN_OUTLINE: OutlineSection[] = [
  { key: 'own-plan', title: 'Kế hoạch công tác thông tin đối ngoại của cơ quan, đơn vị' },
  { key: 'links', title: 'Liên kết nhiệm vụ của cơ quan với nhiệm vụ của Kế hoạch tỉnh' },
];

const REGIME_NAMES: Record<RegimeKind, (year: number) => string> = {
  'agency-plan': (y) => `Kế hoạch công tác thông tin đối ngoại năm ${y} của cơ quan, đơn vị (Quý I)`,
  semiannual: (y) => `Báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm ${y}`,
  annual: (y) => `Báo cáo kết quả công tác thông tin đối ngoại năm ${y}`,
  'ad-hoc': (y) => `Báo cáo đột xuất năm ${y}`,
};

/**
 * Creates a plan's reporting regimes and their periods from the deadlines its document states
 * (agency plan in Q1, 6-month and annual results), resolves each period's dates with the working
 * calendar, and opens each period by storing who must report. Idempotent: a kind the plan already
 * has is left alone. Coordinators (period.manage) only.
 */
export async function createRegimesFromPlan(ctx: RequestContext, planId: number, policy: Partial<DeadlinePolicy> = {}) {
  authorize(ctx.actor, 'period.manage');
  const rules = { ...DEFAULT_DEADLINE_POLICY, ...policy };
  return inTransaction(ctx.db, async (tx) => {
    const [plan] = await tx.select().from(plans).where(eq(plans.id, planId));
    if (!plan) throw new AppError('NOT_FOUND', { resource: 'plan', id: `#${planId}` });
    if (plan.reportingDeadlines.length === 0) {
      throw new AppError('PLAN_HAS_NO_DEADLINES');
    }
    await seedIndicators(tx);
    const calendar = await loadWorkingCalendar(tx);
    const created: Array<typeof reportingPeriods.$inferSelect & { obligations: number }> = [];
    for (const deadline of plan.reportingDeadlines) {
      const name = REGIME_NAMES[deadline.kind](plan.year);
      const [existing] = await tx
        .select({ id: reportRegimes.id })
        .from(reportRegimes)
        .where(and(eq(reportRegimes.planId, planId), eq(reportRegimes.kind, deadline.kind)));
      if (existing) continue;
      const [regime] = await tx
        .insert(reportRegimes)
        .values({
          planId,
          kind: deadline.kind,
          name,
          outline: deadline.kind === 'agency-plan' ? AGENCY_PLAN_OUTLINE : RESULT_OUTLINE,
          indicatorCodes: deadline.kind === 'agency-plan' ? [] : DEFAULT_INDICATOR_CODES,
          graceDays: rules.graceDays,
        })
        .returning();
      // "Hoàn thành trong Quý I" includes 31/3; "trước ngày 15/5" does not include the 15th.
      const dates = resolvePeriodDates(
        calendar,
        deadline.kind,
        plan.year,
        deadline.due,
        deadline.kind === 'agency-plan' ? { ...rules, exclusive: false } : rules,
      );
      const [period] = await tx
        .insert(reportingPeriods)
        .values({
          regimeId: regime!.id,
          planId,
          kind: deadline.kind,
          year: plan.year,
          label: name,
          windowFrom: dates.windowFrom,
          windowTo: dates.windowTo,
          statedDue: dates.statedDue,
          dueOn: dates.dueOn,
          locksOn: dates.locksOn,
        })
        .returning();
      const count = await storeObligations(tx, period!, ctx.clock.now());
      created.push({ ...period!, obligations: count });
      await recordAuditEvent(tx, ctx, {
        action: 'period.create',
        subjectType: 'reporting_period',
        subjectId: period!.id,
        after: { ...dates, kind: deadline.kind, obligations: count, rules },
      });
    }
    return { planId, periods: created };
  });
}
