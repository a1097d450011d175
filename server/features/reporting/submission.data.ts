import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor, RequestContext, SystemActor } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { tasks } from '../../db/schema/plans.js';
import {
  indicators,
  periodExceptions,
  submissionFiles,
  submissionIndicatorValues,
  submissionLines,
  submissions,
  submissionVersions,
  type SubmissionStatus,
} from '../../db/schema/reporting.js';
import { attachments } from '../../db/schema/system.js';
import { AppError } from '../../../common/errors.js';
import { can, ownsAgency } from '../../policies/policy.js';
import { isEntryOpen } from './period-dates.js';
import type { PeriodRow } from './obligations.data.js';

export type SubmissionRow = typeof submissions.$inferSelect;

/** A submission with its lines, figures and files, as the form and the snapshot need it. */
export type SubmissionFull = {
  submission: SubmissionRow;
  lines: Array<typeof submissionLines.$inferSelect & { taskCode: string; taskTitle: string }>;
  values: Array<{ code: string; breakdownKey: string; value: number }>;
  files: Array<{
    id: number;
    lineId: number | null;
    attachmentId: number;
    filename: string;
    mimeType: string;
    size: number;
  }>;
};

/** Loads a submission row, locking it for the rest of the transaction (so two transitions queue). */
export async function lockSubmission(tx: Tx, submissionId: number): Promise<SubmissionRow> {
  const [row] = await tx.select().from(submissions).where(eq(submissions.id, submissionId)).for('update');
  if (!row) throw new AppError('NOT_FOUND', { resource: 'submission', id: `#${submissionId}` });
  return row;
}

/** Everything stored for one submission. */
export async function loadSubmissionFull(tx: Db | Tx, submission: SubmissionRow): Promise<SubmissionFull> {
  const lines = await tx
    .select({ line: submissionLines, taskCode: tasks.code, taskTitle: tasks.title })
    .from(submissionLines)
    .innerJoin(tasks, eq(tasks.id, submissionLines.taskId))
    .where(eq(submissionLines.submissionId, submission.id))
    .orderBy(asc(tasks.position));
  const values = await tx
    .select({
      code: indicators.code,
      breakdownKey: submissionIndicatorValues.breakdownKey,
      value: submissionIndicatorValues.value,
    })
    .from(submissionIndicatorValues)
    .innerJoin(indicators, eq(indicators.id, submissionIndicatorValues.indicatorId))
    .where(eq(submissionIndicatorValues.submissionId, submission.id))
    .orderBy(asc(indicators.position), asc(submissionIndicatorValues.breakdownKey));
  const files = await tx
    .select({
      id: submissionFiles.id,
      lineId: submissionFiles.lineId,
      attachmentId: attachments.id,
      filename: attachments.filename,
      mimeType: attachments.mimeType,
      size: attachments.size,
    })
    .from(submissionFiles)
    .innerJoin(attachments, eq(attachments.id, submissionFiles.attachmentId))
    .where(eq(submissionFiles.submissionId, submission.id))
    .orderBy(asc(submissionFiles.id));
  return {
    submission,
    lines: lines.map((l) => ({ ...l.line, taskCode: l.taskCode, taskTitle: l.taskTitle })),
    values,
    files,
  };
}

/**
 * "Complete" must also mean "has content" (anchors §1: on-time but empty reports): at least one
 * line with text, one figure above zero, or — for the Q1 duty — the agency's own plan document.
 */
export function hasContent(full: SubmissionFull): boolean {
  return (
    full.lines.some((l) => l.doneText.trim() !== '' || l.resultsText.trim() !== '') ||
    full.values.some((v) => v.value > 0) ||
    full.submission.ownPlanAttachmentId !== null
  );
}

/** The JSON kept in submission_versions for every saved version. */
export function snapshotOf(full: SubmissionFull, extra: Record<string, unknown> = {}) {
  const s = full.submission;
  return {
    version: s.version,
    status: s.status,
    difficulties: s.difficulties,
    proposals: s.proposals,
    ownPlanAttachmentId: s.ownPlanAttachmentId,
    lines: full.lines.map((l) => ({
      taskId: l.taskId,
      code: l.taskCode,
      status: l.status,
      doneText: l.doneText,
      resultsText: l.resultsText,
      evidenceLinks: l.evidenceLinks,
      reviewStatus: l.reviewStatus,
      reviewComment: l.reviewComment,
    })),
    indicatorValues: full.values,
    files: full.files.map((f) => ({ attachmentId: f.attachmentId, filename: f.filename, lineId: f.lineId })),
    ...extra,
  };
}

