import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { plans, taskRoleMembers, taskRoles, tasks } from '../../db/schema/plans.js';
import { AppError } from '../../../common/errors.js';
import { cachedByVersions } from '../organisations/registry-version.js';
import type { PlanRoles } from './owes.js';

/**
 * Loads a plan with its tasks, roles and open-group members for the obligation rules; cached under
 * the province's plans version, which every change to a plan's rows bumps (a trigger).
 */
export function loadPlanRoles(db: Db | Tx, planId: number): Promise<PlanRoles & { plan: typeof plans.$inferSelect }> {
  return cachedByVersions(db, `plan-roles:${planId}`, ['plans-version'], () => loadPlanRolesFresh(db, planId));
}

async function loadPlanRolesFresh(
  db: Db | Tx,
  planId: number,
): Promise<PlanRoles & { plan: typeof plans.$inferSelect }> {
  const [plan] = await db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw new AppError('NOT_FOUND', { resource: 'plan', id: `#${planId}` });
  const roles = await loadTaskRoles(db, plan.id);
  return {
    plan,
    planId: plan.id,
    function: plan.function,
    referenceDate: plan.issuedOn ?? `${plan.year}-01-01`,
    tasks: roles,
  };
}

async function loadTaskRoles(db: Db | Tx, planId: number): Promise<PlanRoles['tasks']> {
  const taskRows = await db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.position));
  const taskIds = taskRows.map((t) => t.id);
  const roleRows = taskIds.length
    ? await db.select().from(taskRoles).where(inArray(taskRoles.taskId, taskIds)).orderBy(asc(taskRoles.position))
    : [];
  const roleIds = roleRows.map((r) => r.id);
  const memberRows = roleIds.length
    ? await db.select().from(taskRoleMembers).where(inArray(taskRoleMembers.taskRoleId, roleIds))
    : [];
  const membersByRole = new Map<number, number[]>();
  for (const m of memberRows) membersByRole.set(m.taskRoleId, [...(membersByRole.get(m.taskRoleId) ?? []), m.agencyId]);
  const rolesByTask = new Map<number, PlanRoles['tasks'][number]['roles']>();
  for (const r of roleRows) {
    const target =
      r.agencyId !== null
        ? { type: 'agency' as const, agencyId: r.agencyId }
        : r.groupId !== null
          ? { type: 'group' as const, groupId: r.groupId, openMembers: membersByRole.get(r.id) ?? [] }
          : null;
    const list = rolesByTask.get(r.taskId) ?? [];
    list.push({ id: r.id, role: r.role, asPrinted: r.asPrinted, target });
    rolesByTask.set(r.taskId, list);
  }
  return taskRows.map((t) => ({ id: t.id, code: t.code, title: t.title, roles: rolesByTask.get(t.id) ?? [] }));
}
