import type { RequestContext } from '../../context.js';
import { type PresentOption, transitionSubmission } from './transition-submission.js';

/** The agency leader approves the draft [lãnh đạo duyệt]; an empty report cannot be approved. Leaders of the agency only. */
export function approveReport(ctx: RequestContext, submissionId: number, options: PresentOption = {}) {
  return transitionSubmission(
    ctx,
    submissionId,
    {
      action: 'approve',
      permission: 'report.submit',
      requireContent: true,
      respectLock: true,
      set: (now) => ({ approvedAt: now, approvedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null }),
      notify: () => ({ step: 'approved' }),
    },
    options,
  );
}
