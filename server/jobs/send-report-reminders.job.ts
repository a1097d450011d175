import { sendReportReminders } from '../features/reminders/send-report-reminders.js';
import { daily, type JobContext, type JobDefinition } from './scheduler.js';

/** Takes today's reminder/escalation steps for agencies that have not submitted (idempotent per day). */
export function sendReportRemindersJob(ctx: JobContext) {
  return sendReportReminders(ctx, { config: ctx.reminderConfig });
}

/** Runs once a day from 07:00 Vietnam time. */
export const SEND_REPORT_REMINDERS: JobDefinition = { name: 'send-report-reminders', runKeyAt: daily(7), run: sendReportRemindersJob };
