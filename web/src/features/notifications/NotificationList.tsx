import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '@common/calendar/iso-date';
import { useMarkRead, useNotificationList, type AppNotification } from './notifications.api';

/** The notification list (drawer and page): unread ones stand out; opening a link marks it read. */
export function NotificationList({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotificationList(unreadOnly);
  const mark = useMarkRead();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Switch
          size="sm"
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
        />
        <Button
          size="compact-sm"
          variant="light"
          disabled={unread === 0}
          loading={mark.all.isPending}
          onClick={() => mark.all.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
        <Stack gap="xs" data-testid="notification-list">
          {items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              onRead={() => mark.one.mutate(item.id)}
              onNavigate={onNavigate}
            />
          ))}
        </Stack>
        {list.hasNextPage && (
          <Button variant="subtle" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('notifications.loadMore')}
          </Button>
        )}
      </QueryState>
    </Stack>
  );
}

function NotificationItem({
  item,
  onRead,
  onNavigate,
}: {
  item: AppNotification;
  onRead: () => void;
  onNavigate?: () => void;
}) {
  const { t } = useI18n();
  const unread = item.readAt === null;
  return (
    <Paper
      withBorder
      p="xs"
      data-testid={`notification-${item.id}`}
      data-unread={unread || undefined}
      style={
        unread
          ? { borderLeft: '4px solid var(--mantine-color-blue-6)', background: 'var(--mantine-color-blue-0)' }
          : undefined
      }
    >
      <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
        <Text size="sm" fw={unread ? 700 : 500} style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Text>
        {unread && (
          <Badge size="xs" variant="filled" style={{ flexShrink: 0 }}>
            {t('notifications.unread')}
          </Badge>
        )}
      </Group>
      <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {item.body}
      </Text>
      <Group justify="space-between" mt={4} gap="xs">
        <Text size="xs" c="dimmed">
          {formatDateTime(item.createdAt)}
        </Text>
        <Group gap="sm">
          {item.link && (
            <Anchor
              component={Link}
              to={item.link}
              size="sm"
              onClick={() => {
                if (unread) onRead();
                onNavigate?.();
              }}
            >
              {t('notifications.open')}
            </Anchor>
          )}
          {unread && (
            <Anchor component="button" type="button" size="sm" onClick={onRead}>
              {t('notifications.markRead')}
            </Anchor>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
