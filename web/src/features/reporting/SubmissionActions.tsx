import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ReturnDialog } from './ReturnDialog';
import { serverMessage } from './server-message';
import type { SubmissionForm, Transition } from './use-submission-form';

/** The save state and the buttons the server's abilities allow, in a bar that stays in reach on phones. */
export function SubmissionActions({ form }: { form: SubmissionForm }) {
  const { t, language } = useI18n();
  const abilities = form.server.abilities;
  const [busy, setBusy] = useState<Transition | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [returning, setReturning] = useState(false);
  const run = async (action: Transition, body?: unknown) => {
    setBusy(action);
    setError(null);
    try {
      await form.transition(action, body);
      setReturning(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const anyButton = abilities.canApprove || abilities.canSubmit || abilities.canReview;
  return (
    <Paper withBorder p="xs" shadow="sm" style={{ position: 'sticky', bottom: 0, zIndex: 5 }} data-testid="submission-actions">
      <Group justify="space-between" gap="xs" wrap="wrap">
        {abilities.canEdit ? <SaveStatus form={form} /> : <span />}
        {anyButton && (
          <Group gap="xs" wrap="wrap">
            {abilities.canApprove && (
              <Button color="cyan" loading={busy === 'approve'} onClick={() => void run('approve')}>
                {t('reporting.action.approve')}
              </Button>
            )}
            {abilities.canSubmit && (
              <Button loading={busy === 'submit'} onClick={() => void run('submit')}>
                {t('reporting.action.submit')}
              </Button>
            )}
            {abilities.canReview && (
              <>
                <Button color="orange" variant="light" onClick={() => setReturning(true)}>
                  {t('reporting.action.return')}
                </Button>
                <Button color="green" loading={busy === 'accept'} onClick={() => void run('accept')}>
                  {t('reporting.action.accept')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
      {error !== null && (
        <Alert color="red" mt="xs" role="alert" p="xs">
          {serverMessage(t, language, error)}
        </Alert>
      )}
      {abilities.canReview && (
        <ReturnDialog opened={returning} lines={form.server.lines} busy={busy === 'return'} onClose={() => setReturning(false)} onConfirm={(body) => void run('return', body)} />
      )}
    </Paper>
  );
}

function SaveStatus({ form }: { form: SubmissionForm }) {
  const { t } = useI18n();
  const state = form.saveState;
  if (state === 'saving') return <Text size="sm" c="dimmed" data-testid="save-status">{t('reporting.save.saving')}</Text>;
  if (state === 'pending') return <Text size="sm" c="dimmed" data-testid="save-status">{t('reporting.save.pending')}</Text>;
  if (state === 'error')
    return (
      <Group gap={6} data-testid="save-status">
        <Text size="sm" c="red">{t('reporting.save.failed')}</Text>
        <Button size="compact-xs" variant="light" color="red" onClick={form.retry}>
          {t('app.retry')}
        </Button>
      </Group>
    );
  if (state === 'conflict') return <Text size="sm" c="orange" data-testid="save-status">{t('reporting.save.paused')}</Text>;
  return (
    <Text size="sm" c={form.savedAt ? 'teal' : 'dimmed'} data-testid="save-status">
      {form.savedAt ? t('reporting.save.savedAt', { time: form.savedAt }) : t('reporting.save.auto')}
    </Text>
  );
}
