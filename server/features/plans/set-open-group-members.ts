import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { agencies, agencyGroups } from '../../db/schema/organisations.js';
import { plans, taskRoleMembers, taskRoles, tasks } from '../../db/schema/plans.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

export const OpenGroupMembersInput = z.object({ agencyIds: z.array(z.number().int().positive()).max(500) });

/**
 * Names the members of an open group ("các cơ quan có liên quan") on one task role; they then owe
 * that role like any other holder. Bumps the plan's version so cached task roles reload.
 */
export async function setOpenGroupMembers(
  ctx: RequestContext,
  taskRoleId: number,
  raw: z.input<typeof OpenGroupMembersInput>,
) {
  authorize(ctx.actor, 'plan.manage');
  const input = OpenGroupMembersInput.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const [role] = await tx
      .select({ id: taskRoles.id, groupId: taskRoles.groupId, planId: tasks.planId, code: tasks.code })
      .from(taskRoles)
      .innerJoin(tasks, eq(tasks.id, taskRoles.taskId))
      .where(eq(taskRoles.id, taskRoleId));
    if (!role) throw new AppError('NOT_FOUND', { resource: 'taskRole', id: `#${taskRoleId}` });
    const [group] =
      role.groupId === null ? [] : await tx.select().from(agencyGroups).where(eq(agencyGroups.id, role.groupId));
    if (!group?.isOpen) throw new AppError('GROUP_NOT_OPEN');
    const ids = [...new Set(input.agencyIds)];
    const found = ids.length
      ? await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids))
      : [];
    if (found.length !== ids.length) throw new AppError('NOT_FOUND', { resource: 'agency', id: '' });
    const before = await tx
      .select({ agencyId: taskRoleMembers.agencyId })
      .from(taskRoleMembers)
      .where(eq(taskRoleMembers.taskRoleId, taskRoleId));
    await tx.delete(taskRoleMembers).where(eq(taskRoleMembers.taskRoleId, taskRoleId));
    if (ids.length) await tx.insert(taskRoleMembers).values(ids.map((agencyId) => ({ taskRoleId, agencyId })));
    const [plan] = await tx.select({ version: plans.version }).from(plans).where(eq(plans.id, role.planId));
    await tx
      .update(plans)
      .set({ version: plan!.version + 1 })
      .where(eq(plans.id, role.planId));
    await recordAuditEvent(tx, ctx, {
      action: 'task.open-group.set',
      subjectType: 'task-role',
      subjectId: taskRoleId,
      before: before.map((b) => b.agencyId),
      after: ids,
    });
    return { taskRoleId, code: role.code, agencyIds: ids };
  });
}
