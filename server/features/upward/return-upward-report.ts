import type { RequestContext } from '../../context.js';
import { reviewUpwardReport } from './review-upward-report.js';

/** The ministry returns a province's submitted report, with the reason the province will read. */
export function returnUpwardReport(ctx: RequestContext, id: number, reason: string) {
  return reviewUpwardReport(ctx, id, { action: 'return', reason });
}
