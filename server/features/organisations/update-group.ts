import { and, eq, inArray } from 'drizzle-orm';
import { type GroupView, UpdateGroupBody } from '../../../common/contracts/organisations.js';
import { AppError } from '../../../common/errors.js';
import { nameKey, normalizeText } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { agencies, agencyGroups, groupAliases, groupMembers } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { findGroupView } from './organisations.queries.js';

/**
 * Changes a group's membership rule, its explicit includes and excludes, or its aliases, with a
 * version check. Who owes what through the group follows at once (the registry version is bumped).
 */
export async function updateGroup(ctx: RequestContext, groupId: number, raw: UpdateGroupBody): Promise<GroupView> {
  authorize(ctx.actor, 'agency.manage');
  const input = UpdateGroupBody.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const [group] = await tx.select().from(agencyGroups).where(eq(agencyGroups.id, groupId)).for('update');
    if (!group) throw new AppError('NOT_FOUND', { resource: 'group', id: `#${groupId}` });
    if (group.version !== input.version) throw new AppError('VERSION_CONFLICT', { currentVersion: group.version });
    const before = await findGroupView(tx, groupId, ctx.clock.today());
    const rule = input.rule === undefined ? group.rule : input.rule;
    const includes =
      input.includes ??
      (
        await tx
          .select({ id: groupMembers.agencyId })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.mode, 'include')))
      ).map((m) => m.id);
    if (!group.isOpen && !rule && includes.length === 0) throw new AppError('CLOSED_GROUP_NEEDS_RULE');
    const memberIds = [...(input.includes ?? []), ...(input.excludes ?? [])];
    if (memberIds.length) {
      const found = await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, memberIds));
      if (found.length !== new Set(memberIds).size) throw new AppError('NOT_FOUND', { resource: 'agency', id: '' });
    }
    await tx
      .update(agencyGroups)
      .set({ rule: group.isOpen ? null : rule, version: group.version + 1 })
      .where(eq(agencyGroups.id, groupId));
    for (const [mode, ids] of [
      ['include', input.includes],
      ['exclude', input.excludes],
    ] as const) {
      if (!ids) continue;
      await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.mode, mode)));
      // An agency cannot be both included and excluded: the later list in the request wins.
      if (ids.length) {
        await tx
          .delete(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.agencyId, ids)));
        await tx.insert(groupMembers).values([...new Set(ids)].map((agencyId) => ({ groupId, agencyId, mode })));
      }
    }
    if (input.aliases) {
      await tx.delete(groupAliases).where(eq(groupAliases.groupId, groupId));
      for (const alias of input.aliases) {
        const text = normalizeText(alias);
        await tx
          .insert(groupAliases)
          .values({ groupId, alias: text, aliasKey: nameKey(text) })
          .onConflictDoNothing();
      }
    }
    const after = await findGroupView(tx, groupId, ctx.clock.today());
    await recordAuditEvent(tx, ctx, {
      action: 'group.update',
      subjectType: 'group',
      subjectId: groupId,
      before,
      after,
    });
    return after;
  });
}
