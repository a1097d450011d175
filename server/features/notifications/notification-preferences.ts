import { eq } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../context.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';

/** The actor's own choice: notices also in the daily e-mail digest, and the address it goes to. */
export async function getNotificationPreferences(ctx: RequestContext & { actor: Actor }) {
  const [row] = await ctx.db
    .select({ emailDigest: users.emailDigest, email: users.email })
    .from(users)
    .where(eq(users.id, ctx.actor.userId));
  return { emailDigest: row?.emailDigest ?? false, email: row?.email ?? null };
}

/** Sets the actor's own e-mail choice (anyone signed in, for themself only), audited. */
export async function setNotificationPreferences(
  ctx: RequestContext & { actor: Actor },
  input: { emailDigest: boolean },
) {
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select({ emailDigest: users.emailDigest })
      .from(users)
      .where(eq(users.id, ctx.actor.userId));
    const [row] = await tx
      .update(users)
      .set({ emailDigest: input.emailDigest })
      .where(eq(users.id, ctx.actor.userId))
      .returning({ emailDigest: users.emailDigest, email: users.email });
    await recordAuditEvent(tx, ctx, {
      action: 'notifications.set-preferences',
      subjectType: 'user',
      subjectId: ctx.actor.userId,
      before: { emailDigest: before?.emailDigest ?? null },
      after: { emailDigest: input.emailDigest },
    });
    return { emailDigest: row!.emailDigest, email: row!.email };
  });
}
