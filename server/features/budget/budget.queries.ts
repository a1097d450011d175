import type { BudgetYearView } from '../../../common/contracts/budget.js';
import type { RequestContext } from '../../context.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
import { budgetTotals, dongToNumber } from './budget-arithmetic.js';
import { loadAllocations, loadRequests, presentRequest } from './budget.data.js';

/**
 * The agencies whose budget the actor may read: the one asked for (if the actor may), every agency
 * for province-wide readers (null), else the actor's own agency and those merged into it.
 */
export function readableBudgetAgencies(ctx: RequestContext, agencyId?: number): number[] | null {
  authorize(ctx.actor, 'budget.read', agencyId);
  if (agencyId !== undefined) return [agencyId];
  if (readsAllAgencies(ctx.actor) || ctx.actor.kind !== 'user') return null;
  return ctx.actor.agencyScope;
}

/** Figures as numbers for the answer (exact: every amount is a safe integer). */
function figures(f: { allocated: bigint; spent: bigint; remaining: bigint; executionBasisPoints: number | null }) {
  return {
    allocated: dongToNumber(f.allocated),
    spent: dongToNumber(f.spent),
    remaining: dongToNumber(f.remaining),
    executionBasisPoints: f.executionBasisPoints,
  };
}

/** A year's allocations, spending, execution and requests, as far as the actor may read them. */
export async function getBudgetYear(
  ctx: RequestContext,
  query: { year?: number; agencyId?: number },
): Promise<Omit<BudgetYearView, 'abilities'>> {
  const agencyIds = readableBudgetAgencies(ctx, query.agencyId);
  const year = query.year ?? Number(ctx.clock.today().slice(0, 4));
  const allocations = await loadAllocations(ctx.db, { year, agencyIds });
  const totals = budgetTotals(allocations.map((a) => ({ ...a, amountDong: a.raw.allocated, spent: [a.raw.spent] })));
  return {
    year,
    totals: figures(totals),
    bySource: totals.bySource.map((s) => ({ source: s.source as 'provincial', ...figures(s) })),
    allocations: allocations.map(({ raw: _raw, ...a }) => a),
    requests: await loadRequests(ctx.db, { year, agencyIds }, ctx.clock.today()),
  };
}

/** One request, for its agency's staff and province-wide readers. */
export async function getBudgetRequest(ctx: RequestContext, id: number) {
  authorize(ctx.actor, 'budget.read');
  const request = await presentRequest(ctx.db, id, ctx.clock.today());
  authorize(ctx.actor, 'budget.read', request.agencyId);
  return request;
}
