import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '@common/calendar/iso-date';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMonitoringActions, useSources } from './monitoring.api';

const HEALTH_COLOR = { ok: 'green', silent: 'orange', failing: 'red', new: 'gray' } as const;

/** Sources with their health, a form to add a feed and a button to fetch one now. */
export function SourcesPanel() {
  const { t } = useI18n();
  const sources = useSources();
  const { createSource, pollSource } = useMonitoringActions();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const canManage = sources.data?.abilities['monitor.manage'] ?? false;
  return (
    <Stack gap="sm">
      <QueryState isLoading={sources.isLoading} error={sources.error}>
        {sources.data?.sources.map((s) => (
          <Card key={s.id} withBorder padding="sm" data-testid="source">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={600}>{s.name}</Text>
              <Badge color={HEALTH_COLOR[s.health]}>{t(`monitor.sources.health.${s.health}`)}</Badge>
            </Group>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {s.url}
            </Text>
            <Text size="sm">
              {t('monitor.sources.stats', {
                week: s.itemsLast7Days,
                base: s.perDayBaseline,
                last: s.lastSuccessAt ? formatDateTime(String(s.lastSuccessAt)) : t('monitor.sources.never'),
              })}
            </Text>
            {s.lastError && (
              <Text size="sm" c="red">
                {s.lastError.message}
              </Text>
            )}
            {canManage && s.url && (
              <Button
                mt={6}
                variant="light"
                className="ttdn-touch"
                loading={pollSource.isPending && pollSource.variables === s.id}
                onClick={() => pollSource.mutate(s.id)}
              >
                {t('monitor.sources.poll')}
              </Button>
            )}
          </Card>
        ))}
      </QueryState>
      {pollSource.data && (
        <Alert color="green">
          {t('monitor.sources.polled', { stored: pollSource.data.stored, relevant: pollSource.data.relevant })}
        </Alert>
      )}
      {pollSource.error && <ErrorAlert error={pollSource.error} />}
      {canManage && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            createSource.mutate(
              { kind: 'rss', name, url },
              {
                onSuccess: () => {
                  setName('');
                  setUrl('');
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('monitor.sources.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
            />
            <TextInput
              label={t('monitor.sources.url')}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              required
              type="url"
            />
            <Button type="submit" className="ttdn-touch" loading={createSource.isPending}>
              {t('monitor.sources.add')}
            </Button>
            {createSource.error && <ErrorAlert error={createSource.error} />}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
