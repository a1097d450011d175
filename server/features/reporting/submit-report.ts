import type { RequestContext } from '../../context.js';
import { transitionSubmission } from './transition-submission.js';

/**
 * The agency leader sends the approved report to the lead department. The first submission's time
 * is kept (timeliness counts from it); a second click returns the same result and writes nothing.
 * Refused after the period's lock unless the province returned the report. Leaders only.
 */
export function submitReport(ctx: RequestContext, submissionId: number) {
  return transitionSubmission(ctx, submissionId, {
    action: 'submit',
    permission: 'report.submit',
    requireContent: true,
    respectLock: true,
    set: (now, current) => ({
      submittedAt: now,
      firstSubmittedAt: current.submission.firstSubmittedAt ?? now,
      submittedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    }),
  });
}
