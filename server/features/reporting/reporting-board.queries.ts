import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { tasks } from '../../db/schema/plans.js';
import { reportingPeriods, submissionLines } from '../../db/schema/reporting.js';
import { AppError } from '../../http/app-error.js';
import { authorize, ownsAgency, readsAllAgencies } from '../../policies/policy.js';
import { loadObligationStatusesUnscoped } from './obligation-status.data.js';
import { canSeeContent, presentObligation } from './reporting.queries.js';
import { computeRates, type TimelinessClass } from './timeliness.js';

async function periodOr404(ctx: RequestContext, periodId: number) {
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', 'Không tìm thấy kỳ báo cáo / Reporting period not found');
  return period;
}

/**
 * The timeliness board of a period: reporting rate and on-time rate (DHIS2: submitted / expected,
 * on-time / expected) overall, by agency (its class) and by task (over the agencies owing it).
 * Expected = stored obligations, so a merged agency counts once and no rate exceeds 100 %.
 */
export async function getTimelinessBoard(ctx: RequestContext, periodId: number) {
  authorize(ctx.actor, 'report.read');
  const period = await periodOr404(ctx, periodId);
  const rows = (await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today())).filter((o) => readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, o.agencyId));
  const taskIds = [...new Set(rows.flatMap((o) => o.taskIds))];
  const taskRows = taskIds.length ? await ctx.db.select({ id: tasks.id, code: tasks.code, title: tasks.title }).from(tasks).where(inArray(tasks.id, taskIds)).orderBy(asc(tasks.position)) : [];
  // One pass over the obligations instead of one per task: 3,500 units × 40 tasks stays cheap.
  const classesByTask = new Map<number, TimelinessClass[]>();
  for (const o of rows) {
    for (const taskId of o.taskIds) {
      const list = classesByTask.get(taskId);
      if (list) list.push(o.timeliness);
      else classesByTask.set(taskId, [o.timeliness]);
    }
  }
  return {
    period,
    today: ctx.clock.today(),
    overall: computeRates(rows.map((o) => o.timeliness)),
    byAgency: rows.map((o) => presentObligation(ctx, o)),
    byTask: taskRows.map((t) => ({ taskId: t.id, code: t.code, title: t.title, ...computeRates(classesByTask.get(t.id) ?? []) })),
  };
}

/**
 * One task across agencies: every agency that owes it in the period with its line side by side —
 * status, what was done, results, evidence, review. Content shows once the report is sent (or to
 * the agency itself).
 */
export async function getTaskView(ctx: RequestContext, periodId: number, taskId: number) {
  authorize(ctx.actor, 'report.read');
  const period = await periodOr404(ctx, periodId);
  const [task] = await ctx.db.select().from(tasks).where(and(eq(tasks.id, taskId), eq(tasks.planId, period.planId)));
  if (!task) throw new AppError('NOT_FOUND', 'Nhiệm vụ không thuộc kế hoạch của kỳ này / Task not in this period’s plan');
  const owing = (await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today())).filter((o) => o.taskIds.includes(taskId) && (readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, o.agencyId)));
  const submissionIds = owing.map((o) => o.submissionId).filter((id): id is number => id !== null);
  const lines = submissionIds.length ? await ctx.db.select().from(submissionLines).where(and(inArray(submissionLines.submissionId, submissionIds), eq(submissionLines.taskId, taskId))) : [];
  return {
    period,
    task: { id: task.id, code: task.code, title: task.title, timeframeKind: task.timeframeKind, timeframeText: task.timeframeText },
    rates: computeRates(owing.map((o) => o.timeliness)),
    agencies: owing.map((o) => {
      const line = lines.find((l) => l.submissionId === o.submissionId);
      const visible = canSeeContent(ctx, o.agencyId, o.status);
      return {
        ...presentObligation(ctx, o),
        line: line && visible ? { status: line.status, doneText: line.doneText, resultsText: line.resultsText, evidenceLinks: line.evidenceLinks, reviewStatus: line.reviewStatus, reviewComment: line.reviewComment } : null,
      };
    }),
  };
}
