import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { submissionLines } from '../../db/schema/reporting.js';
import { type PresentOption, transitionSubmission } from './transition-submission.js';

/** The coordinator accepts a submitted report: every line accepted, the report locked for good. Coordinators only. */
export function acceptReport(ctx: RequestContext, submissionId: number, options: PresentOption = {}) {
  return transitionSubmission(
    ctx,
    submissionId,
    {
      action: 'accept',
      permission: 'report.review',
      set: (now) => ({ acceptedAt: now }),
      notify: () => ({ step: 'accepted' }),
      alsoWrite: async (tx, current) => {
        await tx
          .update(submissionLines)
          .set({ reviewStatus: 'accepted' })
          .where(eq(submissionLines.submissionId, current.submission.id));
      },
    },
    options,
  );
}
