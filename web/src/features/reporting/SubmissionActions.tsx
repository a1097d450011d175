import type { ReturnReportBody } from '@common/contracts/reporting';
import { Alert, Button, Group, Modal, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ReturnDialog } from './ReturnDialog';
import type { SubmissionForm, Transition } from './use-submission-form';
import { errorText } from '../../lib/error-text';

const CONFIRMED = ['approve', 'submit', 'accept'] as const;
type Confirmed = (typeof CONFIRMED)[number];

/**
 * The save state and the buttons the server's abilities allow, in a bar that stays in reach on
 * phones. Approve, send and accept ask once and confirm once; nothing moves on while a figure is unsaved.
 */
export function SubmissionActions({ form }: { form: SubmissionForm }) {
  const { t } = useI18n();
  const abilities = form.server.abilities;
  const [busy, setBusy] = useState<Transition | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [asking, setAsking] = useState<Confirmed | null>(null);
  const blocked = form.unsavedFigureKeys.length > 0;
  const run = async (action: Transition, body?: ReturnReportBody) => {
    setBusy(action);
    setError(null);
    setDone(null);
    try {
      await form.transition(action, body);
      setReturning(false);
      setAsking(null);
      setDone(action === 'request' ? t('cycle.action.requested') : t(`cycle.done.${action}`));
    } catch (e) {
      setError(e);
      setAsking(null);
    } finally {
      setBusy(null);
    }
  };
  const returned = form.server.submission.returnedAt !== null;
  const anyButton = abilities.canApprove || abilities.canSubmit || abilities.canReview || abilities.canRequestApproval;
  return (
    <Paper
      withBorder
      p="xs"
      shadow="sm"
      style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
      data-testid="submission-actions"
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        {abilities.canEdit ? <SaveStatus form={form} /> : <span />}
        {anyButton && (
          <Group gap="xs" wrap="wrap">
            {abilities.canRequestApproval && (
              <Button loading={busy === 'request'} disabled={blocked} onClick={() => void run('request')}>
                {returned ? t('cycle.action.resendAfterFix') : t('cycle.action.requestApproval')}
              </Button>
            )}
            {abilities.canApprove && (
              <Button color="cyan" disabled={blocked} onClick={() => setAsking('approve')}>
                {t('reporting.action.approve')}
              </Button>
            )}
            {abilities.canSubmit && (
              <Button disabled={blocked} onClick={() => setAsking('submit')}>
                {t('reporting.action.submit')}
              </Button>
            )}
            {abilities.canReview && (
              <>
                <Button color="orange" variant="light" onClick={() => setReturning(true)}>
                  {t('reporting.action.return')}
                </Button>
                <Button color="green" onClick={() => setAsking('accept')}>
                  {t('reporting.action.accept')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
      {blocked && anyButton && !abilities.canReview && (
        <Text size="sm" c="orange.8" mt={4} data-testid="blocked-by-figures">
          {t('cycle.next.unsaved', { count: form.unsavedFigureKeys.length })}
        </Text>
      )}
      {done !== null && (
        <Alert color="teal" mt="xs" p="xs" role="status" data-testid="transition-done">
          {done}
        </Alert>
      )}
      {error !== null && (
        <Alert color="red" mt="xs" role="alert" p="xs">
          {errorText(t, error)}
        </Alert>
      )}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t('cycle.confirm.title')} centered>
        <Text size="sm">{asking && t(`cycle.confirm.${asking}`, { period: form.server.period.label })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setAsking(null)}>
            {t('app.cancel')}
          </Button>
          <Button loading={busy !== null} onClick={() => asking && void run(asking)} data-testid="confirm-transition">
            {t('cycle.confirm.yes')}
          </Button>
        </Group>
      </Modal>
      {abilities.canReview && (
        <ReturnDialog
          opened={returning}
          lines={form.server.lines}
          busy={busy === 'return'}
          onClose={() => setReturning(false)}
          onConfirm={(body) => void run('return', body)}
        />
      )}
    </Paper>
  );
}

function SaveStatus({ form }: { form: SubmissionForm }) {
  const { t } = useI18n();
  const state = form.saveState;
  if (state === 'saving')
    return (
      <Text size="sm" c="dimmed" data-testid="save-status">
        {t('reporting.save.saving')}
      </Text>
    );
  if (state === 'pending')
    return (
      <Text size="sm" c="dimmed" data-testid="save-status">
        {t('reporting.save.pending')}
      </Text>
    );
  if (state === 'error')
    return (
      <Group gap={6} data-testid="save-status">
        <Text size="sm" c="red">
          {t('reporting.save.failed')}
        </Text>
        <Button size="compact-xs" variant="light" color="red" onClick={form.retry}>
          {t('app.retry')}
        </Button>
      </Group>
    );
  if (state === 'conflict')
    return (
      <Text size="sm" c="orange" data-testid="save-status">
        {t('reporting.save.paused')}
      </Text>
    );
  // "Saved" would be untrue while a figure is kept only on this device.
  if (form.unsavedFigureKeys.length > 0)
    return (
      <Text size="sm" c="orange.8" fw={500} data-testid="save-status">
        {t('cycle.save.unsaved', { count: form.unsavedFigureKeys.length })}
      </Text>
    );
  return (
    <Text size="sm" c={form.savedAt ? 'teal' : 'dimmed'} data-testid="save-status">
      {form.savedAt ? t('reporting.save.savedAt', { time: form.savedAt }) : t('reporting.save.auto')}
    </Text>
  );
}
