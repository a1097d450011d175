import { addDays } from '../../../common/calendar/index.js';
import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { foldDiacritics, nameKey, normalizeText } from '../../../common/text/vietnamese.js';
import { UpdateAgencyBody, AddAliasBody } from '../../../common/contracts/organisations.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { agencies, agencyNames } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertNameFree, insertAlias } from './create-agency.js';

/** Loads an agency or answers 404. */
export async function getAgencyRow(ctx: RequestContext, agencyId: number) {
  const [row] = await ctx.db.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${agencyId}` });
  return row;
}

/**
 * Edits an agency's attributes (not its name: a rename is a dated succession event). The version
 * check turns a concurrent edit into a clear VERSION_CONFLICT instead of a lost update.
 */
export async function updateAgency(ctx: RequestContext, agencyId: number, raw: UpdateAgencyBody) {
  authorize(ctx.actor, 'agency.manage');
  const input = UpdateAgencyBody.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx.select().from(agencies).where(eq(agencies.id, agencyId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${agencyId}` });
    if (before.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    }
    const [after] = await tx
      .update(agencies)
      .set({
        kind: input.kind ?? before.kind,
        parentId: input.parentId === undefined ? before.parentId : input.parentId,
        note: input.note === undefined ? before.note : input.note,
        validTo: input.validTo === undefined ? before.validTo : input.validTo,
        version: before.version + 1,
      })
      .where(and(eq(agencies.id, agencyId), eq(agencies.version, input.version)))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'agency.update',
      subjectType: 'agency',
      subjectId: agencyId,
      before,
      after,
    });
    return after!;
  });
}

/** Records another way of writing an agency's name (e.g. as printed in an imported plan). */
export async function addAgencyAlias(ctx: RequestContext, agencyId: number, raw: z.input<typeof AddAliasBody>) {
  authorize(ctx.actor, 'agency.manage');
  const input = AddAliasBody.parse(raw);
  await getAgencyRow(ctx, agencyId);
  return inTransaction(ctx.db, async (tx) => {
    const added = await insertAlias(tx, agencyId, input.alias, input.kind);
    if (!added) throw new AppError('DUPLICATE_ALIAS', { alias: input.alias });
    await recordAuditEvent(tx, ctx, {
      action: 'agency.alias.add',
      subjectType: 'agency',
      subjectId: agencyId,
      after: input,
    });
    return { agencyId, ...input };
  });
}

/** Applies a rename on a date: closes the old name row, opens the new one; the id stays. */
export async function applyRename(tx: Tx, agencyId: number, newName: string, effectiveOn: string) {
  const name = normalizeText(newName);
  const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${agencyId}` });
  await assertNameFree(tx, agency.province, name, agencyId);
  const dayBefore = addDays(effectiveOn, -1);
  await tx
    .update(agencyNames)
    .set({ validTo: dayBefore })
    .where(and(eq(agencyNames.agencyId, agencyId), isNull(agencyNames.validTo)));
  await tx.insert(agencyNames).values({ agencyId, name, validFrom: effectiveOn });
  await insertAlias(tx, agencyId, agency.name, 'former-name');
  await tx
    .update(agencies)
    .set({ name, nameKey: nameKey(name), search: foldDiacritics(name), version: agency.version + 1 })
    .where(eq(agencies.id, agencyId));
}
