import { sendGuidanceReminders } from '../features/guidance/send-guidance-reminders.js';
import { sendMilestoneReminders } from '../features/calendar-events/send-milestone-reminders.js';
import { daily, type JobContext, type JobDefinition } from './scheduler.js';

/** Reminds agencies of unacknowledged guidance, then everyone of the milestones ahead (both idempotent per day). */
export async function sendGuidanceRemindersJob(ctx: JobContext) {
  const guidance = await sendGuidanceReminders(ctx);
  const milestones = await sendMilestoneReminders(ctx);
  return { guidance, milestones };
}

/** Runs once a day from 07:00 Vietnam time, in each province. */
export const SEND_GUIDANCE_REMINDERS: JobDefinition = {
  name: 'send-guidance-reminders',
  runKeyAt: daily(7),
  perProvince: true,
  run: sendGuidanceRemindersJob,
};
