import type { OrgSnapshot } from '../organisations/org-snapshot.js';
import { existsOn } from '../organisations/org-snapshot.js';
import { resolveHolders } from '../organisations/resolve-holders.js';
import type { PlanRoles } from '../plans/owes.js';

/** Who must report in a period and on which tasks. */
export type ComputedObligation = { agencyId: number; taskIds: number[] };

/**
 * Every agency that owes at least one task of the plan on `asOf` — directly, through a group or
 * through succession — with the tasks it owes. It is `computeOwes` turned around (one resolution per
 * task role instead of one pass per agency), so the answers agree. Holders are resolved to the
 * agencies that exist on `asOf`, so a merged agency appears once, as the successor carrying its
 * predecessors' tasks: the expected count — the denominator of every rate — is never inflated.
 */
export function computeObligations(snapshot: OrgSnapshot, plan: PlanRoles, asOf: string): ComputedObligation[] {
  const tasksByAgency = new Map<number, Set<number>>();
  for (const task of plan.tasks) {
    for (const role of task.roles) {
      if (!role.target) continue;
      for (const holder of resolveHolders(snapshot, role.target, {
        planFunction: plan.function,
        referenceDate: plan.referenceDate,
        asOf,
      })) {
        const agency = snapshot.agencies.get(holder.agencyId);
        // A holder that no longer exists (dissolved with no successor) cannot report.
        if (!agency || !existsOn(agency, asOf)) continue;
        const set = tasksByAgency.get(holder.agencyId) ?? new Set<number>();
        set.add(task.id);
        tasksByAgency.set(holder.agencyId, set);
      }
    }
  }
  const order = new Map(plan.tasks.map((t, i) => [t.id, i]));
  return [...tasksByAgency.entries()]
    .map(([agencyId, ids]) => ({ agencyId, taskIds: [...ids].sort((a, b) => order.get(a)! - order.get(b)!) }))
    .sort((a, b) => a.agencyId - b.agencyId);
}
