import { issueScheduledDigests, pollDueSources } from '../features/monitoring/monitoring-jobs.js';
import { daily, every, type JobDefinition } from './scheduler.js';

/** Every five minutes, in each province: the press sources that are due are polled. */
export const POLL_MONITOR_SOURCES: JobDefinition = {
  name: 'poll-monitor-sources',
  runKeyAt: every(5),
  perProvince: true,
  run: (ctx) => pollDueSources(ctx, ctx.log),
};

/** From 06:00 each day, in each province that follows the press: the day's, week's and month's digests. */
export const ISSUE_MONITOR_DIGESTS: JobDefinition = {
  name: 'issue-monitor-digests',
  runKeyAt: daily(6),
  perProvince: true,
  run: (ctx) => issueScheduledDigests(ctx),
};
