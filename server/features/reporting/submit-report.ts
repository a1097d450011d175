import type { RequestContext } from '../../context.js';
import { type PresentOption, transitionSubmission } from './transition-submission.js';

/**
 * The agency leader sends the approved report to the lead department. The first submission's time
 * is kept (timeliness counts from it); a second click returns the same result and writes nothing.
 * Refused after the period's lock unless the province returned the report. Leaders only.
 */
export function submitReport(ctx: RequestContext, submissionId: number, options: PresentOption = {}) {
  return transitionSubmission(
    ctx,
    submissionId,
    {
      action: 'submit',
      permission: 'report.submit',
      requireContent: true,
      respectLock: true,
      set: (now, current) => ({
        submittedAt: now,
        firstSubmittedAt: current.submission.firstSubmittedAt ?? now,
        submittedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      }),
      // A send after a return is announced as such, so the reviewer knows to look at the changes.
      notify: (current) => ({ step: current.submission.firstSubmittedAt ? 'resubmitted' : 'submitted' }),
    },
    options,
  );
}
