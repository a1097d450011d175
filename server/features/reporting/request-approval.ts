import type { RequestContext } from '../../context.js';
import { type PresentOption, transitionSubmission } from './transition-submission.js';

/**
 * The officer asks the agency's leader to approve [trình lãnh đạo duyệt]: the report stays a draft,
 * the request's time is kept and the leaders are notified. After a return this is "Gửi lại sau
 * khi sửa". Refused for an empty report and after the lock. Agency staff of the agency only.
 */
export function requestApproval(ctx: RequestContext, submissionId: number, options: PresentOption = {}) {
  return transitionSubmission(
    ctx,
    submissionId,
    {
      action: 'request',
      permission: 'report.draft',
      requireContent: true,
      respectLock: true,
      set: (now) => ({ approvalRequestedAt: now }),
      notify: () => ({ step: 'awaiting-approval' }),
    },
    options,
  );
}
