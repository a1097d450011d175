import { announceUpwardReports } from '../features/upward/announce-upward-reports.js';
import { every, type JobDefinition } from './scheduler.js';

/**
 * Every five minutes, once for the whole database (on the system handle: it reads every province's
 * upward reports and writes into the ministry's scope): the ministry's notices of reports sent,
 * returned and accepted.
 */
export const ANNOUNCE_UPWARD_REPORTS: JobDefinition = {
  name: 'announce-upward-reports',
  runKeyAt: every(5),
  run: async (ctx) => ({ notified: await announceUpwardReports(ctx.db) }),
};
