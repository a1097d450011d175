import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { SetFocalOfficialBody } from '../../../common/contracts/contacts.js';
import type { RequestContext } from '../../context.js';
import { focalOfficials } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { handOverTerm } from './hand-over-term.js';

/** A focal official's details; a new person from `validFrom` closes the previous one the day before. */
export const SetFocalOfficialInput = SetFocalOfficialBody;
export type SetFocalOfficialInput = z.input<typeof SetFocalOfficialInput>;

/**
 * Names an agency's TTĐN focal leader or officer (seed task 2.2: one of each) from a date; the
 * previous holder's term ends the day before, so the history stays. Coordinators, or the agency's
 * own leader (focal.manage).
 */
export async function setFocalOfficial(ctx: RequestContext, raw: SetFocalOfficialInput) {
  const input = SetFocalOfficialInput.parse(raw);
  authorize(ctx.actor, 'focal.manage', input.agencyId);
  return inTransaction(ctx.db, async (tx) => {
    const [previous] = await tx
      .select()
      .from(focalOfficials)
      .where(
        and(
          eq(focalOfficials.agencyId, input.agencyId),
          eq(focalOfficials.kind, input.kind),
          isNull(focalOfficials.validTo),
        ),
      );
    await handOverTerm(tx, input.agencyId, previous, input.validFrom, (id, validTo) =>
      tx.update(focalOfficials).set({ validTo }).where(eq(focalOfficials.id, id)),
    );
    const [row] = await tx
      .insert(focalOfficials)
      .values({
        agencyId: input.agencyId,
        kind: input.kind,
        fullName: input.fullName.normalize('NFC'),
        position: input.position ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        userId: input.userId ?? null,
        validFrom: input.validFrom,
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'focal.set',
      subjectType: 'focal_official',
      subjectId: row!.id,
      before: previous ?? null,
      after: row,
    });
    return row!;
  });
}
