import { formatDate, formatDateTime } from '@common/calendar/iso-date';
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { type GuidanceNote, useGuidanceMutations, useGuidanceNote } from './guidance.api';
import { StatusBadge } from './StatusBadge';

/**
 * One guidance note. Agency staff opening it give their agency's read receipt (the server keeps only
 * the first) and acknowledge it here; the coordinator sees every recipient's receipt.
 */
export function GuidanceNotePage() {
  const id = Number(useParams().id);
  const me = useMe();
  const note = useGuidanceNote(id);
  const { open } = useGuidanceMutations();
  const opened = useRef(false);
  const staff = me.abilities['guidance.acknowledge'];
  useEffect(() => {
    // Once per visit; the receipt itself is recorded once per agency by the server.
    if (staff && note.data && !opened.current && note.data.note.mine === 'unread') {
      opened.current = true;
      open.mutate(id);
    }
  }, [staff, note.data, id, open]);
  return (
    <QueryState isLoading={note.isLoading} error={note.error} onRetry={() => void note.refetch()}>
      {note.data && <NoteView note={note.data.note} staff={staff} />}
    </QueryState>
  );
}

function NoteView({ note, staff }: { note: GuidanceNote; staff: boolean }) {
  const { t } = useI18n();
  const { acknowledge } = useGuidanceMutations();
  const [text, setText] = useState('');
  const links = [
    ...note.tasks.map((task) => `${t('guidance.task', { code: task.code })}: ${task.title}`),
    ...(note.anniversary ? [note.anniversary.title] : []),
    ...(note.responseCase ? [t('guidance.case', { title: note.responseCase.title })] : []),
  ];
  return (
    <Stack gap="md" pb="md">
      <Anchor component={Link} to="/guidance" size="sm">
        ← {t('guidance.title')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1} size="h3">
          {note.title}
        </Title>
        {note.mine && <StatusBadge status={note.mine} />}
      </Group>
      <Text size="sm" c="dimmed">
        {[
          note.number,
          t('guidance.issuedOn', { date: formatDate(note.issuedOn) }),
          t('guidance.acknowledgeBy', { date: formatDate(note.acknowledgeBy) }),
        ]
          .filter(Boolean)
          .join(' · ')}
        {note.overdue && (
          <Badge ml="xs" color="red" variant="light">
            {t('guidance.overdue')}
          </Badge>
        )}
      </Text>
      <Card withBorder padding="md">
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="guidance-body">
          {note.body}
        </Text>
      </Card>
      {links.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('guidance.linked')}</Text>
          <List size="sm">
            {links.map((l) => (
              <List.Item key={l}>{l}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Text size="sm">
        <Text span fw={600}>
          {t('guidance.sentTo')}:{' '}
        </Text>
        {note.targets.join('; ')}
      </Text>
      <Group>
        <Button component="a" variant="default" href={`/api/guidance/${note.id}/note.docx`} download>
          {t('guidance.docx')}
        </Button>
      </Group>
      {staff && note.mine && note.mine !== 'acknowledged' && (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Textarea
              label={t('guidance.acknowledgeNote')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            <Button
              onClick={() => acknowledge.mutate({ id: note.id, note: text })}
              loading={acknowledge.isPending}
              data-testid="acknowledge-guidance"
            >
              {t('guidance.acknowledge')}
            </Button>
          </Stack>
        </Card>
      )}
      {staff && note.mine === 'acknowledged' && (
        <Text c="green.8" fw={600} data-testid="guidance-acknowledged">
          {t('guidance.acknowledged')}
        </Text>
      )}
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('guidance.recipients')} ({note.recipientList.length})
        </Title>
        {note.recipientList.map((r) => (
          <Card key={r.agencyId} withBorder padding="xs" data-testid={`recipient-${r.agencyId}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text fw={500}>{r.agency}</Text>
                <Text size="xs" c="dimmed">
                  {[
                    r.via,
                    r.readAt ? t('guidance.readAt', { time: formatDateTime(r.readAt) }) : null,
                    r.acknowledgedAt ? t('guidance.acknowledgedAt', { time: formatDateTime(r.acknowledgedAt) }) : null,
                    r.acknowledgedBy,
                    r.remindersSent ? t('guidance.reminders', { count: r.remindersSent }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {r.acknowledgementNote && <Text size="sm">{r.acknowledgementNote}</Text>}
              </Stack>
              <StatusBadge status={r.status} />
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
