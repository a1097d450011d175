import { formatDateTime, isoDateInVietnam } from '@common/calendar/iso-date';
import { deadlineFacts, deadlineShort, deadlineWhy } from '@common/reporting/deadline';
import { Alert, Anchor, Button, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { nextActionKey } from './cycle';
import type { SubmissionView } from './reporting.types';

/** The due date in force, once, with "why this date?" explaining the plan's words → the working day → an extension. */
export function DeadlineLine({
  period,
  extendedTo,
  testId = 'deadline',
}: {
  period: { statedDue: string; dueOn: string };
  extendedTo: string | null;
  testId?: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const facts = deadlineFacts(period, extendedTo);
  return (
    <div data-testid={testId}>
      <Group gap={4} wrap="wrap" align="center">
        <Text size="sm" fw={500}>
          {deadlineShort(t, facts)}
        </Text>
        {/* 44 px tall: a phone's touch target, like every control. */}
        <Button
          variant="subtle"
          size="compact-sm"
          mih={44}
          px={6}
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
        >
          {t('cycle.deadline.whyLink')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Text size="sm" c="dimmed" mt={4} data-testid={`${testId}-why`}>
          {deadlineWhy(t, facts)}
        </Text>
      </Collapse>
    </div>
  );
}

/** The person's next action as the page's first line. */
export function NextActionLine({ view, unsavedFigures }: { view: SubmissionView; unsavedFigures: number }) {
  const { t } = useI18n();
  const key = nextActionKey(view, unsavedFigures);
  if (!key) return null;
  const urgent = key === 'cycle.next.unsaved' || key === 'cycle.next.officer.returned' || key === 'cycle.next.locked';
  return (
    <Alert
      color={urgent ? 'orange' : 'blue'}
      variant={urgent ? 'light' : 'light'}
      p="xs"
      title={t('cycle.next.label')}
      data-testid="next-action"
    >
      {t(key, { count: unsavedFigures })}
    </Alert>
  );
}

/** A returned report opens on what was returned: the reason and every commented line, each a link to its card. */
export function ReturnedSummary({ view }: { view: SubmissionView }) {
  const { t } = useI18n();
  const s = view.submission;
  if (!s.returnedAt || (s.status !== 'returned' && s.status !== 'draft')) return null;
  const lines = view.lines.filter((l) => l.reviewStatus === 'returned' && l.reviewComment);
  return (
    <Paper withBorder p="sm" bg="orange.0" data-testid="returned-summary">
      <Stack gap={6}>
        <Text fw={600}>{t('cycle.returned.title', { date: isoDateInVietnam(new Date(s.returnedAt)) })}</Text>
        {view.returnReason && <Text size="sm">{view.returnReason}</Text>}
        <Text size="sm" fw={500}>
          {t('cycle.returned.lines', { count: lines.length })}
        </Text>
        {lines.length > 0 && (
          <List size="sm" spacing={4}>
            {lines.map((l) => (
              <List.Item key={l.taskId}>
                <Anchor href={`#line-${l.taskId}`} size="sm" fw={600}>
                  {l.code}
                </Anchor>{' '}
                {l.reviewComment}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * "Gửi lần đầu … ; gửi lại …": every send the report has had, with its time. Given `sends` (the
 * board's list of every send), each send is a line of its own; else the first and latest.
 */
export function SendsLine({ first, last, sends }: { first: string | null; last: string | null; sends?: string[] }) {
  const { t } = useI18n();
  if (!first) return null;
  if (sends && sends.length > 0)
    return (
      <Stack gap={0} data-testid="sends">
        {sends.map((at, index) => (
          <Text key={at} size="xs" c="dimmed" data-testid="send">
            {index === 0
              ? t('cycle.sends.first', { time: formatDateTime(at) })
              : t('cycle.sends.again', { n: index, time: formatDateTime(at) })}
          </Text>
        ))}
      </Stack>
    );
  return (
    <Text size="xs" c="dimmed" data-testid="sends">
      {t('cycle.sends', {
        first: formatDateTime(first),
        again: last && last !== first ? formatDateTime(last) : 'none',
      })}
    </Text>
  );
}
