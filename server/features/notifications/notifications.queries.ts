import { and, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Actor, RequestContext } from '../../context.js';
import { notifications } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';

/** The actor's own notifications, newest first, with the unread count (pages by `before` id). */
export async function listMyNotifications(
  ctx: RequestContext & { actor: Actor },
  options: { limit?: number; before?: number; unreadOnly?: boolean } = {},
) {
  const mine = eq(notifications.userId, ctx.actor.userId);
  const filters = [mine];
  if (options.before) filters.push(lt(notifications.id, options.before));
  if (options.unreadOnly) filters.push(isNull(notifications.readAt));
  const [items, [unread]] = await Promise.all([
    ctx.db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(and(...filters))
      .orderBy(desc(notifications.id))
      .limit(options.limit ?? 50),
    ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return { items, unreadCount: unread?.n ?? 0 };
}

/** Marks one of the actor's notifications read; another user's id answers NOT_FOUND, not FORBIDDEN. */
export async function markNotificationRead(ctx: RequestContext & { actor: Actor }, id: number) {
  const [row] = await ctx.db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId)));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'notification', id: `#${id}` });
  if (row.readAt) return { id, readAt: row.readAt };
  const [updated] = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(eq(notifications.id, id))
    .returning({ readAt: notifications.readAt });
  return { id, readAt: updated!.readAt! };
}

/** Marks all of the actor's unread notifications read; returns how many changed. */
export async function markAllNotificationsRead(ctx: RequestContext & { actor: Actor }) {
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
