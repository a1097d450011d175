import { asc, eq, or } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import {
  agencies,
  agencyAliases,
  agencyNames,
  successionEvents,
  successionLinks,
} from '../../db/schema/organisations.js';
import { plans } from '../../db/schema/plans.js';
import { authorize } from '../../policies/policy.js';
import { existsOn } from '../organisations/org-snapshot.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { groupMembersOn } from '../organisations/resolve-holders.js';
import { computeOwes } from './owes.js';
import { loadPlanRoles } from './plan-roles.data.js';

/** The agency page: profile, names over time, aliases, reorganisation events and what it owes. */
export async function getAgencyProfile(
  ctx: RequestContext,
  agencyId: number,
  options: { asOf: string; planId?: number },
) {
  authorize(ctx.actor, 'agency.read', agencyId);
  const [agency] = await ctx.db.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${agencyId}` });
  const names = await ctx.db
    .select()
    .from(agencyNames)
    .where(eq(agencyNames.agencyId, agencyId))
    .orderBy(asc(agencyNames.validFrom));
  const aliases = await ctx.db
    .select()
    .from(agencyAliases)
    .where(eq(agencyAliases.agencyId, agencyId))
    .orderBy(asc(agencyAliases.alias));
  const eventRows = await ctx.db
    .select({ link: successionLinks, event: successionEvents })
    .from(successionLinks)
    .innerJoin(successionEvents, eq(successionEvents.id, successionLinks.eventId))
    .where(or(eq(successionLinks.fromAgencyId, agencyId), eq(successionLinks.toAgencyId, agencyId)))
    .orderBy(asc(successionEvents.effectiveOn));
  const snapshot = await loadOrgSnapshot(ctx.db);
  const nameOf = (id: number | null) => (id === null ? null : (snapshot.agencies.get(id)?.name ?? `#${id}`));
  const history = eventRows.map(({ link, event }) => ({
    eventId: event.id,
    kind: event.kind,
    effectiveOn: event.effectiveOn,
    legalBasis: event.legalBasis,
    note: event.note,
    direction:
      link.fromAgencyId === agencyId && link.toAgencyId !== agencyId ? ('outgoing' as const) : ('incoming' as const),
    from: { id: link.fromAgencyId, name: nameOf(link.fromAgencyId) },
    to: link.toAgencyId === null ? null : { id: link.toAgencyId, name: nameOf(link.toAgencyId) },
    functions: link.functions,
  }));
  const planRows = await ctx.db
    .select({ id: plans.id, year: plans.year, title: plans.title })
    .from(plans)
    .orderBy(asc(plans.year));
  const plan = options.planId
    ? planRows.find((p) => p.id === options.planId)
    : (planRows.find((p) => options.asOf.startsWith(String(p.year))) ?? planRows.at(-1));
  const owes = plan ? computeOwes(snapshot, await loadPlanRoles(ctx.db, plan.id), agencyId, options.asOf) : [];
  const groups = [...snapshot.groups.values()]
    .filter((g) => groupMembersOn(snapshot, g.id, options.asOf).includes(agencyId))
    .map((g) => ({ id: g.id, name: g.name }));
  return {
    agency: { ...agency, existsOnDate: existsOn(agency, options.asOf) },
    // A name still "open" when the agency ended was borne until the end, not "until now".
    names: names.map((n) => ({ ...n, validTo: n.validTo ?? agency.validTo })),
    aliases,
    history,
    groups,
    asOf: options.asOf,
    plans: planRows,
    plan: plan ?? null,
    owes,
  };
}
