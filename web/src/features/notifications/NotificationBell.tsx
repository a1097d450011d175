import { ActionIcon, Indicator } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { lazyWithMessages } from '../../i18n/messages';
import { useUnreadCount } from './unread-count';

// The drawer (and its focus trap and scroll lock) is loaded on first use, not with every page.
const NotificationDrawer = lazyWithMessages(() =>
  import('./NotificationDrawer').then((m) => ({ default: m.NotificationDrawer })),
);

/** The header bell: the unread count, and a drawer with the notifications. */
export function NotificationBell() {
  const { t } = useI18n();
  const [opened, { open, close }] = useDisclosure(false);
  const [used, setUsed] = useState(false);
  const unread = useUnreadCount().data ?? 0;
  return (
    <>
      <Indicator
        label={unread > 99 ? '99+' : unread}
        size={16}
        color="red"
        disabled={unread === 0}
        offset={4}
        data-testid="notification-count"
      >
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          onClick={() => {
            setUsed(true);
            open();
          }}
          aria-label={t('notifications.bell', { count: unread })}
        >
          <svg
            width="20"
            height="20"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            aria-hidden
          >
            <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
            <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
          </svg>
        </ActionIcon>
      </Indicator>
      {used && (
        <Suspense fallback={null}>
          <NotificationDrawer opened={opened} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
