import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { functionLabel, successionLabel } from '../../lib/labels';
import { useMe } from '../auth/session';
import { useSuccessionEvents } from './admin.api';
import { SuccessionEventForm } from './SuccessionEventForm';

/** Reorganisation events, newest first, and the "record event" form with its preview. */
export function SuccessionAdmin() {
  const { t } = useI18n();
  const me = useMe();
  const events = useSuccessionEvents();
  const [formOpen, form] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack>
      <Group justify="space-between">
        <Text fw={600}>{t('admin.events')}</Text>
        <Button onClick={form.open}>{t('admin.recordEvent')}</Button>
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <QueryState isLoading={events.isLoading} error={events.error}>
        {events.data?.events.length === 0 && <Text c="dimmed">{t('admin.noEvents')}</Text>}
        <Stack gap="xs">
          {events.data?.events.map((e) => (
            <Paper key={e.id} withBorder p="sm" data-testid={`event-${e.id}`}>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {formatDate(e.effectiveOn)}
                </Text>
                <Badge variant="light" tt="none">
                  {successionLabel(t, e.kind)}
                </Badge>
              </Group>
              {e.links.map((l) => (
                <Text key={l.id} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {l.fromName}
                  {e.kind === 'rename' ? '' : ` → ${l.toName ?? t('via.dissolved')}`}
                  {l.functions.length > 0 && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({l.functions.map((f) => functionLabel(t, f)).join(', ')})
                    </Text>
                  )}
                </Text>
              ))}
              {e.legalBasis && (
                <Text size="xs" c="dimmed">
                  {t('agency.legalBasis', { text: e.legalBasis })}
                </Text>
              )}
              {e.note && (
                <Text size="xs" c="dimmed">
                  {e.note}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      </QueryState>
      <Modal opened={formOpen} onClose={form.close} title={t('admin.recordEvent')} size="xl">
        <SuccessionEventForm
          today={me.today}
          onDone={() => {
            form.close();
            setNotice(t('admin.eventRecorded'));
          }}
        />
      </Modal>
    </Stack>
  );
}
