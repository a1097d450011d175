import { z } from 'zod';
import { nameKey, normalizeText } from '../../../common/text/vietnamese.js';
import type { RequestContext } from '../../context.js';
import { AGENCY_KINDS, agencyGroups, groupAliases, groupMembers } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { bumpRegistryVersion } from './registry-version.js';

export const CreateGroupInput = z.object({
  name: z.string().trim().min(2).max(300),
  province: z.string().trim().min(2).max(100),
  isOpen: z.boolean().default(false),
  rule: z.object({ kinds: z.array(z.enum(AGENCY_KINDS)).min(1), provinces: z.array(z.string()).optional() }).nullable().default(null),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  includes: z.array(z.number().int().positive()).default([]),
  excludes: z.array(z.number().int().positive()).default([]),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default('2000-01-01'),
});
export type CreateGroupInput = z.input<typeof CreateGroupInput>;

/** Defines a group as a dated membership rule ("các sở, ban, ngành") or an open group. */
export async function createGroup(ctx: RequestContext, raw: CreateGroupInput) {
  authorize(ctx.actor, 'agency.manage');
  const input = CreateGroupInput.parse(raw);
  if (!input.isOpen && !input.rule) throw new AppError('VALIDATION_FAILED', 'Nhóm đóng cần quy tắc thành viên / A closed group needs a membership rule');
  const name = normalizeText(input.name);
  return inTransaction(ctx.db, async (tx) => {
    const inserted = await tx
      .insert(agencyGroups)
      .values({ name, nameKey: nameKey(name), isOpen: input.isOpen, rule: input.isOpen ? null : input.rule, province: input.province, validFrom: input.validFrom })
      .onConflictDoNothing()
      .returning();
    const group = inserted[0];
    if (!group) throw new AppError('DUPLICATE_NAME', `Đã có nhóm “${name}” / Group already exists`);
    for (const alias of input.aliases) {
      const text = normalizeText(alias);
      await tx.insert(groupAliases).values({ groupId: group.id, alias: text, aliasKey: nameKey(text) }).onConflictDoNothing();
    }
    const members = [...input.includes.map((agencyId) => ({ groupId: group.id, agencyId, mode: 'include' as const })), ...input.excludes.map((agencyId) => ({ groupId: group.id, agencyId, mode: 'exclude' as const }))];
    if (members.length) await tx.insert(groupMembers).values(members);
    await bumpRegistryVersion(tx);
    await recordAuditEvent(tx, ctx, { action: 'group.create', subjectType: 'group', subjectId: group.id, after: { ...group, aliases: input.aliases } });
    return group;
  });
}
