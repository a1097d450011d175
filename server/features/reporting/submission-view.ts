import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SubmissionView } from '../../../common/contracts/reporting.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { tasks } from '../../db/schema/plans.js';
import { type LineStatus, obligations, reportRegimes, submissions } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';
import { abilitiesFor, authorize } from '../../policies/policy.js';
import { BREAKDOWN_LABELS, loadIndicators } from './indicator-catalogue.js';
import { getPeriod, type PeriodRow } from './obligations.data.js';
import { canSeeContent } from './reporting.queries.js';
import {
  entryOpen,
  hasContent,
  latestSnapshot,
  loadSubmissionFull,
  returnSnapshot,
  type SubmissionFull,
  type SubmissionRow,
  submissionAbilities,
} from './submission.data.js';
import { classifyTimeliness } from './timeliness.js';

/** What a command already holds, so the view does not read it again. */
export type KnownSubmission = {
  period?: PeriodRow;
  row?: SubmissionRow | null;
  full?: SubmissionFull;
  entry?: { open: boolean; exceptionTo: string | null };
  /** The extra fields of the latest version's snapshot (own-plan links, return reason). */
  snapshot?: Record<string, unknown>;
};

/**
 * One agency's report for a period as its form shows it: owed tasks as lines (a virtual empty
 * draft at version 0 before the first save), figures, files, review comments, the own-plan links
 * and what the actor may do. 403 for another agency's staff; province readers see content once sent.
 */
export async function getSubmissionView(ctx: RequestContext, periodId: number, agencyId: number) {
  authorize(ctx.actor, 'report.read', agencyId);
  return buildSubmissionView(ctx.db, ctx, periodId, agencyId);
}

/**
 * Builds the view on a given handle — a command passes its transaction and what it already
 * loaded, so the screen gets the state the change produced without a second round of reads.
 */
