import { and, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { guidanceNotes, guidanceRecipients } from '../../db/schema/guidance.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { loadGuidanceView, ownRecipients } from './guidance.data.js';
import { staffScope } from './open-guidance.js';

/**
 * The reader's agency acknowledges a note (officer or leader): it counts as read too, if nobody had
 * opened it. A second acknowledgement changes nothing. When the last recipient acknowledges, the
 * coordinator who issued it is told.
 */
export async function acknowledgeGuidance(ctx: RequestContext, noteId: number, text: string) {
  authorize(ctx.actor, 'guidance.acknowledge');
  const scope = staffScope(ctx);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const today = ctx.clock.today();
  if ((await ownRecipients(ctx.db, noteId, scope)).length === 0) throw new AppError('GUIDANCE_NOT_ADDRESSED');
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const mine = and(eq(guidanceRecipients.noteId, noteId), inArray(guidanceRecipients.agencyId, scope));
    await tx
      .update(guidanceRecipients)
      .set({ readAt: now, readBy: userId })
      .where(and(mine, isNull(guidanceRecipients.readAt)));
    const done = await tx
      .update(guidanceRecipients)
      .set({ acknowledgedAt: now, acknowledgedBy: userId, acknowledgementNote: text.normalize('NFC') })
      .where(and(mine, isNull(guidanceRecipients.acknowledgedAt)))
      .returning({ agencyId: guidanceRecipients.agencyId });
    if (done.length > 0) {
      await recordAuditEvent(tx, ctx, {
        action: 'guidance.acknowledge',
        subjectType: 'guidance',
        subjectId: noteId,
        after: { agencies: done.map((d) => d.agencyId), note: text },
      });
      const open = await tx
        .select({ id: guidanceRecipients.id })
        .from(guidanceRecipients)
        .where(and(eq(guidanceRecipients.noteId, noteId), isNull(guidanceRecipients.acknowledgedAt)));
      const [note] = await tx.select().from(guidanceNotes).where(eq(guidanceNotes.id, noteId));
      if (open.length === 0 && note?.issuedBy) {
        await createNotifications(tx, ctx.clock, [
          {
            userId: note.issuedBy,
            kind: 'guidance-complete',
            title: `Tất cả cơ quan đã xác nhận: ${note.title}`,
            body: 'Mọi cơ quan nhận đã xác nhận tiếp thu văn bản định hướng.',
            link: `/guidance/${noteId}`,
            dedupeKey: `guidance-complete:${noteId}`,
          },
        ]);
      }
    }
    return loadGuidanceView(tx, noteId, scope, today);
  });
}
