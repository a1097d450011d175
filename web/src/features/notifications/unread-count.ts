import * as n from '@common/contracts/notifications';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

// Apart from notifications.api.ts: the bell is on every page, the lists (infinite queries) are not.

/** The query keys of everything about notifications (marking one read refreshes them all). */
export const notificationKeys = { all: ['notifications'] as const };

/** The unread count for the bell, refreshed every minute and when the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationKeys.all, 'unread'],
    queryFn: ({ signal }) =>
      call(n.listNotifications, { query: { unread: 'true', limit: 1 } }, signal, { background: true }),
    select: (page) => page.unreadCount,
    refetchInterval: 60_000,
  });
}
