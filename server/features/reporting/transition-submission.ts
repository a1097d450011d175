import { eq } from 'drizzle-orm';
import type { SubmissionView } from '../../../common/contracts/reporting.js';
import type { Action } from '../../../common/permissions.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { submissions, type SubmissionStatus } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { notifyReportStep, type ReportStep } from '../notifications/notify-report-step.js';
import { getPeriod } from './obligations.data.js';
import {
  assertEntryOpen,
  entryOpen,
  hasContent,
  latestSnapshot,
  loadSubmissionFull,
  lockSubmission,
  type SubmissionFull,
  writeVersion,
} from './submission.data.js';
import { nextStatus, type SubmissionAction } from './submission-states.js';
import { buildSubmissionView } from './submission-view.js';

type TransitionSpec = {
  action: SubmissionAction;
  permission: Action;
  /** Refuse an empty report (anchors §1: "complete" must mean "has content"). */
  requireContent?: boolean;
  /** Refuse after the period's lock (agency-side actions). */
  respectLock?: boolean;
  /** Extra columns to set, given the instant of the change. */
  set?: (now: Date, current: SubmissionFull) => Partial<typeof submissions.$inferInsert>;
  /** Writes that belong to the same change (review comments), run before the snapshot. */
  alsoWrite?: (tx: Tx, current: SubmissionFull) => Promise<void>;
  /** Extra fields for the version snapshot and the audit row. */
  note?: Record<string, unknown>;
  /** The notice this step sends (who must act next), given the submission before the change. */
  notify?: (current: SubmissionFull) => { step: ReportStep; reason?: string | null; lines?: number };
};

/** The result of a transition: the submission after it, whether anything changed, and (on request) its view. */
export type TransitionResult = SubmissionFull & { changed: boolean; view?: SubmissionView };

/** Whether the caller (a route) wants the screen's view built inside the transaction. */
export type PresentOption = { present?: boolean };

/**
 * Moves a submission through the state machine in ONE transaction — the row locked, the rule
 * checked, the state written, the version snapshot and the audit row stored — so a failure half-way
 * leaves nothing behind. Repeating a transition that already took effect returns the same result
 * and writes nothing (no second audit row).
 */
export async function transitionSubmission(
  ctx: RequestContext,
  submissionId: number,
  spec: TransitionSpec,
  options: PresentOption = {},
): Promise<TransitionResult> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockSubmission(tx, submissionId);
    authorize(ctx.actor, spec.permission, row.agencyId);
    const next = nextStatus(row.status, spec.action);
    const current = await loadSubmissionFull(tx, row);
    const period = await getPeriod(tx, row.periodId);
    let entry: { open: boolean; exceptionTo: string | null } | undefined;
    let snapshot: Record<string, unknown> | undefined;
    const present = async (full: SubmissionFull) =>
      options.present
        ? buildSubmissionView(tx, ctx, row.periodId, row.agencyId, {
            period,
            full,
            row: full.submission,
            entry,
            snapshot,
          })
        : undefined;
    if (next === 'unchanged') return { ...current, changed: false, view: await present(current) };
    if (spec.respectLock) {
      entry = await entryOpen(tx, period, row.agencyId, ctx.clock.today());
      assertEntryOpen(entry, period, row);
    }
    if (spec.requireContent && !hasContent(current)) {
      throw new AppError('REPORT_EMPTY');
    }
    const now = ctx.clock.now();
    await spec.alsoWrite?.(tx, current);
    const [updated] = await tx
      .update(submissions)
      .set({
        status: next as SubmissionStatus,
        version: row.version + 1,
        updatedAt: now,
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        ...spec.set?.(now, current),
      })
      .where(eq(submissions.id, row.id))
      .returning();
    const full = await loadSubmissionFull(tx, updated!);
    const carried = (await latestSnapshot(tx, row.id))?.ownPlan;
    const extra = { ...(carried ? { ownPlan: carried } : {}), ...(spec.note ?? {}) };
    await writeVersion(tx, ctx, full, extra);
    // The view reads the snapshot just written: its own-plan links and the return's reason.
    snapshot = extra;
    await recordAuditEvent(tx, ctx, {
      action: `report.${spec.action}`,
      subjectType: 'submission',
      subjectId: row.id,
      before: { status: row.status, version: row.version },
      after: { status: next, version: updated!.version, ...(spec.note ?? {}) },
    });
    if (spec.notify)
      await notifyReportStep(tx, ctx, {
        ...spec.notify(current),
        periodId: row.periodId,
        agencyId: row.agencyId,
        key: updated!.version,
      });
    return { ...full, changed: true, view: await present(full) };
  });
}
