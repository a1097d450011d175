import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { compareVietnamese, wordMatcher } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { agencies, agencyAliases, agencyGroups, agencyNames, groupAliases, successionEvents, successionLinks } from '../../db/schema/organisations.js';
import { plans } from '../../db/schema/plans.js';
import { AppError } from '../../http/app-error.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
import { computeOwes } from '../plans/owes.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { existsOn } from './org-snapshot.js';
import { loadOrgSnapshot } from './organisations.data.js';
import { groupMembersOn } from './resolve-holders.js';

export type AgencyListFilter = { q?: string; kind?: string; asOf?: string; province?: string };

/** Lists agencies the actor may read (officers: only their own), optionally as of a date. */
export async function listAgencies(ctx: RequestContext, filter: AgencyListFilter) {
  authorize(ctx.actor, 'agency.read');
  const conditions = [];
  if (filter.kind) conditions.push(eq(agencies.kind, filter.kind as never));
  if (filter.province) conditions.push(eq(agencies.province, filter.province));
  if (filter.asOf) {
    conditions.push(sql`${agencies.validFrom} <= ${filter.asOf}`);
    conditions.push(or(isNull(agencies.validTo), sql`${agencies.validTo} >= ${filter.asOf}`));
  }
  if (!readsAllAgencies(ctx.actor) && ctx.actor.kind === 'user') conditions.push(inArray(agencies.id, ctx.actor.agencyScope.length ? ctx.actor.agencyScope : [-1]));
  let rows = await ctx.db.select().from(agencies).where(and(...conditions));
  if (filter.q) {
    // Aliases ("Sở TT&TT", "Đài PTTH tỉnh") count as much as names; matched without diacritics.
    const matches = wordMatcher(filter.q);
    const aliasRows = await ctx.db.select({ agencyId: agencyAliases.agencyId, alias: agencyAliases.alias }).from(agencyAliases);
    const aliasHits = new Set(aliasRows.filter((a) => matches(a.alias)).map((a) => a.agencyId));
    rows = rows.filter((a) => matches(a.name) || aliasHits.has(a.id));
  }
  return rows.sort((a, b) => compareVietnamese(a.name, b.name));
}

/** The agency page: profile, names over time, aliases, reorganisation events and what it owes. */
export async function getAgencyProfile(ctx: RequestContext, agencyId: number, options: { asOf: string; planId?: number }) {
  authorize(ctx.actor, 'agency.read', agencyId);
  const [agency] = await ctx.db.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new AppError('NOT_FOUND', `Không tìm thấy cơ quan #${agencyId} / Agency not found`);
  const names = await ctx.db.select().from(agencyNames).where(eq(agencyNames.agencyId, agencyId)).orderBy(asc(agencyNames.validFrom));
  const aliases = await ctx.db.select().from(agencyAliases).where(eq(agencyAliases.agencyId, agencyId)).orderBy(asc(agencyAliases.alias));
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
    direction: link.fromAgencyId === agencyId && link.toAgencyId !== agencyId ? ('outgoing' as const) : ('incoming' as const),
    from: { id: link.fromAgencyId, name: nameOf(link.fromAgencyId) },
    to: link.toAgencyId === null ? null : { id: link.toAgencyId, name: nameOf(link.toAgencyId) },
    functions: link.functions,
  }));
  const planRows = await ctx.db.select({ id: plans.id, year: plans.year, title: plans.title }).from(plans).orderBy(asc(plans.year));
  const plan = options.planId ? planRows.find((p) => p.id === options.planId) : (planRows.find((p) => options.asOf.startsWith(String(p.year))) ?? planRows.at(-1));
  const owes = plan ? computeOwes(snapshot, await loadPlanRoles(ctx.db, plan.id), agencyId, options.asOf) : [];
  const groups = [...snapshot.groups.values()].filter((g) => groupMembersOn(snapshot, g.id, options.asOf).includes(agencyId)).map((g) => ({ id: g.id, name: g.name }));
  return {
    agency: { ...agency, existsOnDate: existsOn(agency, options.asOf) },
    names,
    aliases,
    history,
    groups,
    asOf: options.asOf,
    plans: planRows,
    plan: plan ?? null,
    owes,
  };
}

/** Lists groups with their aliases and their members on a date. */
export async function listGroups(ctx: RequestContext, asOf: string) {
  authorize(ctx.actor, 'agency.read');
  const groupRows = await ctx.db.select().from(agencyGroups).orderBy(asc(agencyGroups.name));
  const aliasRows = await ctx.db.select().from(groupAliases);
  const snapshot = await loadOrgSnapshot(ctx.db);
  return groupRows.map((g) => ({
    ...g,
    aliases: aliasRows.filter((a) => a.groupId === g.id).map((a) => a.alias),
    members: groupMembersOn(snapshot, g.id, asOf)
      .map((id) => ({ id, name: snapshot.agencies.get(id)!.name }))
      .sort((a, b) => compareVietnamese(a.name, b.name)),
  }));
}

/** Lists reorganisation events, newest first, with their links by name. */
export async function listSuccessionEvents(ctx: RequestContext) {
  authorize(ctx.actor, 'agency.read');
  const events = await ctx.db.select().from(successionEvents).orderBy(sql`${successionEvents.effectiveOn} desc, ${successionEvents.id} desc`);
  const links = await ctx.db.select().from(successionLinks);
  const snapshot = await loadOrgSnapshot(ctx.db);
  const nameOf = (id: number | null) => (id === null ? null : (snapshot.agencies.get(id)?.name ?? `#${id}`));
  return events.map((e) => ({
    ...e,
    links: links.filter((l) => l.eventId === e.id).map((l) => ({ ...l, fromName: nameOf(l.fromAgencyId), toName: nameOf(l.toAgencyId) })),
  }));
}
