import { Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { formatDateTime } from '@common/calendar/iso-date';
import { useState } from 'react';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { TOUCH_HEIGHT, touchInput } from '../admin/touch';
import { type CaseDetail, useResponseMutations } from './response.api';

/** Evidence of a case: each capture versioned, with its SHA-256 and time; nothing is ever removed. */
export function CaseEvidence({ c }: { c: CaseDetail }) {
  const { t } = useI18n();
  const { captureEvidence } = useResponseMutations();
  const [url, setUrl] = useState(c.sourceUrl ?? '');
  if (c.evidence.length === 0 && !c.canManage) return null;
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('response.case.evidence')}</Text>
        {c.evidence.map((e) => (
          <Stack key={e.id} gap={2} data-testid="evidence">
            <Group gap={6} wrap="wrap">
              <Badge color={e.outcome === 'captured' ? 'teal' : 'red'} variant="light">
                {t('response.case.evidenceLine', { version: e.version, time: formatDateTime(e.capturedAt) })}
              </Badge>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {e.title ?? e.url}
              </Text>
            </Group>
            {e.failure && e.outcome === 'failed' && (
              <Text size="sm" c="red.8">
                {t('response.case.evidenceFailed', { reason: e.failure })}
              </Text>
            )}
            {e.sha256 && (
              <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                SHA-256 {e.sha256}
              </Text>
            )}
          </Stack>
        ))}
        {c.canManage && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t('response.case.captureUrl')}
              type="url"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              styles={touchInput}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button
              h={TOUCH_HEIGHT}
              variant="light"
              loading={captureEvidence.isPending}
              onClick={() => captureEvidence.mutate({ params: { id: c.id }, body: { url } })}
            >
              {t('response.case.capture')}
            </Button>
          </Group>
        )}
        {captureEvidence.error !== null && <ErrorAlert error={captureEvidence.error} />}
      </Stack>
    </Card>
  );
}
