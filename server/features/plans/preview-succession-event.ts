import { addDays } from '../../../common/calendar/index.js';
import { asc, ne } from 'drizzle-orm';
import type { SuccessionPreviewPlan } from '../../../common/contracts/organisations.js';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import type { TaskRoleKind } from '../../db/schema/plans.js';
import { authorize } from '../../policies/policy.js';
import { buildSnapshot, type OrgSnapshot, type SnapshotLink } from '../organisations/org-snapshot.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { SuccessionEventBody } from '../../../common/contracts/organisations.js';
import { assertEventShape } from '../organisations/record-succession-event.js';
import { followSuccession } from '../organisations/resolve-holders.js';
import { compareTaskCodes, computeOwes, type PlanRoles } from './owes.js';
import { loadPlanRoles } from './plan-roles.data.js';

const ROLE_ORDER: TaskRoleKind[] = ['lead', 'coordinator', 'implementer', 'guide'];

/**
 * What would move if the event were recorded, plan by plan: each task a source agency holds the day
 * before and no longer holds on the effective date, listed once (whatever the number of roles or
 * sources), with the agencies that take it over and whether they already do it; and the tasks the
 * sources keep. Nothing is written.
 */
export async function previewSuccessionEvent(ctx: RequestContext, raw: unknown) {
  authorize(ctx.actor, 'agency.manage');
  const input = SuccessionEventBody.parse(raw);
  assertEventShape(input);
  const current = await loadOrgSnapshot(ctx.db);
  const hypothetical = withEvent(current, input);
  const before = addDays(input.effectiveOn, -1);
  const sources = [...new Set(input.links.map((l) => l.fromAgencyId))];
  // Archived versions owe nothing any more; a draft or an issued plan does.
  const planRows = await ctx.db
    .select({ id: plans.id, number: plans.number })
    .from(plans)
    .where(ne(plans.status, 'archived'))
    .orderBy(asc(plans.year), asc(plans.id));
  const result: SuccessionPreviewPlan[] = [];
  for (const { id } of planRows) {
    const roles = await loadPlanRoles(ctx.db, id);
    if (input.effectiveOn > `${roles.plan.year}-12-31`) continue;
    const { moving, staying } = movesInPlan(current, hypothetical, roles, sources, before, input.effectiveOn);
    if (moving.length === 0 && staying.length === 0) continue;
    result.push({
      planId: id,
      year: roles.plan.year,
      title: roles.plan.title,
      number: roles.plan.number,
      status: roles.plan.status,
      moving,
      staying,
    });
  }
  return { effectiveOn: input.effectiveOn, plans: result };
}

/** The registry as it would be with the event recorded: its links added, merged or split sources closed. */
function withEvent(current: OrgSnapshot, input: ReturnType<typeof SuccessionEventBody.parse>): OrgSnapshot {
  const proposed: SnapshotLink[] = input.links.map((l) => ({
    eventId: -1,
    kind: input.kind,
    effectiveOn: input.effectiveOn,
    legalBasis: input.legalBasis ?? null,
    fromAgencyId: l.fromAgencyId,
    toAgencyId: l.toAgencyId,
    functions: l.functions,
  }));
  const closing = new Set(
    input.kind === 'merge' || input.kind === 'split' || input.kind === 'dissolve'
      ? input.links.map((l) => l.fromAgencyId)
      : [],
  );
  const agencies = [...current.agencies.values()].map((a) =>
    closing.has(a.id) ? { ...a, validTo: addDays(input.effectiveOn, -1) } : a,
  );
  const existing = [...current.linksFrom.values()].flat();
  return buildSnapshot(agencies, [...current.groups.values()], [...existing, ...proposed]);
}

type Ref = { id: number; name: string };

/**
 * One plan's tasks that change hands. A duty stays when the rules still give it to the source on the
 * effective date (a transfer of another function, a group the source still belongs to); otherwise
 * it follows the source's succession — only those successors are named, never every holder of a
 * group role, so a merge of one department reads as one department taking over.
 */
function movesInPlan(
  current: OrgSnapshot,
  hypothetical: OrgSnapshot,
  plan: PlanRoles,
  sources: number[],
  before: string,
  effectiveOn: string,
): Pick<SuccessionPreviewPlan, 'moving' | 'staying'> {
  const name = (snapshot: OrgSnapshot, id: number) => snapshot.agencies.get(id)?.name ?? `#${id}`;
  const heldBefore = new Map<number, Set<number>>();
  const tasksHeldBefore = (agencyId: number) => {
    let held = heldBefore.get(agencyId);
    if (!held) {
      held = new Set(computeOwes(current, plan, agencyId, before).map((o) => o.taskId));
      heldBefore.set(agencyId, held);
    }
    return held;
  };
  type Move = { taskId: number; code: string; title: string; roles: Set<TaskRoleKind>; from: Ref[]; to: Ref[] };
  const moving = new Map<number, Move>();
  const staying = new Map<number, { taskId: number; code: string; title: string }>();
  for (const source of sources) {
    const owedBefore = computeOwes(current, plan, source, before);
    if (owedBefore.length === 0) continue;
    const keeps = new Set(computeOwes(hypothetical, plan, source, effectiveOn).map((o) => `${o.taskId}:${o.role}`));
    const successors = followSuccession(hypothetical, source, plan.function, effectiveOn, [], before)
      .map((h) => h.agencyId)
      .filter((id) => id !== source);
    for (const owed of owedBefore) {
      if (keeps.has(`${owed.taskId}:${owed.role}`)) {
        staying.set(owed.taskId, { taskId: owed.taskId, code: owed.code, title: owed.title });
        continue;
      }
      const move = moving.get(owed.taskId) ?? {
        taskId: owed.taskId,
        code: owed.code,
        title: owed.title,
        roles: new Set<TaskRoleKind>(),
        from: [],
        to: [],
      };
      move.roles.add(owed.role);
      if (!move.from.some((f) => f.id === source)) move.from.push({ id: source, name: name(current, source) });
      for (const id of successors)
        if (!move.to.some((t) => t.id === id)) move.to.push({ id, name: name(hypothetical, id) });
      moving.set(owed.taskId, move);
    }
  }
  for (const taskId of moving.keys()) staying.delete(taskId);
  const byCode = <T extends { code: string }>(list: T[]) => list.sort((a, b) => compareTaskCodes(a.code, b.code));
  return {
    moving: byCode(
      [...moving.values()].map((m) => ({
        taskId: m.taskId,
        code: m.code,
        title: m.title,
        roles: ROLE_ORDER.filter((r) => m.roles.has(r)),
        from: m.from,
        to: m.to.map((t) => ({ ...t, alreadyHolds: tasksHeldBefore(t.id).has(m.taskId) })),
      })),
    ),
    staying: byCode([...staying.values()]),
  };
}
