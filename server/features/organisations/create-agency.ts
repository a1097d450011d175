import { and, eq, isNull } from 'drizzle-orm';
import { foldDiacritics, nameKey, normalizeText } from '../../../common/text/vietnamese.js';
import { CreateAgencyBody } from '../../../common/contracts/organisations.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { type ALIAS_KINDS, agencies, agencyAliases, agencyNames } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/** Refuses a name that another agency of the province already bears while both exist. */
export async function assertNameFree(tx: Tx, province: string, name: string, exceptId?: number): Promise<void> {
  const clash = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.province, province), eq(agencies.nameKey, nameKey(name)), isNull(agencies.validTo)));
  if (clash.some((row) => row.id !== exceptId)) {
    throw new AppError('DUPLICATE_NAME', { name });
  }
}

/** Adds an agency to the registry with its aliases; coordinators and admins only. */
export async function createAgency(ctx: RequestContext, raw: CreateAgencyBody) {
  authorize(ctx.actor, 'agency.manage');
  const input = CreateAgencyBody.parse(raw);
  const name = normalizeText(input.name);
  if (input.validTo && input.validTo < input.validFrom) {
    throw new AppError('DATE_RANGE_INVERTED');
  }
  return inTransaction(ctx.db, async (tx) => {
    if (!input.validTo) await assertNameFree(tx, input.province, name);
    const [agency] = await tx
      .insert(agencies)
      .values({
        name,
        nameKey: nameKey(name),
        search: foldDiacritics(name),
        kind: input.kind,
        province: normalizeText(input.province),
        parentId: input.parentId ?? null,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        note: input.note ?? null,
      })
      .returning();
    await tx
      .insert(agencyNames)
      .values({ agencyId: agency!.id, name, validFrom: input.validFrom, validTo: input.validTo ?? null });
    for (const alias of input.aliases ?? []) await insertAlias(tx, agency!.id, alias.alias, alias.kind);
    await recordAuditEvent(tx, ctx, {
      action: 'agency.create',
      subjectType: 'agency',
      subjectId: agency!.id,
      after: { ...agency, aliases: input.aliases ?? [] },
    });
    return agency!;
  });
}

/** Stores an alias unless the agency already has one with the same key. */
export async function insertAlias(
  tx: Tx,
  agencyId: number,
  alias: string,
  kind: (typeof ALIAS_KINDS)[number],
): Promise<boolean> {
  const text = normalizeText(alias);
  const inserted = await tx
    .insert(agencyAliases)
    .values({ agencyId, alias: text, aliasKey: nameKey(text), kind })
    .onConflictDoNothing()
    .returning({ id: agencyAliases.id });
  return inserted.length > 0;
}
