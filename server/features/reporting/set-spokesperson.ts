import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { addDays } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { spokespersons } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/** A spokesperson under NĐ 09/2017 Art. 2–3: name, title, phone and e-mail, all published. */
export const SetSpokespersonInput = z.object({
  agencyId: z.number().int().positive(),
  fullName: z.string().trim().min(2).max(120),
  title: z.string().trim().min(2).max(200),
  phone: z.string().trim().regex(/^[0-9+() .-]{6,20}$/, 'Số điện thoại không hợp lệ / Invalid phone number').nullable().optional(),
  email: z.string().trim().email().max(200).nullable().optional(),
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'yyyy-mm-dd'),
});
export type SetSpokespersonInput = z.input<typeof SetSpokespersonInput>;

/** Announces an agency's spokesperson from a date, ending the previous one's term the day before. Coordinators or the agency's leader. */
export async function setSpokesperson(ctx: RequestContext, raw: SetSpokespersonInput) {
  const input = SetSpokespersonInput.parse(raw);
  authorize(ctx.actor, 'focal.manage', input.agencyId);
  return inTransaction(ctx.db, async (tx) => {
    const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.agencyId));
    if (!agency) throw new AppError('NOT_FOUND', 'Không tìm thấy cơ quan / Agency not found');
    const [previous] = await tx.select().from(spokespersons).where(and(eq(spokespersons.agencyId, input.agencyId), isNull(spokespersons.validTo)));
    if (previous && previous.validFrom >= input.validFrom) {
      throw new AppError('INVALID_DATE', `Ngày bắt đầu phải sau ${previous.validFrom} / Must start after the current spokesperson's start`);
    }
    if (previous) await tx.update(spokespersons).set({ validTo: addDays(input.validFrom, -1) }).where(eq(spokespersons.id, previous.id));
    const [row] = await tx
      .insert(spokespersons)
      .values({ agencyId: input.agencyId, fullName: input.fullName.normalize('NFC'), title: input.title, phone: input.phone ?? null, email: input.email ?? null, validFrom: input.validFrom })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'spokesperson.set', subjectType: 'spokesperson', subjectId: row!.id, before: previous ?? null, after: row });
    return row!;
  });
}
