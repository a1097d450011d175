import { and, desc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { reportingPeriods, type SubmissionStatus } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';
import { authorize, ownsAgency, readsAllAgencies } from '../../policies/policy.js';
import { loadObligationStatusesUnscoped, type ObligationStatus } from './obligation-status.data.js';
import { computeRates } from './timeliness.js';

/** States in which the province sees a report's content; drafts stay the agency's own work. */
const SENT: SubmissionStatus[] = ['submitted', 'returned', 'accepted'];

/** May the actor read this agency's report content in this state? */
export function canSeeContent(ctx: RequestContext, agencyId: number, status: SubmissionStatus | null): boolean {
  if (ownsAgency(ctx.actor, agencyId) && ctx.actor.kind === 'user' && ctx.actor.agencyId !== null) return true;
  return readsAllAgencies(ctx.actor) && status !== null && SENT.includes(status);
}

function visibleTo(ctx: RequestContext, o: { agencyId: number }): boolean {
  return readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, o.agencyId);
}

/** Periods (newest first) with their rates; agency staff see only periods in which their agency reports, and only their rows. */
export async function listPeriods(ctx: RequestContext, filter: { planId?: number; year?: number } = {}) {
  authorize(ctx.actor, 'report.read');
  const periods = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(
      and(
        filter.planId ? eq(reportingPeriods.planId, filter.planId) : undefined,
        filter.year ? eq(reportingPeriods.year, filter.year) : undefined,
      ),
    )
    .orderBy(desc(reportingPeriods.dueOn));
  const statuses = (
    await loadObligationStatusesUnscoped(
      ctx.db,
      periods.map((p) => p.id),
      ctx.clock.today(),
    )
  ).filter((o) => visibleTo(ctx, o));
  return periods
    .map((p) => {
      const mine = statuses.filter((o) => o.periodId === p.id);
      return {
        ...p,
        rates: computeRates(mine.map((o) => o.timeliness)),
        ownStatus: readsAllAgencies(ctx.actor) ? null : mine[0] ? presentObligation(ctx, mine[0]) : null,
      };
    })
    .filter((p) => readsAllAgencies(ctx.actor) || p.rates.expected > 0);
}

/** One obligation row for lists and boards, with the class label. */
export function presentObligation(ctx: RequestContext, o: ObligationStatus) {
  return {
    ...o,
    tasksOwed: o.taskIds.length,
    isOwn: ownsAgency(ctx.actor, o.agencyId) && ctx.actor.kind === 'user' && ctx.actor.agencyId !== null,
  };
}

/** Who must report in a period and where each stands; agency staff see only their own agency. */
export async function listObligations(ctx: RequestContext, periodId: number) {
  authorize(ctx.actor, 'report.read');
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', { resource: 'period', id: `#${periodId}` });
  const rows = (await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today())).filter((o) =>
    visibleTo(ctx, o),
  );
  return {
    period,
    rates: computeRates(rows.map((o) => o.timeliness)),
    obligations: rows.map((o) => presentObligation(ctx, o)),
  };
}
