import { escalateLapsedReferrals } from '../features/response/escalate-referrals.js';
import { daily, type JobContext, type JobDefinition } from './scheduler.js';

/** Escalates referrals of response cases whose answer deadline has passed (idempotent). */
export function escalateResponseReferralsJob(ctx: JobContext) {
  return escalateLapsedReferrals(ctx);
}

/** Runs once a day from 07:00 Vietnam time, in each province. */
export const ESCALATE_RESPONSE_REFERRALS: JobDefinition = {
  name: 'escalate-response-referrals',
  runKeyAt: daily(7),
  perProvince: true,
  run: escalateResponseReferralsJob,
};
