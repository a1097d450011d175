import { and, eq } from 'drizzle-orm';
import { ReturnReportBody } from '../../../common/contracts/reporting.js';
import type { RequestContext } from '../../context.js';
import { submissionLines } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';
import { type PresentOption, transitionSubmission } from './transition-submission.js';

/**
 * The coordinator returns a submitted report for correction, with comments per line (each commented
 * line is marked returned, the others stay pending). At least one comment or a reason is required.
 * Coordinators (report.review) only; they never edit the agency's text.
 */
export function returnReport(
  ctx: RequestContext,
  submissionId: number,
  raw: ReturnReportBody,
  options: PresentOption = {},
) {
  const input = ReturnReportBody.parse(raw);
  if (!input.reason && input.comments.length === 0) {
    throw new AppError('RETURN_NEEDS_REASON');
  }
  return transitionSubmission(
    ctx,
    submissionId,
    {
      action: 'return',
      permission: 'report.review',
      // A new round starts: the officer asks for approval again once the report is corrected.
      set: (now) => ({ returnedAt: now, approvalRequestedAt: null }),
      notify: () => ({ step: 'returned', reason: input.reason, lines: input.comments.length }),
      note: { returnReason: input.reason, comments: input.comments },
      alsoWrite: async (tx, current) => {
        const lineTasks = new Set(current.lines.map((l) => l.taskId));
        const unknown = input.comments.filter((c) => !lineTasks.has(c.taskId)).map((c) => c.taskId);
        if (unknown.length)
          throw new AppError('TASKS_NOT_OWED', { codes: unknown.map((id) => `#${id}`).join(', ') }).with({
            taskIds: unknown,
          });
        await tx
          .update(submissionLines)
          .set({ reviewStatus: 'pending', reviewComment: null })
          .where(eq(submissionLines.submissionId, current.submission.id));
        for (const c of input.comments) {
          await tx
            .update(submissionLines)
            .set({ reviewStatus: 'returned', reviewComment: c.comment })
            .where(and(eq(submissionLines.submissionId, current.submission.id), eq(submissionLines.taskId, c.taskId)));
        }
      },
    },
    options,
  );
}