/** Writes the snapshot of the submission's current version (one row per version, never overwritten). */
export async function writeVersion(
  tx: Tx,
  ctx: RequestContext,
  full: SubmissionFull,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await tx
    .insert(submissionVersions)
    .values({
      submissionId: full.submission.id,
      version: full.submission.version,
      status: full.submission.status,
      snapshot: snapshotOf(full, extra),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing();
}

/** The latest snapshot's extra fields (e.g. own-plan links), carried to the next version. */
export async function latestSnapshot(tx: Db | Tx, submissionId: number): Promise<Record<string, unknown> | null> {
  const [row] = await tx
    .select({ snapshot: submissionVersions.snapshot })
    .from(submissionVersions)
    .where(eq(submissionVersions.submissionId, submissionId))
    .orderBy(desc(submissionVersions.version))
    .limit(1);
  return (row?.snapshot as Record<string, unknown> | undefined) ?? null;
}

/** The snapshot the last return wrote (its reason and the lines as the coordinator saw them), or null. */
export async function returnSnapshot(tx: Db | Tx, submissionId: number): Promise<Record<string, unknown> | null> {
  const [row] = await tx
    .select({ snapshot: submissionVersions.snapshot })
    .from(submissionVersions)
    .where(and(eq(submissionVersions.submissionId, submissionId), eq(submissionVersions.status, 'returned')))
    .orderBy(desc(submissionVersions.version))
    .limit(1);
  return (row?.snapshot as Record<string, unknown> | undefined) ?? null;
}

/** Is entry open for this agency today (before the lock or within a granted exception)? */
export async function entryOpen(
  tx: Db | Tx,
  period: PeriodRow,
  agencyId: number,
  today: string,
): Promise<{ open: boolean; exceptionTo: string | null }> {
  const [exception] = await tx
    .select()
    .from(periodExceptions)
    .where(and(eq(periodExceptions.periodId, period.id), eq(periodExceptions.agencyId, agencyId)));
  const exceptionTo = exception?.extendedTo ?? null;
  return { open: isEntryOpen(period.locksOn, exceptionTo, today), exceptionTo };
}

/**
 * Refuses a change once the period is locked for the agency — except on a report the province
 * returned for correction: the agency must be able to correct, re-approve and resend it.
 */
export function assertEntryOpen(
  entry: { open: boolean },
  period: PeriodRow,
  row: Pick<SubmissionRow, 'returnedAt'> | null | undefined,
): void {
  if (entry.open || (row?.returnedAt ?? null) !== null) return;
  throw new AppError('PERIOD_LOCKED', { locksOn: period.locksOn });
}

/** What the actor may do with one submission, computed on the server and sent to the UI. */
export type SubmissionAbilities = {
  canRead: boolean;
  canEdit: boolean;
  canApprove: boolean;
  canSubmit: boolean;
  canReview: boolean;
  canUploadFiles: boolean;
  canRequestApproval: boolean;
};

/** Per-submission abilities from role, ownership, state, lock and content. */
export function submissionAbilities(
  actor: Actor | SystemActor,
  agencyId: number,
  status: SubmissionStatus | null,
  state: { open: boolean; hasContent: boolean; wasReturned?: boolean },
): SubmissionAbilities {
  const own =
    actor.kind === 'system' || (actor.kind === 'user' && ownsAgency(actor, agencyId) && actor.agencyId !== null);
  const current = status ?? 'draft';
  const writable = state.open || state.wasReturned === true;
  const canEdit = own && can(actor, 'report.draft') && ['draft', 'approved', 'returned'].includes(current) && writable;
  return {
    canRead: can(actor, 'report.read'),
    canEdit,
    canUploadFiles: canEdit,
    canApprove:
      own && can(actor, 'report.submit') && current === 'draft' && status !== null && writable && state.hasContent,
    // The officer's step: a leader approves directly instead of asking themself.
    canRequestApproval:
      own &&
      can(actor, 'report.draft') &&
      !can(actor, 'report.submit') &&
      current === 'draft' &&
      status !== null &&
      writable &&
      state.hasContent,
    canSubmit:
      own &&
      can(actor, 'report.submit') &&
      (current === 'approved' || current === 'returned') &&
      writable &&
      state.hasContent,
    canReview: can(actor, 'report.review') && current === 'submitted',
  };
}
