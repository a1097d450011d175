import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { compareVietnamese, wordMatcher } from '../../../common/text/vietnamese.js';
import type { GroupView, SuccessionEventView } from '../../../common/contracts/organisations.js';
import type { RequestContext } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import {
  agencies,
  agencyAliases,
  agencyGroups,
  groupAliases,
  successionEvents,
  successionLinks,
} from '../../db/schema/organisations.js';
import { AppError } from '../../../common/errors.js';
import { authorize, readsAllAgencies } from '../../policies/policy.js';
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
  if (!readsAllAgencies(ctx.actor) && ctx.actor.kind === 'user')
    conditions.push(inArray(agencies.id, ctx.actor.agencyScope.length ? ctx.actor.agencyScope : [-1]));
  let rows = await ctx.db
    .select()
    .from(agencies)
    .where(and(...conditions));
  const aliasRows = await ctx.db
    .select({ agencyId: agencyAliases.agencyId, alias: agencyAliases.alias })
    .from(agencyAliases)
    .orderBy(asc(agencyAliases.id));
  const aliasesOf = new Map<number, string[]>();
  for (const a of aliasRows) aliasesOf.set(a.agencyId, [...(aliasesOf.get(a.agencyId) ?? []), a.alias]);
  if (filter.q) {
    // Aliases ("Sở TT&TT", "Đài PTTH tỉnh") count as much as names; matched without diacritics.
    const matches = wordMatcher(filter.q);
    rows = rows.filter((a) => matches(a.name) || (aliasesOf.get(a.id) ?? []).some(matches));
  }
  // Pickers search the aliases too ("UBND xã Mèo Vạc", "Sở VHTTDL"), so they come with each agency.
  return rows
    .map((a) => ({ ...a, aliases: aliasesOf.get(a.id) ?? [] }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
}

/** Lists groups with their aliases, explicit includes and excludes, and their members on a date. */
export async function listGroups(ctx: RequestContext, asOf: string): Promise<GroupView[]> {
  authorize(ctx.actor, 'agency.read');
  const groupRows = await ctx.db.select().from(agencyGroups).orderBy(asc(agencyGroups.name));
  return presentGroups(ctx.db, groupRows, asOf);
}

/** One group as lists show it (NOT_FOUND when it does not exist). */
export async function findGroupView(db: Db | Tx, groupId: number, asOf: string): Promise<GroupView> {
  const rows = await db.select().from(agencyGroups).where(eq(agencyGroups.id, groupId));
  if (!rows.length) throw new AppError('NOT_FOUND', { resource: 'group', id: `#${groupId}` });
  return (await presentGroups(db, rows, asOf))[0]!;
}

async function presentGroups(db: Db | Tx, groupRows: Array<typeof agencyGroups.$inferSelect>, asOf: string) {
  const aliasRows = await db.select().from(groupAliases);
  const snapshot = await loadOrgSnapshot(db);
  const named = (ids: number[]) =>
    ids
      .map((id) => ({ id, name: snapshot.agencies.get(id)?.name ?? `#${id}` }))
      .sort((a, b) => compareVietnamese(a.name, b.name));
  return groupRows.map((g) => {
    const known = snapshot.groups.get(g.id);
    return {
      ...g,
      aliases: aliasRows.filter((a) => a.groupId === g.id).map((a) => a.alias),
      includes: named(known?.includes ?? []),
      excludes: named(known?.excludes ?? []),
      members: named(groupMembersOn(snapshot, g.id, asOf)),
    };
  });
}

/** Lists reorganisation events, newest first, with their links by name. */
export async function listSuccessionEvents(ctx: RequestContext): Promise<SuccessionEventView[]> {
  authorize(ctx.actor, 'agency.read');
  return presentEvents(ctx.db);
}

/** One reorganisation event with its links by name. */
export async function findSuccessionEventView(db: Db | Tx, eventId: number): Promise<SuccessionEventView> {
  const [event] = await presentEvents(db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${eventId}` });
  return event;
}

async function presentEvents(db: Db | Tx, eventId?: number): Promise<SuccessionEventView[]> {
  const events = await db
    .select()
    .from(successionEvents)
    .where(eventId === undefined ? undefined : eq(successionEvents.id, eventId))
    .orderBy(sql`${successionEvents.effectiveOn} desc, ${successionEvents.id} desc`);
  const links = await db
    .select()
    .from(successionLinks)
    .where(eventId === undefined ? undefined : eq(successionLinks.eventId, eventId));
  const snapshot = await loadOrgSnapshot(db);
  const nameOf = (id: number | null) => (id === null ? null : (snapshot.agencies.get(id)?.name ?? `#${id}`));
  return events.map((e) => ({
    ...e,
    links: links
      .filter((l) => l.eventId === e.id)
      .map((l) => ({ ...l, fromName: nameOf(l.fromAgencyId), toName: nameOf(l.toAgencyId) })),
  }));
}
