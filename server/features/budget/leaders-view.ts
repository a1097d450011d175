import { asc, eq } from 'drizzle-orm';
import { isoFromParts, lastDayOfMonth } from '../../../common/calendar/index.js';
import type { YearTrack } from '../../../common/contracts/budget.js';
import type { RequestContext } from '../../context.js';
import { tasks } from '../../db/schema/plans.js';
import { can } from '../../policies/policy.js';
import { loadActivities } from '../activities/activities.data.js';
import { add } from '../activities/activity-sums.js';
import { loadIndicators } from '../reporting/indicator-catalogue.js';
import { listCases } from '../response/cases.queries.js';
import { getBudgetYear } from './budget.queries.js';

/** The same day a year earlier (29/02 becomes 28/02). */
export function sameDayLastYear(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoFromParts(y - 1, m, d) ?? lastDayOfMonth(y - 1, m);
}

/** Indicator totals (breakdowns added up) per code. */
function totals(outputs: Array<{ code: string; value: number }>): Map<string, number> {
  const byCode = new Map<string, number>();
  for (const o of outputs) byCode.set(o.code, add(byCode.get(o.code) ?? 0, o.value));
  return byCode;
}

/**
 * "Are we on track this year?" for a province-wide reader, from the queries each part already has:
 * the activity record (tasks touched, indicators to date against the same dates last year), the
 * budget year, the year's open reporting periods (overdue reports) and the response cases.
 */
export async function yearTrack(
  ctx: RequestContext,
  planId: number | null,
  periods: Array<{ year: number; closedAt: unknown; rates: { overdue: number } }>,
): Promise<YearTrack> {
  const through = ctx.clock.today();
  const year = Number(through.slice(0, 4));
  const planTasks = planId
    ? await ctx.db
        .select({ id: tasks.id, code: tasks.code, title: tasks.title })
        .from(tasks)
        .where(eq(tasks.planId, planId))
        .orderBy(asc(tasks.position))
    : [];
  const thisYear = await loadActivities(ctx.db, { agencyIds: null, from: `${year}-01-01`, to: through });
  const lastYear = await loadActivities(ctx.db, {
    agencyIds: null,
    from: `${year - 1}-01-01`,
    to: sameDayLastYear(through),
  });
  const touched = new Set(thisYear.map((a) => a.taskId));
  const now = totals(thisYear.flatMap((a) => a.outputs));
  const before = totals(lastYear.flatMap((a) => a.outputs));
  const catalogue = await loadIndicators(ctx.db);
  const budget = can(ctx.actor, 'budget.read') ? await getBudgetYear(ctx, { year }) : null;
  const pending = budget?.requests.filter((r) => r.status === 'submitted' || r.status === 'appraised') ?? [];
  return {
    year,
    through,
    tasks: {
      total: planTasks.length,
      withActivity: planTasks.filter((t) => touched.has(t.id)).length,
      without: planTasks.filter((t) => !touched.has(t.id)).slice(0, 20),
    },
    indicators: catalogue
      .filter((i) => now.has(i.code) || before.has(i.code))
      .map((i) => ({
        code: i.code,
        name: i.name,
        nameEn: i.nameEn,
        unit: i.unit,
        unitEn: i.unitEn,
        value: now.get(i.code) ?? 0,
        lastYear: before.get(i.code) ?? 0,
      })),
    budget: {
      ...(budget?.totals ?? { allocated: 0, spent: 0, remaining: 0, executionBasisPoints: null }),
      requestsPending: pending.length,
      requestsOverdue: pending.filter((r) => r.overdue).length,
    },
    overdueReports: periods.filter((p) => p.year === year && !p.closedAt).reduce((n, p) => n + p.rates.overdue, 0),
    openCases: can(ctx.actor, 'response.read')
      ? (await listCases(ctx)).filter((c) => c.status !== 'closed').length
      : null,
  };
}
