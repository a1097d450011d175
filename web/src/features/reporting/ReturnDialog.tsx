import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { SubmissionLine } from './reporting.types';

export type ReturnBody = { reason: string; comments: Array<{ taskId: number; comment: string }> };

/** The coordinator's return: a reason and a comment box per task line (only filled ones are sent). */
export function ReturnDialog({
  opened,
  lines,
  busy,
  onClose,
  onConfirm,
}: {
  opened: boolean;
  lines: SubmissionLine[];
  busy: boolean;
  onClose: () => void;
  onConfirm: (body: ReturnBody) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [comments, setComments] = useState<Record<number, string>>({});
  const body: ReturnBody = {
    reason: reason.trim(),
    comments: lines
      .map((l) => ({ taskId: l.taskId, comment: (comments[l.taskId] ?? '').trim() }))
      .filter((c) => c.comment),
  };
  const empty = !body.reason && body.comments.length === 0;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('reporting.return.title')}
      size="lg"
      fullScreen={typeof window !== 'undefined' && window.innerWidth < 600}
    >
      <Stack>
        <Textarea
          label={t('reporting.return.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Text size="sm" fw={500}>
          {t('reporting.return.perLine')}
        </Text>
        {lines.map((l) => (
          <Textarea
            key={l.taskId}
            label={`${l.code}. ${l.title}`}
            aria-label={t('reporting.return.commentFor', { code: l.code })}
            value={comments[l.taskId] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setComments((c) => ({ ...c, [l.taskId]: value }));
            }}
            autosize
            minRows={1}
            styles={{ label: { fontWeight: 400 } }}
          />
        ))}
        {empty && (
          <Text size="sm" c="dimmed">
            {t('reporting.return.needOne')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button color="orange" disabled={empty} loading={busy} onClick={() => onConfirm(body)}>
            {t('reporting.return.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
