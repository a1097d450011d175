import { issueScheduledDigests, pollDueSources } from '../features/monitoring/monitoring-jobs.js';
import { refreshSearchWords } from '../features/monitoring/search.js';
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

/**
 * Every hour, in each province: the word list that corrects misspelt search words is rebuilt from
 * the articles (a whole-table pass, so hourly rather than at each stored article).
 */
export const REFRESH_MONITOR_WORDS: JobDefinition = {
  name: 'refresh-monitor-words',
  runKeyAt: every(60),
  perProvince: true,
  run: (ctx) => refreshSearchWords(ctx.db),
};
