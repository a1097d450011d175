import { nameKey, normalizeText } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { CreateGroupBody } from '../../../common/contracts/organisations.js';
import { agencyGroups, groupAliases, groupMembers } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { findGroupView } from './organisations.queries.js';

/** Defines a group as a dated membership rule ("các sở, ban, ngành"), a list of agencies, or an open group. */
export async function createGroup(ctx: RequestContext, raw: CreateGroupBody) {
  authorize(ctx.actor, 'agency.manage');
  const input = CreateGroupBody.parse(raw);
  // A closed group is a rule ("các sở, ban, ngành") or a list of agencies ("UBND các xã biên giới").
  if (!input.isOpen && !input.rule && input.includes.length === 0) throw new AppError('CLOSED_GROUP_NEEDS_RULE');
  const name = normalizeText(input.name);
  return inTransaction(ctx.db, async (tx) => {
    const inserted = await tx
      .insert(agencyGroups)
      .values({
        name,
        nameKey: nameKey(name),
        isOpen: input.isOpen,
        rule: input.isOpen ? null : input.rule,
        province: input.province,
        validFrom: input.validFrom,
      })
      .onConflictDoNothing()
      .returning();
    const group = inserted[0];
    if (!group) throw new AppError('DUPLICATE_NAME', { name });
    for (const alias of input.aliases) {
      const text = normalizeText(alias);
      await tx
        .insert(groupAliases)
        .values({ groupId: group.id, alias: text, aliasKey: nameKey(text) })
        .onConflictDoNothing();
    }
    const members = [
      ...input.includes.map((agencyId) => ({ groupId: group.id, agencyId, mode: 'include' as const })),
      ...input.excludes.map((agencyId) => ({ groupId: group.id, agencyId, mode: 'exclude' as const })),
    ];
    if (members.length) await tx.insert(groupMembers).values(members);
    await recordAuditEvent(tx, ctx, {
      action: 'group.create',
      subjectType: 'group',
      subjectId: group.id,
      after: { ...group, aliases: input.aliases },
    });
    return findGroupView(tx, group.id, ctx.clock.today());
  });
}
