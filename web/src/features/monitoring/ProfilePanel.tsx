import { Alert, Button, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMonitoringActions, useProfile } from './monitoring.api';

/** The province profile as JSON, editable by the coordinator (saved with a version check). */
export function ProfilePanel() {
  const { t } = useI18n();
  const profile = useProfile();
  const { saveProfile } = useMonitoringActions();
  const [text, setText] = useState('');
  const [badJson, setBadJson] = useState(false);
  useEffect(() => {
    if (profile.data) setText(JSON.stringify(profile.data.data, null, 2));
  }, [profile.data]);
  const canManage = profile.data?.abilities['monitor.manage'] ?? false;
  return (
    <QueryState isLoading={profile.isLoading} error={profile.error}>
      <Stack gap="xs">
        <Text size="sm">{t('monitor.profile.hint')}</Text>
        <Textarea
          aria-label={t('monitor.tab.profile')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={12}
          maxRows={30}
          readOnly={!canManage}
          styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
        />
        {canManage && (
          <Button
            className="ttdn-touch"
            loading={saveProfile.isPending}
            onClick={() => {
              let data: Record<string, unknown>;
              try {
                data = JSON.parse(text);
              } catch {
                setBadJson(true);
                return;
              }
              setBadJson(false);
              saveProfile.mutate({ data, version: profile.data!.version });
            }}
          >
            {t('monitor.profile.save')}
          </Button>
        )}
        {badJson && <Alert color="red">{t('monitor.profile.badJson')}</Alert>}
        {saveProfile.data && (
          <Alert color="green">{t('monitor.profile.saved', { version: saveProfile.data.version })}</Alert>
        )}
        {saveProfile.error && <ErrorAlert error={saveProfile.error} />}
      </Stack>
    </QueryState>
  );
}
