import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { monitorArticles, monitorSources } from '../../db/schema/monitoring.js';
import type { DigestKind } from '../../../common/contracts/monitoring.js';
import { digestPeriod, issueDigest, previousPeriodDate } from './digests.js';
import { checkSilentSources, isDue, pollSource } from './poll-source.js';
import { monitorDigests } from '../../db/schema/monitoring.js';
import { and, eq } from 'drizzle-orm';

/**
 * Polls every source of the province that is due (its own interval, backing off while it fails),
 * then looks for silent feeds. A failing source is recorded on the source and does not stop the others.
 */
export async function pollDueSources(ctx: RequestContext, log: (line: string) => void = () => {}) {
  const now = ctx.clock.now();
  const sources = await ctx.db.select().from(monitorSources);
  let polled = 0;
  let stored = 0;
  let failed = 0;
  for (const source of sources.filter((s) => isDue(s, now))) {
    polled++;
    try {
      stored += (await pollSource(ctx, source.id)).stored;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      failed++;
      log(`monitor: ${source.name}: ${error.code}`);
    }
  }
  const silent = await checkSilentSources(ctx);
  return { polled, stored, failed, silent };
}

/** The digests due today: yesterday's every day, last week's on Mondays, last month's on the 1st. */
export function digestsDue(today: string): DigestKind[] {
  const kinds: DigestKind[] = ['daily'];
  if (new Date(`${today}T00:00:00Z`).getUTCDay() === 1) kinds.push('weekly');
  if (today.endsWith('-01')) kinds.push('monthly');
  return kinds;
}

/**
 * Issues the scheduled digests of a province that follows the press (has sources or articles); a
 * digest the coordinator already issued for the period is left as they made it.
 */
export async function issueScheduledDigests(ctx: RequestContext) {
  const [anyArticle] = await ctx.db.select({ id: monitorArticles.id }).from(monitorArticles).limit(1);
  if (!anyArticle) return { issued: 0 };
  let issued = 0;
  for (const kind of digestsDue(ctx.clock.today())) {
    const date = previousPeriodDate(kind, ctx.clock.today());
    const { start } = digestPeriod(kind, date);
    const [existing] = await ctx.db
      .select({ id: monitorDigests.id })
      .from(monitorDigests)
      .where(and(eq(monitorDigests.kind, kind), eq(monitorDigests.periodStart, start)));
    if (existing) continue;
    await issueDigest(ctx, kind, date);
    issued++;
  }
  return { issued };
}
