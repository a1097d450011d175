import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { tasks } from '../../db/schema/plans.js';
import { reportingPeriods, submissionLines, submissionVersions } from '../../db/schema/reporting.js';
import { isoDateInVietnam } from '../../../common/calendar/iso-date.js';
import { AppError } from '../../../common/errors.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { authorize, ownsAgency, readsAllAgencies } from '../../policies/policy.js';
import { loadObligationStatusesUnscoped } from './obligation-status.data.js';
import { canSeeContent, presentObligation } from './reporting.queries.js';
import { computeRates, type TimelinessClass } from './timeliness.js';

async function periodOr404(ctx: RequestContext, periodId: number) {
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', { resource: 'period', id: `#${periodId}` });
  return period;
}

/**
 * Every send of each report, oldest first: the first and each one after a return, read from the
 * versions the sends wrote. A report sent before versions were kept falls back to its first and
 * latest send times.
 */
export async function listSends(
  db: RequestContext['db'],
  rows: Array<{ submissionId: number | null; firstSubmittedAt: Date | null; submittedAt: Date | null }>,
): Promise<Map<number, Date[]>> {
  const ids = rows.flatMap((r) => (r.submissionId !== null && r.firstSubmittedAt ? [r.submissionId] : []));
  const sends = new Map<number, Date[]>();
  if (ids.length === 0) return sends;
  const versions = await db
    .select({ submissionId: submissionVersions.submissionId, at: submissionVersions.createdAt })
    .from(submissionVersions)
    .where(and(inArray(submissionVersions.submissionId, ids), eq(submissionVersions.status, 'submitted')))
    .orderBy(asc(submissionVersions.version));
  for (const v of versions) sends.set(v.submissionId, [...(sends.get(v.submissionId) ?? []), v.at]);
  for (const r of rows) {
    if (r.submissionId === null || !r.firstSubmittedAt) continue;
    const last = r.submittedAt && r.submittedAt.getTime() !== r.firstSubmittedAt.getTime() ? r.submittedAt : null;
    const times = sends.get(r.submissionId);
    // The report's own stamps are exact (a version is written a moment later): they name the first and latest.
    if (!times) sends.set(r.submissionId, last ? [r.firstSubmittedAt, last] : [r.firstSubmittedAt]);
    else
      sends.set(r.submissionId, [
        r.firstSubmittedAt,
        ...times.slice(1, -1),
        ...(times.length > 1 && last ? [last] : []),
      ]);
  }
  return sends;
}

/**
 * The timeliness board of a period: reporting rate and on-time rate (DHIS2: submitted / expected,
 * on-time / expected) overall, by agency (its class) and by task (over the agencies owing it).
 * Expected = stored obligations, so a merged agency counts once and no rate exceeds 100 %.
 */
export async function getTimelinessBoard(ctx: RequestContext, periodId: number) {
  authorize(ctx.actor, 'report.read');
  const period = await periodOr404(ctx, periodId);
  const rows = (await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today())).filter(
    (o) => readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, o.agencyId),
  );
  const taskIds = [...new Set(rows.flatMap((o) => o.taskIds))];
  const taskRows = taskIds.length
    ? await ctx.db
        .select({ id: tasks.id, code: tasks.code, title: tasks.title })
        .from(tasks)
        .where(inArray(tasks.id, taskIds))
        .orderBy(asc(tasks.position))
    : [];
  // One pass over the obligations instead of one per task: 3,500 units × 40 tasks stays cheap.
  const classesByTask = new Map<number, TimelinessClass[]>();
  for (const o of rows) {
    for (const taskId of o.taskIds) {
      const list = classesByTask.get(taskId);
      if (list) list.push(o.timeliness);
      else classesByTask.set(taskId, [o.timeliness]);
    }
  }
  const calendar = await loadWorkingCalendar(ctx.db);
  const today = ctx.clock.today();
  // Days late counted one way everywhere: working days from the due date in force.
  const daysLate = (o: (typeof rows)[number]) =>
    o.timeliness === 'late'
      ? calendar.workingDaysBetween(o.dueInForce, isoDateInVietnam(o.firstSubmittedAt!))
      : o.timeliness === 'overdue'
        ? calendar.workingDaysBetween(o.dueInForce, today)
        : null;
  const sends = await listSends(ctx.db, rows);
  return {
    period,
    today,
    overall: computeRates(rows.map((o) => o.timeliness)),
    byAgency: rows.map((o) => ({
      ...presentObligation(ctx, o),
      daysLate: daysLate(o),
      sends: o.submissionId === null ? [] : (sends.get(o.submissionId) ?? []),
    })),
    byTask: taskRows.map((t) => ({
      taskId: t.id,
      code: t.code,
      title: t.title,
      ...computeRates(classesByTask.get(t.id) ?? []),
    })),
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
  const [task] = await ctx.db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.planId, period.planId)));
  if (!task) throw new AppError('TASK_NOT_IN_PERIOD');
  const owing = (await loadObligationStatusesUnscoped(ctx.db, [periodId], ctx.clock.today())).filter(
    (o) => o.taskIds.includes(taskId) && (readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, o.agencyId)),
  );
  const submissionIds = owing.map((o) => o.submissionId).filter((id): id is number => id !== null);
  const lines = submissionIds.length
    ? await ctx.db
        .select()
        .from(submissionLines)
        .where(and(inArray(submissionLines.submissionId, submissionIds), eq(submissionLines.taskId, taskId)))
    : [];
  return {
    period,
    task: {
      id: task.id,
      code: task.code,
      title: task.title,
      timeframeKind: task.timeframeKind,
      timeframeText: task.timeframeText,
    },
    rates: computeRates(owing.map((o) => o.timeliness)),
    agencies: owing.map((o) => {
      const line = lines.find((l) => l.submissionId === o.submissionId);
      const visible = canSeeContent(ctx, o.agencyId, o.status);
      return {
        ...presentObligation(ctx, o),
        line:
          line && visible
            ? {
                status: line.status,
                doneText: line.doneText,
                resultsText: line.resultsText,
                evidenceLinks: line.evidenceLinks,
                reviewStatus: line.reviewStatus,
                reviewComment: line.reviewComment,
              }
            : null,
      };
    }),
  };
}
