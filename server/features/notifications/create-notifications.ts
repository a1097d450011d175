import type { Clock } from '../../context.js';
import type { Db, Tx } from '../../db/client.js';
import { notifications } from '../../db/schema/reporting.js';

/** An in-app notification to one user; `dedupeKey` makes a repeated send a no-op. */
export type NewNotification = {
  userId: number;
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  dedupeKey: string;
};

/** Writes notifications inside the caller's transaction; returns how many were new. */
export async function createNotifications(tx: Tx | Db, clock: Clock, items: NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(items.map((n) => ({ ...n, link: n.link ?? null, createdAt: clock.now() })))
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return rows.length;
}
