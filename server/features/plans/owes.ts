import type { TaskRoleKind } from '../../db/schema/plans.js';
import type { OrgSnapshot } from '../organisations/org-snapshot.js';
import { describePath, type PathStep, resolveHolders, type RoleTarget } from '../organisations/resolve-holders.js';

/** A plan's tasks and roles in the shape the obligation rules need. */
export type PlanRoles = {
  planId: number;
  function: string;
  /** The date the plan's assignments refer to: its issue date, else 1 January of its year. */
  referenceDate: string;
  tasks: Array<{
    id: number;
    code: string;
    title: string;
    roles: Array<{ id: number; role: TaskRoleKind; asPrinted: string; target: RoleTarget | null }>;
  }>;
};

/** One duty an agency owes: a task, the role, and why it falls to this agency. */
export type Obligation = {
  taskId: number;
  /** The task role the duty comes from (a task may print several agencies for one role). */
  roleId: number;
  code: string;
  title: string;
  role: TaskRoleKind;
  asPrinted: string;
  path: PathStep[];
  via: string;
  viaKind: 'direct' | 'group' | 'succession';
};

const ROLE_ORDER: Record<TaskRoleKind, number> = { lead: 0, coordinator: 1, implementer: 2, guide: 3 };

/**
 * What the agency owes in the plan on `asOf`: every task role whose holders on that date include
 * it — directly, through a group's membership, or through succession — with the path that explains it.
 */
export function computeOwes(snapshot: OrgSnapshot, plan: PlanRoles, agencyId: number, asOf: string): Obligation[] {
  const result: Obligation[] = [];
  for (const task of plan.tasks) {
    const byRole = new Map<TaskRoleKind, Obligation>();
    for (const role of task.roles) {
      if (!role.target) continue;
      const holders = resolveHolders(snapshot, role.target, {
        planFunction: plan.function,
        referenceDate: plan.referenceDate,
        asOf,
      });
      const mine = holders.find((h) => h.agencyId === agencyId);
      if (!mine) continue;
      const obligation: Obligation = {
        taskId: task.id,
        roleId: role.id,
        code: task.code,
        title: task.title,
        role: role.role,
        asPrinted: role.asPrinted,
        path: mine.path,
        via: describePath(mine.path),
        viaKind: mine.path.some((s) => s.kind === 'succession')
          ? 'succession'
          : mine.path.some((s) => s.kind !== 'direct')
            ? 'group'
            : 'direct',
      };
      const existing = byRole.get(role.role);
      // A direct assignment explains the duty better than a group that also contains the agency.
      if (!existing || rankVia(obligation) < rankVia(existing)) byRole.set(role.role, obligation);
    }
    result.push(...byRole.values());
  }
  return result.sort((a, b) => compareTaskCodes(a.code, b.code) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

function rankVia(o: Obligation): number {
  return o.viaKind === 'direct' ? 0 : o.viaKind === 'succession' ? 1 : 2;
}

/** Orders task codes numerically part by part: 2.3 < 2.3.1 < 2.10. */
export function compareTaskCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    const diff = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
    if (diff !== 0) return diff;
  }
  return 0;
}
