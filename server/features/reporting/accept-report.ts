import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { submissionLines } from '../../db/schema/reporting.js';
import { transitionSubmission } from './transition-submission.js';

/** The coordinator accepts a submitted report: every line accepted, the report locked for good. Coordinators only. */
export function acceptReport(ctx: RequestContext, submissionId: number) {
  return transitionSubmission(ctx, submissionId, {
    action: 'accept',
    permission: 'report.review',
    set: (now) => ({ acceptedAt: now }),
    alsoWrite: async (tx, current) => {
      await tx.update(submissionLines).set({ reviewStatus: 'accepted' }).where(eq(submissionLines.submissionId, current.submission.id));
    },
  });
}
