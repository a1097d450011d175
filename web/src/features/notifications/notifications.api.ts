import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import * as n from '@common/contracts/notifications';
import { call } from '../../api/client';
import type { Wire } from '../../api/types';
import { notificationKeys } from './unread-count';

export type AppNotification = Wire<typeof n.NotificationView>;
export type NotificationPage = Wire<typeof n.listNotifications.response>;

const PAGE_SIZE = 20;
/** The signed-in user's notifications, newest first, a page at a time (by `before` id). */
export function useNotificationList(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationKeys.all, 'list', unreadOnly],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      call(
        n.listNotifications,
        { query: { limit: PAGE_SIZE, before: pageParam, unread: unreadOnly ? 'true' : undefined } },
        signal,
      ),
    getNextPageParam: (last) => (last.items.length < PAGE_SIZE ? undefined : last.items[last.items.length - 1]!.id),
  });
}

/** Mark one / all read; both refresh the bell and the lists. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const one = useMutation({
    mutationFn: (id: number) => call(n.markNotificationRead, { params: { id } }),
    onSettled: refresh,
  });
  const all = useMutation({ mutationFn: () => call(n.markAllNotificationsRead), onSettled: refresh });
  return { one, all };
}
