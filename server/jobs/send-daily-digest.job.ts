import { sendDailyDigest } from '../features/reminders/send-daily-digest.js';
import { daily, type JobContext, type JobDefinition } from './scheduler.js';
import { SEND_REPORT_REMINDERS } from './send-report-reminders.job.js';

/** Puts one e-mail per recipient in the outbox with all of today's reminders for them. */
export function sendDailyDigestJob(ctx: JobContext) {
  return sendDailyDigest(ctx, { config: ctx.reminderConfig });
}

/** Runs once a day, after that day's reminder sweep has finished. */
export const SEND_DAILY_DIGEST: JobDefinition = {
  name: 'send-daily-digest',
  runKeyAt: daily(7),
  after: SEND_REPORT_REMINDERS.name,
  perProvince: true,
  run: sendDailyDigestJob,
};
