import * as r from '@common/contracts/reporting';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import type { ObligationRow, Period } from './reporting.types';

/**
 * The coordinator grants one agency an extension for a period, with its reason (audited on the
 * server, announced to the agency); the board, the report and every reminder then use the new date.
 */
export function ExtensionDialog({
  period,
  row,
  onClose,
  onDone,
}: {
  period: Period;
  row: ObligationRow | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [date, setDate] = useState<string | null>(row?.exceptionTo ?? null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    if (!row || !date) return;
    setBusy(true);
    setError(null);
    try {
      await call(r.grantExtension, {
        params: { periodId: period.id },
        body: { agencyId: row.agencyId, extendedTo: date, reason: reason.trim() },
      });
      await queryClient.invalidateQueries({ queryKey: ['reporting'] });
      onDone(t('cycle.extension.done', { agency: row.agency, date }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row ? t('cycle.extension.title', { agency: row.agency }) : ''}
      centered
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('cycle.extension.hint', { locksOn: period.locksOn })}
        </Text>
        <DateField label={t('cycle.extension.date')} value={date} onChange={setDate} required />
        <Textarea
          label={t('cycle.extension.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          required
        />
        {error !== null && (
          <Alert color="red" p="xs" role="alert">
            {errorText(t, error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button
            loading={busy}
            disabled={!date || reason.trim().length < 3}
            onClick={() => void save()}
            data-testid="extension-save"
          >
            {t('cycle.extension.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
