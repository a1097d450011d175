import { sendPeriodSummaries } from '../features/reminders/send-period-summaries.js';
import { sendReportReminders } from '../features/reminders/send-report-reminders.js';
import { daily, type JobContext, type JobDefinition } from './scheduler.js';

/**
 * Takes today's reminder/escalation steps for agencies that have not submitted, then tells the
 * province's leaders where a period that just passed its due date stands (both idempotent per day).
 */
export async function sendReportRemindersJob(ctx: JobContext) {
  const result = await sendReportReminders(ctx, { config: ctx.reminderConfig });
  const summaries = await sendPeriodSummaries(ctx);
  return { ...result, summaries };
}

/** Runs once a day from 07:00 Vietnam time. */
export const SEND_REPORT_REMINDERS: JobDefinition = {
  name: 'send-report-reminders',
  runKeyAt: daily(7),
  perProvince: true,
  run: sendReportRemindersJob,
};
