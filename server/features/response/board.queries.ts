/** The response board: open cases by severity and age, response and closing times, the quarterly duty. */

import { and, gte, lte } from 'drizzle-orm';
import { daysBetween } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { foreignPressVisits, pressConferences, responseReferrals } from '../../db/schema/response.js';
import { authorize } from '../../policies/policy.js';
import { AppError } from '../../../common/errors.js';
import { listCases } from './cases.queries.js';
import { coverageOfActions } from './coverage-tone.js';
import { loadResponseSummary } from './response-report.js';
import { isReferralLapsed, quarterCoverage } from './response-rules.js';
import { responseCases } from '../../db/schema/response.js';

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** The board of a year, over the cases the actor may see (a need-to-know case counts only for its people). */
export async function responseBoard(ctx: RequestContext, year: number, window: { from?: string; to?: string } = {}) {
  authorize(ctx.actor, 'response.read');
  const from = window.from ?? `${year}-01-01`;
  const to = window.to ?? `${year}-12-31`;
  if (from > to) throw new AppError('DATE_RANGE_INVERTED');
  const summary = await loadResponseSummary(ctx.db, from, to);
  const today = ctx.clock.today();
  const visible = new Set((await listCases(ctx)).map((c) => c.id));
  const rows = (await ctx.db.select().from(responseCases)).filter((r) => visible.has(r.id));
  const open = rows.filter((r) => r.status !== 'closed');
  const openBySeverity = { low: 0, medium: 0, high: 0, critical: 0 };
  const openByAge = { upTo7: 0, upTo30: 0, over30: 0 };
  for (const r of open) {
    openBySeverity[r.severity]++;
    const age = daysBetween(r.openedOn, today);
    if (age <= 7) openByAge.upTo7++;
    else if (age <= 30) openByAge.upTo30++;
    else openByAge.over30++;
  }
  const ofYear = rows.filter((r) => r.openedOn.startsWith(String(year)));
  const hoursToFirst = ofYear
    .filter((r) => r.firstResponseAt !== null)
    .map((r) => (r.firstResponseAt!.getTime() - r.openedAt.getTime()) / 3_600_000);
  const daysToClose = ofYear.filter((r) => r.closedOn !== null).map((r) => daysBetween(r.openedOn, r.closedOn!));
  const closedByLabel: Record<string, number> = {};
  for (const r of ofYear.filter((x) => x.status === 'closed')) {
    const key = r.label ?? 'none';
    closedByLabel[key] = (closedByLabel[key] ?? 0) + 1;
  }
  const referrals = (await ctx.db.select().from(responseReferrals)).filter((x) => visible.has(x.caseId));
  const conferences = await ctx.db
    .select()
    .from(pressConferences)
    .where(and(gte(pressConferences.heldOn, `${year}-01-01`), lte(pressConferences.heldOn, `${year}-12-31`)));
  const visits = await ctx.db
    .select()
    .from(foreignPressVisits)
    .where(and(gte(foreignPressVisits.startOn, `${year}-01-01`), lte(foreignPressVisits.startOn, `${year}-12-31`)));
  return {
    window: {
      from,
      to,
      casesHandled: summary.cases.handled,
      conferencesHeld: summary.conferences.held,
      foreignGroupsReceived: summary.foreignGroups.received,
    },
    openBySeverity,
    openByAge,
    medianHoursToFirstResponse: median(hoursToFirst),
    medianDaysToClose: median(daysToClose),
    lapsedReferrals: referrals.filter((x) => isReferralLapsed(x, today)).length,
    quarters: quarterCoverage(year, conferences, today),
    foreignGroupsReceived: visits.filter((v) => v.status === 'accepted' || v.status === 'completed').length,
    closedByLabel,
    coverageAfterActions: (await coverageOfActions(ctx.db, [...visible], today)).filter((c) =>
      c.doneOn.startsWith(String(year)),
    ),
  };
}
