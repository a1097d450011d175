import { and, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { guidanceRecipients } from '../../db/schema/guidance.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { ownRecipients } from './guidance.data.js';

/** Agency staff's own agencies (and those merged into it); others have no receipt to give. */
export function staffScope(ctx: RequestContext): number[] {
  const actor = ctx.actor;
  if (actor.kind !== 'user' || (actor.role !== 'agency-officer' && actor.role !== 'agency-leader')) {
    throw new AppError('ONLY_AGENCY_STAFF');
  }
  return actor.agencyScope;
}

/**
 * The read receipt of the reader's agency: recorded on the first open only. The conditional update
 * (`read_at IS NULL`) is the whole guarantee: of two opens at once, the second waits on the row and
 * then finds it already read, so one receipt and one audit row, whatever the concurrency.
 */
export async function openGuidance(ctx: RequestContext, noteId: number) {
  authorize(ctx.actor, 'guidance.read');
  const scope = staffScope(ctx);
  const own = await ownRecipients(ctx.db, noteId, scope);
  if (own.length === 0) throw new AppError('GUIDANCE_NOT_ADDRESSED');
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const marked = await tx
      .update(guidanceRecipients)
      .set({ readAt: now, readBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null })
      .where(
        and(
          eq(guidanceRecipients.noteId, noteId),
          inArray(guidanceRecipients.agencyId, scope),
          isNull(guidanceRecipients.readAt),
        ),
      )
      .returning({ agencyId: guidanceRecipients.agencyId, readAt: guidanceRecipients.readAt });
    if (marked.length > 0) {
      await recordAuditEvent(tx, ctx, {
        action: 'guidance.read',
        subjectType: 'guidance',
        subjectId: noteId,
        after: { agencies: marked.map((m) => m.agencyId) },
      });
      return { readAt: marked[0]!.readAt!, first: true };
    }
    const [again] = await ownRecipients(tx, noteId, scope);
    return { readAt: again!.readAt!, first: false };
  });
}
