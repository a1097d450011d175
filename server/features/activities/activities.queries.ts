import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { ActivityFilter } from '../../../common/contracts/activities.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { plans, tasks } from '../../db/schema/plans.js';
import { obligations, reportingPeriods } from '../../db/schema/reporting.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
import { loadIndicators } from '../reporting/indicator-catalogue.js';
import { getObligation, getPeriod } from '../reporting/obligations.data.js';
import { loadActivities, loadActivity } from './activities.data.js';
import { draftFromResponse } from '../response/response-prefill.js';
import { draftFromActivities, summarise, withResponseLines } from './activity-sums.js';

/**
 * The agencies whose activities the actor may read: the one asked for (if the actor may), else every
 * agency for province-wide readers (null) and the actor's own agency (and those merged into it) for staff.
 */
function readableAgencies(ctx: RequestContext, agencyId?: number): number[] | null {
  authorize(ctx.actor, 'activity.read', agencyId);
  if (agencyId !== undefined) return [agencyId];
  if (readsAllAgencies(ctx.actor) || ctx.actor.kind !== 'user') return null;
  return ctx.actor.agencyScope;
}

/** Activities matching a filter, with the counts and sums of the same list. */
export async function listActivities(ctx: RequestContext, filter: ActivityFilter) {
  const agencyIds = readableAgencies(ctx, filter.agencyId);
  let list = await loadActivities(ctx.db, {
    agencyIds,
    from: filter.from,
    to: filter.to,
    taskId: filter.taskId,
    kind: filter.kind,
  });
  if (filter.indicator) list = list.filter((a) => a.outputs.some((o) => o.code === filter.indicator));
  const first = list.reduce((min, a) => (a.startsOn < min ? a.startsOn : min), list[0]?.startsOn ?? ctx.clock.today());
  const last = list.reduce((max, a) => (a.startsOn > max ? a.startsOn : max), list[0]?.startsOn ?? ctx.clock.today());
  return { activities: list, summary: summarise(list, filter.from ?? first, filter.to ?? last) };
}

/** One activity, for its own agency and province-wide readers. */
export async function getActivity(ctx: RequestContext, id: number) {
  authorize(ctx.actor, 'activity.read');
  const activity = await loadActivity(ctx.db, id);
  authorize(ctx.actor, 'activity.read', activity.agencyId);
  return activity;
}

/** Counts by kind and indicator sums of a window: what `ttdn activity summary` prints. */
export async function summariseActivities(
  ctx: RequestContext,
  window: { from: string; to: string; agencyId?: number },
) {
  if (window.to < window.from) throw new AppError('DATE_RANGE_INVERTED');
  const agencyIds = readableAgencies(ctx, window.agencyId);
  return summarise(
    await loadActivities(ctx.db, { agencyIds, from: window.from, to: window.to }),
    window.from,
    window.to,
  );
}

/**
 * The form's choices: the tasks the agency owes in the year's reporting periods (every task of the
 * year's issued plans when it owes none, so a volunteer activity can still be placed), and the catalogue.
 */
export async function getActivityOptions(ctx: RequestContext, query: { agencyId?: number; year?: number }) {
  const agencyId = query.agencyId ?? (ctx.actor.kind === 'user' ? ctx.actor.agencyId : null) ?? undefined;
  authorize(ctx.actor, 'activity.read', agencyId);
  const year = query.year ?? Number(ctx.clock.today().slice(0, 4));
  const owed = agencyId
    ? await ctx.db
        .select({ taskIds: obligations.taskIds })
        .from(obligations)
        .innerJoin(reportingPeriods, eq(reportingPeriods.id, obligations.periodId))
        .where(and(eq(obligations.agencyId, agencyId), eq(reportingPeriods.year, year)))
    : [];
  const ids = [...new Set(owed.flatMap((o) => o.taskIds))];
  const taskRows = await ctx.db
    .select({ id: tasks.id, code: tasks.code, title: tasks.title })
    .from(tasks)
    .innerJoin(plans, eq(plans.id, tasks.planId))
    .where(
      ids.length
        ? inArray(tasks.id, ids)
        : and(eq(plans.year, year), ne(plans.status, 'draft'), ne(plans.status, 'archived')),
    )
    .orderBy(asc(plans.id), asc(tasks.position));
  const catalogue = await loadIndicators(ctx.db);
  return {
    agencyId: agencyId ?? null,
    tasks: taskRows,
    indicators: catalogue.map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      nameEn: i.nameEn,
      unitEn: i.unitEn,
      isInteger: i.isInteger,
      minValue: i.minValue,
      maxValue: i.maxValue,
      breakdownKeys: i.breakdown?.keys ?? [],
    })),
  };
}

/**
 * A report drafted from the agency's activities inside the period's data window: what the
 * submission form fills in before the officer edits. The same readers as the report itself.
 */
export async function draftSubmissionFromActivities(ctx: RequestContext, periodId: number, agencyId: number) {
  authorize(ctx.actor, 'report.read', agencyId);
  authorize(ctx.actor, 'activity.read', agencyId);
  const period = await getPeriod(ctx.db, periodId);
  const obligation = await getObligation(ctx.db, periodId, agencyId);
  const list = await loadActivities(ctx.db, { agencyIds: [agencyId], from: period.windowFrom, to: period.windowTo });
  const drafted = draftFromActivities(list, obligation.taskIds, period.windowFrom, period.windowTo);
  // The response record (cases, press conferences, foreign press groups) drafts its lines the same way.
  const fromResponse = await draftFromResponse(ctx.db, {
    periodId,
    agencyId,
    owedTaskIds: obligation.taskIds,
    from: period.windowFrom,
    to: period.windowTo,
  });
  return {
    periodId,
    agencyId,
    windowFrom: period.windowFrom,
    windowTo: period.windowTo,
    ...drafted,
    lines: withResponseLines(drafted.lines, fromResponse, obligation.taskIds),
    fromResponse: fromResponse.map(({ taskId, work, count }) => ({ taskId, work, count })),
  };
}
