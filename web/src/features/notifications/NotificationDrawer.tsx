import { Anchor, Drawer, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { NotificationList } from './NotificationList';

/** The bell's drawer with the notifications; loaded the first time the bell is opened. */
export function NotificationDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      title={t('notifications.title')}
      size={phone ? '100%' : 'md'}
    >
      <Stack>
        <NotificationList onNavigate={onClose} />
        <Anchor component={Link} to="/notifications" size="sm" onClick={onClose}>
          {t('notifications.seeAll')}
        </Anchor>
      </Stack>
    </Drawer>
  );
}
