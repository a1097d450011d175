import { DELIVER_OUTBOX } from './deliver-outbox.job.js';
import { daily, type JobContext, type JobDefinition, pruneJobRuns } from './scheduler.js';
import { SEND_DAILY_DIGEST } from './send-daily-digest.job.js';
import { SEND_REPORT_REMINDERS } from './send-report-reminders.job.js';

export { createScheduler, claimRun, type JobContext, type JobDefinition, type Scheduler } from './scheduler.js';

/** Deletes finished runs older than 30 days (the delivery job writes one row a minute). */
export function pruneJobRunsJob(ctx: JobContext) {
  return pruneJobRuns(ctx.db, ctx.clock.now());
}

/** The jobs the server runs, in tick order: reminders, then their digest, then delivery. */
export const DEFAULT_JOBS: JobDefinition[] = [
  SEND_REPORT_REMINDERS,
  SEND_DAILY_DIGEST,
  DELIVER_OUTBOX,
  { name: 'prune-job-runs', runKeyAt: daily(3), run: pruneJobRunsJob },
];
