import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { tasks } from '../../db/schema/plans.js';
import { obligations, reportingPeriods, reportRegimes, submissions, type SubmissionStatus } from '../../db/schema/reporting.js';
import { AppError } from '../../http/app-error.js';
import { authorize, ownsAgency, readsAllAgencies } from '../../policies/policy.js';
import { BREAKDOWN_LABELS, loadIndicators } from './indicator-catalogue.js';
import { loadObligationStatusesUnscoped, type ObligationStatus } from './obligation-status.data.js';
import { entryOpen, hasContent, latestSnapshot, loadSubmissionFull, submissionAbilities } from './submission.data.js';
import { computeRates, TIMELINESS_LABELS } from './timeliness.js';

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
    .where(and(filter.planId ? eq(reportingPeriods.planId, filter.planId) : undefined, filter.year ? eq(reportingPeriods.year, filter.year) : undefined))
    .orderBy(desc(reportingPeriods.dueOn));
  const statuses = (await loadObligationStatusesUnscoped(ctx.db, periods.map((p) => p.id), ctx.clock.today())).filter((o) => visibleTo(ctx, o));
  return periods
    .map((p) => {
      const mine = statuses.filter((o) => o.periodId === p.id);
      return { ...p, rates: computeRates(mine.map((o) => o.timeliness)), ownStatus: readsAllAgencies(ctx.actor) ? null : (mine[0] ? presentObligation(ctx, mine[0]) : null) };
    })
    .filter((p) => readsAllAgencies(ctx.actor) || p.rates.expected > 0);
}

/** One obligation row for lists and boards, with the class label. */
export function presentObligation(ctx: RequestContext, o: ObligationStatus) {
  return {
    ...o,
    tasksOwed: o.taskIds.length,
    timelinessLabel: TIMELINESS_LABELS[o.timeliness].vi,
    isOwn: ownsAgency(ctx.actor, o.agencyId) && ctx.actor.kind === 'user' && ctx.actor.agencyId !== null,
  };
}

/** Who must report in a period and where each stands; agency staff see only their own agency. */
export async function listObligations(ctx: RequestContext, periodId: number) {
  authorize(ctx.actor, 'report.read');
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo / Reporting period not found');
  const rows = (await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today())).filter((o) => visibleTo(ctx, o));
  return { period, rates: computeRates(rows.map((o) => o.timeliness)), obligations: rows.map((o) => presentObligation(ctx, o)) };
}

/**
 * One agency's report for a period as its form shows it: owed tasks as lines (a virtual empty
 * draft at version 0 before the first save), figures, files, review comments, the own-plan links
 * and what the actor may do. 403 for another agency's staff; province readers see content once sent.
 */
export async function getSubmissionView(ctx: RequestContext, periodId: number, agencyId: number) {
  authorize(ctx.actor, 'report.read', agencyId);
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo / Reporting period not found');
  const [obligation] = await ctx.db.select().from(obligations).where(and(eq(obligations.periodId, periodId), eq(obligations.agencyId, agencyId)));
  if (!obligation) throw new AppError('NOT_FOUND', 'Cơ quan này không có nghĩa vụ báo cáo trong kỳ / This agency owes no report in this period');
  const [regime] = await ctx.db.select().from(reportRegimes).where(eq(reportRegimes.id, period.regimeId));
  const [row] = await ctx.db.select().from(submissions).where(and(eq(submissions.periodId, periodId), eq(submissions.agencyId, agencyId)));
  const owedTasks = obligation.taskIds.length
    ? await ctx.db.select({ id: tasks.id, code: tasks.code, title: tasks.title, timeframeKind: tasks.timeframeKind, timeframeText: tasks.timeframeText }).from(tasks).where(inArray(tasks.id, obligation.taskIds)).orderBy(asc(tasks.position))
    : [];
  const entry = await entryOpen(ctx.db, period, agencyId, ctx.clock.today());
  const status = row?.status ?? null;
  const visible = canSeeContent(ctx, agencyId, status);
  const full = row && visible ? await loadSubmissionFull(ctx.db, row) : null;
  const snapshot = row && visible ? await latestSnapshot(ctx.db, row.id) : null;
  const lineByTask = new Map((full?.lines ?? []).map((l) => [l.taskId, l]));
  const [status0] = await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today()).then((all) => all.filter((o) => o.agencyId === agencyId));
  return {
    period,
    regime: regime ? { id: regime.id, kind: regime.kind, name: regime.name, outline: regime.outline } : null,
    agencyId,
    submission: row
      ? { id: row.id, status: row.status, version: row.version, difficulties: visible ? row.difficulties : null, proposals: visible ? row.proposals : null, firstSubmittedAt: row.firstSubmittedAt, submittedAt: row.submittedAt, approvedAt: row.approvedAt, returnedAt: row.returnedAt, acceptedAt: row.acceptedAt, updatedAt: row.updatedAt, ownPlanAttachmentId: visible ? row.ownPlanAttachmentId : null }
      : { id: null, status: null, version: 0, difficulties: '', proposals: '', firstSubmittedAt: null, submittedAt: null, approvedAt: null, returnedAt: null, acceptedAt: null, updatedAt: null, ownPlanAttachmentId: null },
    contentVisible: visible || !row,
    lines: owedTasks.map((t) => {
      const line = lineByTask.get(t.id);
      return {
        taskId: t.id, code: t.code, title: t.title, timeframeKind: t.timeframeKind, timeframeText: t.timeframeText,
        // "Thường xuyên" tasks are never done once for all: they are judged each period.
        isContinuous: t.timeframeKind === 'continuous',
        status: line?.status ?? 'not-started', doneText: line?.doneText ?? '', resultsText: line?.resultsText ?? '', evidenceLinks: line?.evidenceLinks ?? [],
        reviewStatus: line?.reviewStatus ?? 'pending', reviewComment: line?.reviewComment ?? null, lineId: line?.id ?? null,
      };
    }),
    indicators: (await loadIndicators(ctx.db, regime?.indicatorCodes ?? [])).map((i) => ({
      code: i.code, name: i.name, unit: i.unit, group: i.groupName, isInteger: i.isInteger, minValue: i.minValue, maxValue: i.maxValue,
      breakdown: i.breakdown ? { dimension: i.breakdown.dimension, keys: i.breakdown.keys.map((k) => ({ key: k, label: BREAKDOWN_LABELS[k] ?? k })) } : null,
    })),
    indicatorValues: full?.values ?? [],
    files: full?.files ?? [],
    ownPlan: (snapshot?.ownPlan as unknown) ?? null,
    returnReason: (snapshot?.returnReason as string | undefined) ?? null,
    timeliness: status0 ? { class: status0.timeliness, label: TIMELINESS_LABELS[status0.timeliness].vi } : null,
    entry: { locksOn: period.locksOn, exceptionTo: entry.exceptionTo, open: entry.open },
    abilities: submissionAbilities(ctx.actor, agencyId, status, { open: entry.open, hasContent: full ? hasContent(full) : false, wasReturned: (row?.returnedAt ?? null) !== null }),
  };
}
