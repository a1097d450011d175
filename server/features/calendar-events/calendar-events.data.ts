import { and, asc, between, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { campaignOutputs, campaigns, festivals } from '../../db/schema/calendar-events.js';
import { activities, activityOutputs } from '../../db/schema/activities.js';
import { agencies } from '../../db/schema/organisations.js';
import { indicators } from '../../db/schema/reporting.js';
import type { CampaignFacts, FestivalFacts } from './milestones.js';
import { milestonesOf } from './milestones.js';

/** The province's festivals and campaigns, with campaign outputs named (agency, indicator, unit). */
export async function loadEventFacts(db: Db | Tx): Promise<{ festivals: FestivalFacts[]; campaigns: CampaignFacts[] }> {
  const [festivalRows, campaignRows, outputRows, actualRows] = await Promise.all([
    db.select().from(festivals).orderBy(asc(festivals.id)),
    db.select().from(campaigns).orderBy(asc(campaigns.startsOn), asc(campaigns.id)),
    db.select().from(campaignOutputs).orderBy(asc(campaignOutputs.id)),
    loadCampaignActuals(db),
  ]);
  const actual = new Map(actualRows.map((r) => [r.outputId, r.total]));
  const agencyIds = [...new Set(outputRows.map((o) => o.agencyId))];
  const indicatorIds = [...new Set(outputRows.map((o) => o.indicatorId))];
  const [agencyRows, indicatorRows] = await Promise.all([
    agencyIds.length
      ? db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, agencyIds))
      : [],
    indicatorIds.length
      ? db
          .select({ id: indicators.id, code: indicators.code, name: indicators.name, unit: indicators.unit })
          .from(indicators)
          .where(inArray(indicators.id, indicatorIds))
      : [],
  ]);
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const indicator = new Map(indicatorRows.map((i) => [i.id, i]));
  const outputsOf = (campaignId: number) => outputRows.filter((o) => o.campaignId === campaignId);
  return {
    festivals: festivalRows.map((f) => ({
      id: f.id,
      version: f.version,
      name: f.name,
      calendar: f.calendar,
      month: f.month,
      day: f.day,
      days: f.days,
      place: f.place,
      organiserId: f.organiserId,
    })),
    campaigns: campaignRows.map((c) => ({
      id: c.id,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      record: {
        id: c.id,
        version: c.version,
        title: c.title,
        anniversaryKey: c.anniversaryKey,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
        description: c.description,
        outputs: outputsOf(c.id).map((o) => ({
          agencyId: o.agencyId,
          code: indicator.get(o.indicatorId)?.code ?? '',
          expected: o.expected,
        })),
      },
      outputs: outputsOf(c.id).map((o) => ({
        agency: agencyName.get(o.agencyId) ?? `#${o.agencyId}`,
        indicator: indicator.get(o.indicatorId)?.name ?? `#${o.indicatorId}`,
        unit: indicator.get(o.indicatorId)?.unit ?? '',
        expected: o.expected,
        actual: actual.get(o.id) ?? 0,
      })),
    })),
  };
}

/**
 * What each expected campaign output came to: the agency's activity outputs of that indicator (all
 * breakdowns) for activities that began within the campaign's dates. Activities carry no campaign
 * link, so the campaign's window is what attributes them — the screen says "trong thời gian đợt".
 */
async function loadCampaignActuals(db: Db | Tx): Promise<{ outputId: number; total: number }[]> {
  const rows = await db
    .select({ outputId: campaignOutputs.id, total: sql<string>`sum(${activityOutputs.value})` })
    .from(campaignOutputs)
    .innerJoin(campaigns, eq(campaigns.id, campaignOutputs.campaignId))
    .innerJoin(
      activities,
      and(
        eq(activities.agencyId, campaignOutputs.agencyId),
        between(activities.startsOn, campaigns.startsOn, campaigns.endsOn),
      ),
    )
    .innerJoin(
      activityOutputs,
      and(eq(activityOutputs.activityId, activities.id), eq(activityOutputs.indicatorId, campaignOutputs.indicatorId)),
    )
    .groupBy(campaignOutputs.id);
  return rows.map((r) => ({ outputId: r.outputId, total: Number(r.total) }));
}

/** The milestones of the given years, from the database. */
export async function loadMilestones(db: Db | Tx, years: number[]) {
  const facts = await loadEventFacts(db);
  const all = years.flatMap((y) => milestonesOf(y, facts.festivals, facts.campaigns));
  // A campaign across New Year is listed in both years: keep it once.
  return [...new Map(all.map((m) => [m.key, m])).values()];
}
