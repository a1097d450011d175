import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { submissionFiles, submissionLines, submissions } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { checkEvidenceFile, storeAttachment } from './evidence-files.js';
import { getPeriod } from './obligations.data.js';
import {
  assertEntryOpen,
  entryOpen,
  latestSnapshot,
  loadSubmissionFull,
  lockSubmission,
  writeVersion,
} from './submission.data.js';
import { nextStatus } from './submission-states.js';
import { buildSubmissionView } from './submission-view.js';
import type { PresentOption } from './transition-submission.js';

/** An evidence file as uploaded. */
export type AttachEvidenceInput = { submissionId: number; taskId?: number; filename: string; bytes: Uint8Array };

/**
 * Attaches an evidence file to a report (or to one of its task lines). Counts as an edit: an
 * approved report becomes a draft again. Agency staff of the report's agency only.
 */
export async function attachEvidence(ctx: RequestContext, input: AttachEvidenceInput, options: PresentOption = {}) {
  const mimeType = checkEvidenceFile(input.filename, input.bytes);
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockSubmission(tx, input.submissionId);
    authorize(ctx.actor, 'report.draft', row.agencyId);
    const period = await getPeriod(tx, row.periodId);
    assertEntryOpen(await entryOpen(tx, period, row.agencyId, ctx.clock.today()), period, row);
    const status = nextStatus(row.status, 'edit');
    let lineId: number | null = null;
    if (input.taskId !== undefined) {
      const [line] = await tx
        .select({ id: submissionLines.id })
        .from(submissionLines)
        .where(and(eq(submissionLines.submissionId, row.id), eq(submissionLines.taskId, input.taskId)));
      if (!line) throw new AppError('TASK_NOT_IN_REPORT', { taskId: input.taskId });
      lineId = line.id;
    }
    const attachmentId = await storeAttachment(tx, { filename: input.filename, mimeType, bytes: input.bytes });
    await tx.insert(submissionFiles).values({ submissionId: row.id, lineId, attachmentId });
    const [updated] = await tx
      .update(submissions)
      .set({
        status: status === 'unchanged' ? row.status : status,
        version: row.version + 1,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .where(eq(submissions.id, row.id))
      .returning();
    const full = await loadSubmissionFull(tx, updated!);
    const carried = (await latestSnapshot(tx, row.id))?.ownPlan;
    await writeVersion(tx, ctx, full, carried ? { ownPlan: carried } : {});
    await recordAuditEvent(tx, ctx, {
      action: 'report.attach-evidence',
      subjectType: 'submission',
      subjectId: row.id,
      after: { attachmentId, filename: input.filename, size: input.bytes.byteLength, lineId },
    });
    const view = options.present
      ? await buildSubmissionView(tx, ctx, row.periodId, row.agencyId, { period, row: full.submission, full })
      : undefined;
    return { attachmentId, submission: full, view };
  });
}
