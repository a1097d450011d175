import { ANNOUNCE_UPWARD_REPORTS } from './announce-upward-reports.job.js';
import { DELIVER_OUTBOX } from './deliver-outbox.job.js';
import { ISSUE_MONITOR_DIGESTS, POLL_MONITOR_SOURCES, REFRESH_MONITOR_WORDS } from './monitoring.job.js';
import { ESCALATE_RESPONSE_REFERRALS } from './escalate-response-referrals.job.js';
import { MAINTAIN_TABLES } from './maintain-tables.job.js';
import { daily, type JobContext, type JobDefinition, pruneJobRuns } from './scheduler.js';
import { SEND_DAILY_DIGEST } from './send-daily-digest.job.js';
import { SEND_REPORT_REMINDERS } from './send-report-reminders.job.js';
import { SEND_GUIDANCE_REMINDERS } from './send-guidance-reminders.job.js';

export {
  createScheduler,
  claimRun,
  sweepProvincesOf,
  type JobContext,
  type JobDefinition,
  type Scheduler,
} from './scheduler.js';

/** Deletes finished runs older than 30 days (the delivery job writes one row a minute). */
export function pruneJobRunsJob(ctx: JobContext) {
  return pruneJobRuns(ctx.db, ctx.clock.now());
}

/** The jobs the server runs, in tick order: reminders, then their digest, then delivery. */
export const DEFAULT_JOBS: JobDefinition[] = [
  SEND_REPORT_REMINDERS,
  SEND_GUIDANCE_REMINDERS,
  SEND_DAILY_DIGEST,
  POLL_MONITOR_SOURCES,
  ISSUE_MONITOR_DIGESTS,
  REFRESH_MONITOR_WORDS,
  ESCALATE_RESPONSE_REFERRALS,
  ANNOUNCE_UPWARD_REPORTS,
  DELIVER_OUTBOX,
  { name: 'prune-job-runs', runKeyAt: daily(3), run: pruneJobRunsJob },
  MAINTAIN_TABLES,
];
