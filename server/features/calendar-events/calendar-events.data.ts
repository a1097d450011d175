import { asc, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { campaignOutputs, campaigns, festivals } from '../../db/schema/calendar-events.js';
import { agencies } from '../../db/schema/organisations.js';
import { indicators } from '../../db/schema/reporting.js';
import type { CampaignFacts, FestivalFacts } from './milestones.js';
import { milestonesOf } from './milestones.js';

/** The province's festivals and campaigns, with campaign outputs named (agency, indicator, unit). */
export async function loadEventFacts(db: Db | Tx): Promise<{ festivals: FestivalFacts[]; campaigns: CampaignFacts[] }> {
  const [festivalRows, campaignRows, outputRows] = await Promise.all([
    db.select().from(festivals).orderBy(asc(festivals.id)),
    db.select().from(campaigns).orderBy(asc(campaigns.startsOn), asc(campaigns.id)),
    db.select().from(campaignOutputs).orderBy(asc(campaignOutputs.id)),
  ]);
  const agencyIds = [...new Set(outputRows.map((o) => o.agencyId))];
  const indicatorIds = [...new Set(outputRows.map((o) => o.indicatorId))];
  const [agencyRows, indicatorRows] = await Promise.all([
    agencyIds.length
      ? db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, agencyIds))
      : [],
    indicatorIds.length
      ? db
          .select({ id: indicators.id, name: indicators.name, unit: indicators.unit })
          .from(indicators)
          .where(inArray(indicators.id, indicatorIds))
      : [],
  ]);
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const indicator = new Map(indicatorRows.map((i) => [i.id, i]));
  return {
    festivals: festivalRows.map((f) => ({
      id: f.id,
      name: f.name,
      calendar: f.calendar,
      month: f.month,
      day: f.day,
      days: f.days,
      place: f.place,
    })),
    campaigns: campaignRows.map((c) => ({
      id: c.id,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      outputs: outputRows
        .filter((o) => o.campaignId === c.id)
        .map((o) => ({
          agency: agencyName.get(o.agencyId) ?? `#${o.agencyId}`,
          indicator: indicator.get(o.indicatorId)?.name ?? `#${o.indicatorId}`,
          unit: indicator.get(o.indicatorId)?.unit ?? '',
          expected: o.expected,
        })),
    })),
  };
}

/** The milestones of the given years, from the database. */
export async function loadMilestones(db: Db | Tx, years: number[]) {
  const facts = await loadEventFacts(db);
  const all = years.flatMap((y) => milestonesOf(y, facts.festivals, facts.campaigns));
  // A campaign across New Year is listed in both years: keep it once.
  return [...new Map(all.map((m) => [m.key, m])).values()];
}
