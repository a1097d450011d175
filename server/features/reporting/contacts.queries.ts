import { and, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { compareVietnamese } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { agencies } from '../../db/schema/organisations.js';
import { plans } from '../../db/schema/plans.js';
import { focalOfficials, spokespersons } from '../../db/schema/reporting.js';
import { authorize, ownsAgency, readsAllAgencies } from '../../policies/policy.js';
import { existsOn } from '../organisations/org-snapshot.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { computeObligations } from './compute-obligations.js';

/** NĐ 09/2017 binds state administrative bodies; party bodies, press and mass organisations are not asked for one. */
const SPOKESPERSON_KINDS = new Set<string>([
  'department',
  'province-committee',
  'district-committee',
  'commune-committee',
]);

const onDate = (
  from: typeof focalOfficials.validFrom | typeof spokespersons.validFrom,
  to: typeof focalOfficials.validTo | typeof spokespersons.validTo,
  date: string,
) => and(lte(from, date), or(isNull(to), gte(to, date)));

/**
 * The public list of spokespersons on a date (NĐ 09/2017: name, title, phone and e-mail are
 * announced and posted on the portal) — the only reporting data shown without signing in.
 */
export async function listPublishedSpokespersons(db: Db, asOf: string) {
  const rows = await db
    .select({
      agency: agencies.name,
      fullName: spokespersons.fullName,
      title: spokespersons.title,
      phone: spokespersons.phone,
      email: spokespersons.email,
      since: spokespersons.validFrom,
    })
    .from(spokespersons)
    .innerJoin(agencies, eq(agencies.id, spokespersons.agencyId))
    .where(onDate(spokespersons.validFrom, spokespersons.validTo, asOf));
  return rows.sort((a, b) => compareVietnamese(a.agency, b.agency));
}

/** Focal officials and spokespersons of the agencies the actor may read, on a date (with history when asked). */
export async function listContacts(
  ctx: RequestContext,
  options: { asOf: string; agencyId?: number; history?: boolean },
) {
  authorize(ctx.actor, 'report.read', options.agencyId);
  const visible = (agencyId: number) => readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, agencyId);
  const focal = await ctx.db
    .select()
    .from(focalOfficials)
    .where(
      and(
        options.agencyId ? eq(focalOfficials.agencyId, options.agencyId) : undefined,
        options.history ? undefined : onDate(focalOfficials.validFrom, focalOfficials.validTo, options.asOf),
      ),
    )
    .orderBy(desc(focalOfficials.validFrom));
  const speakers = await ctx.db
    .select()
    .from(spokespersons)
    .where(
      and(
        options.agencyId ? eq(spokespersons.agencyId, options.agencyId) : undefined,
        options.history ? undefined : onDate(spokespersons.validFrom, spokespersons.validTo, options.asOf),
      ),
    )
    .orderBy(desc(spokespersons.validFrom));
  return {
    focalOfficials: focal.filter((f) => visible(f.agencyId)),
    spokespersons: speakers.filter((s) => visible(s.agencyId)),
  };
}

/** The plan that is "current" on a date: the issued plan of that year, else the latest issued one before it. */
export async function findCurrentPlanId(db: Db, today: string): Promise<number | null> {
  const year = Number(today.slice(0, 4));
  const [row] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.status, 'issued'), lte(plans.year, year)))
    .orderBy(desc(plans.year), desc(plans.id))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The compliance board: every agency that owes tasks in the current plan today, with what it lacks
 * — a focal leader, a focal officer, a spokesperson — so the lead department can chase "phantom
 * owners" before the reports are due (anchors §4). Agency staff see only their own agency.
 */
export async function getComplianceBoard(ctx: RequestContext) {
  authorize(ctx.actor, 'report.read');
  const today = ctx.clock.today();
  const planId = await findCurrentPlanId(ctx.db, today);
  if (planId === null)
    return {
      today,
      planId: null,
      agencies: [],
      summary: { owing: 0, complete: 0, missingLeader: 0, missingOfficer: 0, missingSpokesperson: 0 },
    };
  const snapshot = await loadOrgSnapshot(ctx.db);
  const owing = computeObligations(snapshot, await loadPlanRoles(ctx.db, planId), today).filter((o) => {
    const agency = snapshot.agencies.get(o.agencyId);
    return agency && existsOn(agency, today) && (readsAllAgencies(ctx.actor) || ownsAgency(ctx.actor, o.agencyId));
  });
  const focal = await ctx.db
    .select({ agencyId: focalOfficials.agencyId, kind: focalOfficials.kind, fullName: focalOfficials.fullName })
    .from(focalOfficials)
    .where(onDate(focalOfficials.validFrom, focalOfficials.validTo, today));
  const speakers = await ctx.db
    .select({ agencyId: spokespersons.agencyId, fullName: spokespersons.fullName })
    .from(spokespersons)
    .where(onDate(spokespersons.validFrom, spokespersons.validTo, today));
  const rows = owing
    .map((o) => {
      const leader = focal.find((f) => f.agencyId === o.agencyId && f.kind === 'leader') ?? null;
      const officer = focal.find((f) => f.agencyId === o.agencyId && f.kind === 'officer') ?? null;
      const spokesperson = speakers.find((s) => s.agencyId === o.agencyId) ?? null;
      const needsSpokesperson = SPOKESPERSON_KINDS.has(snapshot.agencies.get(o.agencyId)!.kind);
      const missing = [
        ...(leader ? [] : ['leader']),
        ...(officer ? [] : ['officer']),
        ...(spokesperson || !needsSpokesperson ? [] : ['spokesperson']),
      ] as Array<'leader' | 'officer' | 'spokesperson'>;
      return {
        agencyId: o.agencyId,
        agency: snapshot.agencies.get(o.agencyId)!.name,
        tasksOwed: o.taskIds.length,
        needsSpokesperson,
        leader: leader?.fullName ?? null,
        officer: officer?.fullName ?? null,
        spokesperson: spokesperson?.fullName ?? null,
        missing,
      };
    })
    .sort((a, b) => b.missing.length - a.missing.length || compareVietnamese(a.agency, b.agency));
  return {
    today,
    planId,
    agencies: rows,
    summary: {
      owing: rows.length,
      complete: rows.filter((r) => r.missing.length === 0).length,
      missingLeader: rows.filter((r) => r.missing.includes('leader')).length,
      missingOfficer: rows.filter((r) => r.missing.includes('officer')).length,
      missingSpokesperson: rows.filter((r) => r.missing.includes('spokesperson')).length,
    },
  };
}
