import * as n from '@common/contracts/notifications';
import { Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';

/** The person's own choice: notices also by e-mail, gathered in one digest a day. */
export function EmailDigestSwitch() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const prefs = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: ({ signal }) => call(n.getNotificationPreferences, {}, signal),
  });
  const save = useMutation({
    mutationFn: (emailDigest: boolean) => call(n.setNotificationPreferences, { body: { emailDigest } }),
    onSuccess: (data) => queryClient.setQueryData(['notifications', 'preferences'], data),
  });
  if (!prefs.data) return null;
  return (
    <div>
      <Switch
        checked={prefs.data.emailDigest}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.currentTarget.checked)}
        label={t('cycle.prefs.emailDigest')}
        size="md"
        data-testid="email-digest"
      />
      {prefs.data.email && (
        <Text size="xs" c="dimmed" ml={54}>
          {prefs.data.email}
        </Text>
      )}
    </div>
  );
}
