import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type AppNotification = { id: number; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null };
export type NotificationPage = { items: AppNotification[]; unreadCount: number };

const PAGE_SIZE = 20;
export const notificationKeys = { all: ['notifications'] as const };

/** The unread count for the bell, refreshed every minute and when the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationKeys.all, 'unread'],
    queryFn: ({ signal }) => api.get<NotificationPage>('/api/notifications', { unread: 'true', limit: 1 }, signal),
    select: (page) => page.unreadCount,
    refetchInterval: 60_000,
  });
}

/** The signed-in user's notifications, newest first, a page at a time (by `before` id). */
export function useNotificationList(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationKeys.all, 'list', unreadOnly],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) => api.get<NotificationPage>('/api/notifications', { limit: PAGE_SIZE, before: pageParam, unread: unreadOnly ? 'true' : undefined }, signal),
    getNextPageParam: (last) => (last.items.length < PAGE_SIZE ? undefined : last.items[last.items.length - 1]!.id),
  });
}

/** Mark one / all read; both refresh the bell and the lists. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const one = useMutation({ mutationFn: (id: number) => api.post(`/api/notifications/${id}/read`), onSettled: refresh });
  const all = useMutation({ mutationFn: () => api.post('/api/notifications/read-all'), onSettled: refresh });
  return { one, all };
}
