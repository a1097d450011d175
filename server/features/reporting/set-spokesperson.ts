import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { SetSpokespersonBody } from '../../../common/contracts/contacts.js';
import type { RequestContext } from '../../context.js';
import { spokespersons } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { handOverTerm } from './hand-over-term.js';

/** A spokesperson under NĐ 09/2017 Art. 2–3: name, title, phone and e-mail, all published. */
export const SetSpokespersonInput = SetSpokespersonBody;
export type SetSpokespersonInput = z.input<typeof SetSpokespersonInput>;

/** Announces an agency's spokesperson from a date, ending the previous one's term the day before. Coordinators or the agency's leader. */
export async function setSpokesperson(ctx: RequestContext, raw: SetSpokespersonInput) {
  const input = SetSpokespersonInput.parse(raw);
  authorize(ctx.actor, 'focal.manage', input.agencyId);
  return inTransaction(ctx.db, async (tx) => {
    const [previous] = await tx
      .select()
      .from(spokespersons)
      .where(and(eq(spokespersons.agencyId, input.agencyId), isNull(spokespersons.validTo)));
    await handOverTerm(tx, input.agencyId, previous, input.validFrom, (id, validTo) =>
      tx.update(spokespersons).set({ validTo }).where(eq(spokespersons.id, id)),
    );
    const [row] = await tx
      .insert(spokespersons)
      .values({
        agencyId: input.agencyId,
        fullName: input.fullName.normalize('NFC'),
        title: input.title,
        phone: input.phone ?? null,
        email: input.email ?? null,
        validFrom: input.validFrom,
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'spokesperson.set',
      subjectType: 'spokesperson',
      subjectId: row!.id,
      before: previous ?? null,
      after: row,
    });
    return row!;
  });
}
