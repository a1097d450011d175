import { addDays } from '../../../common/calendar/index.js';
import { asc } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { authorize } from '../../policies/policy.js';
import { computeOwes } from '../plans/owes.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { buildSnapshot, type SnapshotLink } from './org-snapshot.js';
import { loadOrgSnapshot } from './organisations.data.js';
import { assertEventShape, SuccessionEventInput } from './record-succession-event.js';
import { resolveHolders } from './resolve-holders.js';

/**
 * What would move if the event were recorded: for every plan, each duty the source agencies hold
 * the day before, and who would hold it on the effective date. Nothing is written.
 */
export async function previewSuccessionEvent(ctx: RequestContext, raw: unknown) {
  authorize(ctx.actor, 'agency.manage');
  const input = SuccessionEventInput.parse(raw);
  assertEventShape(input);
  const current = await loadOrgSnapshot(ctx.db);
  const existingLinks = [...current.linksFrom.values()].flat();
  const proposed: SnapshotLink[] = input.links.map((l) => ({
    eventId: -1, kind: input.kind, effectiveOn: input.effectiveOn, legalBasis: input.legalBasis ?? null,
    fromAgencyId: l.fromAgencyId, toAgencyId: l.toAgencyId, functions: l.functions,
  }));
  const closing = new Set(input.kind === 'merge' || input.kind === 'split' || input.kind === 'dissolve' ? input.links.map((l) => l.fromAgencyId) : []);
  const agencies = [...current.agencies.values()].map((a) => (closing.has(a.id) ? { ...a, validTo: addDays(input.effectiveOn, -1) } : a));
  const hypothetical = buildSnapshot(agencies, [...current.groups.values()], [...existingLinks, ...proposed]);
  const before = addDays(input.effectiveOn, -1);
  const sources = [...new Set(input.links.map((l) => l.fromAgencyId))];
  const planRows = await ctx.db.select({ id: plans.id }).from(plans).orderBy(asc(plans.year));
  const moves = [];
  for (const { id } of planRows) {
    const roles = await loadPlanRoles(ctx.db, id);
    if (input.effectiveOn > `${roles.plan.year}-12-31`) continue;
    for (const source of sources) {
      for (const owed of computeOwes(current, roles, source, before)) {
        const role = roles.tasks.find((t) => t.id === owed.taskId)?.roles.find((r) => r.id === owed.roleId);
        const holders = role?.target
          ? resolveHolders(hypothetical, role.target, { planFunction: roles.function, referenceDate: roles.referenceDate, asOf: input.effectiveOn })
          : [];
        moves.push({
          planId: id,
          planYear: roles.plan.year,
          code: owed.code,
          title: owed.title,
          role: owed.role,
          from: { id: source, name: current.agencies.get(source)?.name ?? `#${source}` },
          stays: holders.some((h) => h.agencyId === source),
          to: holders.filter((h) => h.agencyId !== source).map((h) => ({ id: h.agencyId, name: hypothetical.agencies.get(h.agencyId)?.name ?? `#${h.agencyId}` })),
        });
      }
    }
  }
  return { effectiveOn: input.effectiveOn, moves };
}
