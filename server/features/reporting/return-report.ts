import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { submissionLines } from '../../db/schema/reporting.js';
import { AppError } from '../../http/app-error.js';
import { transitionSubmission } from './transition-submission.js';

export const ReturnReportInput = z.object({
  /** Why the report goes back, as a whole. */
  reason: z.string().trim().max(5000).default(''),
  /** Comments on particular task lines. */
  comments: z.array(z.object({ taskId: z.number().int().positive(), comment: z.string().trim().min(1).max(5000) })).max(500).default([]),
});
export type ReturnReportInput = z.input<typeof ReturnReportInput>;

/**
 * The coordinator returns a submitted report for correction, with comments per line (each commented
 * line is marked returned, the others stay pending). At least one comment or a reason is required.
 * Coordinators (report.review) only; they never edit the agency's text.
 */
export function returnReport(ctx: RequestContext, submissionId: number, raw: ReturnReportInput) {
  const input = ReturnReportInput.parse(raw);
  if (!input.reason && input.comments.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Cần nêu lý do hoặc nhận xét cho ít nhất một nhiệm vụ / Give a reason or comment on at least one line');
  }
  return transitionSubmission(ctx, submissionId, {
    action: 'return',
    permission: 'report.review',
    set: (now) => ({ returnedAt: now }),
    note: { returnReason: input.reason, comments: input.comments },
    alsoWrite: async (tx, current) => {
      const lineTasks = new Set(current.lines.map((l) => l.taskId));
      const unknown = input.comments.filter((c) => !lineTasks.has(c.taskId)).map((c) => c.taskId);
      if (unknown.length) throw new AppError('VALIDATION_FAILED', `Nhận xét cho nhiệm vụ không có trong báo cáo: ${unknown.join(', ')} / Comments on tasks not in the report`);
      await tx.update(submissionLines).set({ reviewStatus: 'pending', reviewComment: null }).where(eq(submissionLines.submissionId, current.submission.id));
      for (const c of input.comments) {
        await tx
          .update(submissionLines)
          .set({ reviewStatus: 'returned', reviewComment: c.comment })
          .where(and(eq(submissionLines.submissionId, current.submission.id), eq(submissionLines.taskId, c.taskId)));
      }
    },
  });
}