export async function buildSubmissionView(
  db: Db | Tx,
  ctx: RequestContext,
  periodId: number,
  agencyId: number,
  known: KnownSubmission = {},
): Promise<SubmissionView> {
  const period = known.period ?? (await getPeriod(db, periodId));
  const [obligation] = await db
    .select()
    .from(obligations)
    .where(and(eq(obligations.periodId, periodId), eq(obligations.agencyId, agencyId)));
  if (!obligation) throw new AppError('NO_OBLIGATION');
  const [regime] = await db.select().from(reportRegimes).where(eq(reportRegimes.id, period.regimeId));
  const row =
    known.row !== undefined
      ? known.row
      : ((
          await db
            .select()
            .from(submissions)
            .where(and(eq(submissions.periodId, periodId), eq(submissions.agencyId, agencyId)))
        )[0] ?? null);
  const owedTasks = obligation.taskIds.length
    ? await db
        .select({
          id: tasks.id,
          code: tasks.code,
          title: tasks.title,
          timeframeKind: tasks.timeframeKind,
          timeframeText: tasks.timeframeText,
        })
        .from(tasks)
        .where(inArray(tasks.id, obligation.taskIds))
        .orderBy(asc(tasks.position))
    : [];
  const today = ctx.clock.today();
  const entry = known.entry ?? (await entryOpen(db, period, agencyId, today));
  const status = row?.status ?? null;
  const visible = canSeeContent(ctx, agencyId, status);
  const full = row && visible ? (known.full ?? (await loadSubmissionFull(db, row))) : null;
  const snapshot = row && visible ? (known.snapshot ?? (await latestSnapshot(db, row.id))) : null;
  const lineByTask = new Map((full?.lines ?? []).map((l) => [l.taskId, l]));
  // After a return: its reason stays on screen through the corrections, and each line says what changed.
  const returned = row?.returnedAt && visible ? await returnSnapshot(db, row.id) : null;
  type Seen = { taskId: number; status: LineStatus; doneText: string; resultsText: string; evidenceLinks: string[] };
  const seenByTask = new Map(((returned?.lines as Seen[] | undefined) ?? []).map((l) => [l.taskId, l]));
  const timeliness = classifyTimeliness(
    { firstSubmittedAt: row?.firstSubmittedAt ?? null, dueOn: period.dueOn, extendedTo: entry.exceptionTo },
    today,
  );
  return {
    period,
    regime: regime ? { id: regime.id, kind: regime.kind, name: regime.name, outline: regime.outline } : null,
    agencyId,
    submission: {
      id: row?.id ?? null,
      status,
      version: row?.version ?? 0,
      difficulties: row ? (visible ? row.difficulties : null) : '',
      proposals: row ? (visible ? row.proposals : null) : '',
      firstSubmittedAt: row?.firstSubmittedAt ?? null,
      submittedAt: row?.submittedAt ?? null,
      approvedAt: row?.approvedAt ?? null,
      returnedAt: row?.returnedAt ?? null,
      approvalRequestedAt: row?.approvalRequestedAt ?? null,
      acceptedAt: row?.acceptedAt ?? null,
      updatedAt: row?.updatedAt ?? null,
      ownPlanAttachmentId: row && visible ? row.ownPlanAttachmentId : null,
    },
    contentVisible: visible || !row,
    lines: owedTasks.map((t) => {
      const line = lineByTask.get(t.id);
      return {
        taskId: t.id,
        code: t.code,
        title: t.title,
        timeframeKind: t.timeframeKind,
        timeframeText: t.timeframeText,
        // "Thường xuyên" tasks are never done once for all: they are judged each period.
        isContinuous: t.timeframeKind === 'continuous',
        status: line?.status ?? 'not-started',
        doneText: line?.doneText ?? '',
        resultsText: line?.resultsText ?? '',
        evidenceLinks: line?.evidenceLinks ?? [],
        reviewStatus: line?.reviewStatus ?? 'pending',
        reviewComment: line?.reviewComment ?? null,
        lineId: line?.id ?? null,
        sinceReturn: changedSinceReturn(seenByTask.get(t.id), line),
      };
    }),
    indicators: (await loadIndicators(db, regime?.indicatorCodes ?? [])).map((i) => ({
      code: i.code,
      name: i.name,
      unit: i.unit,
      group: i.groupName,
      isInteger: i.isInteger,
      minValue: i.minValue,
      maxValue: i.maxValue,
      breakdown: i.breakdown
        ? {
            dimension: i.breakdown.dimension,
            keys: i.breakdown.keys.map((k) => ({ key: k, label: BREAKDOWN_LABELS[k] ?? k })),
          }
        : null,
    })),
    indicatorValues: full?.values ?? [],
    files: full?.files ?? [],
    ownPlan: (snapshot?.ownPlan as SubmissionView['ownPlan'] | undefined) ?? null,
    returnReason: ((returned ?? snapshot)?.returnReason as string | undefined) || null,
    timeliness: { class: timeliness },
    entry: { locksOn: period.locksOn, exceptionTo: entry.exceptionTo, open: entry.open },
    abilities: submissionAbilities(ctx.actor, agencyId, status, {
      open: entry.open,
      hasContent: full ? hasContent(full) : false,
      wasReturned: (row?.returnedAt ?? null) !== null,
    }),
    actorAbilities: abilitiesFor(ctx.actor),
  };
}

/** The line as the coordinator returned it, when it has changed since (null when unchanged or never returned). */
function changedSinceReturn(
  seen: { status: LineStatus; doneText: string; resultsText: string; evidenceLinks: string[] } | undefined,
  now: { status: string; doneText: string; resultsText: string; evidenceLinks: string[] } | undefined,
): { status: LineStatus; doneText: string; resultsText: string } | null {
  if (!seen || !now) return null;
  const same =
    seen.status === now.status &&
    seen.doneText === now.doneText &&
    seen.resultsText === now.resultsText &&
    seen.evidenceLinks.join('\n') === now.evidenceLinks.join('\n');
  return same ? null : { status: seen.status, doneText: seen.doneText, resultsText: seen.resultsText };
}
