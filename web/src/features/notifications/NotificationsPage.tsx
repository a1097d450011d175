import { Stack, Title } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { EmailDigestSwitch } from './EmailDigestSwitch';
import { NotificationList } from './NotificationList';

/** /notifications: the whole notification list. */
export function NotificationsPage() {
  const { t } = useI18n();
  return (
    <Stack maw={760}>
      <Title order={1} size="h3">
        {t('notifications.title')}
      </Title>
      <EmailDigestSwitch />
      <NotificationList />
    </Stack>
  );
}
