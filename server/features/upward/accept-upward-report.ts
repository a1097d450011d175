import type { RequestContext } from '../../context.js';
import { reviewUpwardReport } from './review-upward-report.js';

/** The ministry accepts a province's submitted report; its figures then count as final nationally. */
export function acceptUpwardReport(ctx: RequestContext, id: number) {
  return reviewUpwardReport(ctx, id, { action: 'accept' });
}
