import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { addDays } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { focalOfficials } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd');
const Phone = z.string().trim().regex(/^[0-9+() .-]{6,20}$/, 'Số điện thoại không hợp lệ / Invalid phone number');

/** A focal official's details; a new person from `validFrom` closes the previous one the day before. */
export const SetFocalOfficialInput = z.object({
  agencyId: z.number().int().positive(),
  kind: z.enum(['leader', 'officer']),
  fullName: z.string().trim().min(2).max(120),
  position: z.string().trim().max(200).nullable().optional(),
  phone: Phone.nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
  userId: z.number().int().positive().nullable().optional(),
  validFrom: IsoDate,
});
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
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
    if (!agency) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan / Agency not found');
    const [previous] = await tx.select().from(focalOfficials).where(and(eq(focalOfficials.agencyId, input.agencyId), eq(focalOfficials.kind, input.kind), isNull(focalOfficials.validTo)));
    if (previous && previous.validFrom >= input.validFrom) {
      throw new AppError('INVALID_DATE', `Ngày bắt đầu phải sau ${previous.validFrom} (ngày người hiện tại nhận nhiệm vụ) / Must start after the current holder's start`);
    }
    if (previous) await tx.update(focalOfficials).set({ validTo: addDays(input.validFrom, -1) }).where(eq(focalOfficials.id, previous.id));
    const [row] = await tx
      .insert(focalOfficials)
      .values({ agencyId: input.agencyId, kind: input.kind, fullName: input.fullName.normalize('NFC'), position: input.position ?? null, phone: input.phone ?? null, email: input.email ?? null, userId: input.userId ?? null, validFrom: input.validFrom })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'focal.set', subjectType: 'focal_official', subjectId: row!.id, before: previous ?? null, after: row });
    return row!;
  });
}
