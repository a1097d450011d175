import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { matchesFolded } from '../../lib/fold-filter';
import { useMe } from '../auth/session';
import { BoardCharts } from './BoardCharts';
import { cycleStatusKey } from './cycle';
import { DeadlineLine, SendsLine } from './CycleParts';
import { ExtensionDialog } from './ExtensionDialog';
import { formatRate, timelinessColor, timelinessLabel } from './reporting-labels';
import { useBoard } from './reporting.api';
import { RateLine } from './ReportingHomePage';
import type { Board } from './reporting.types';
import { StatusBadges } from './StatusBadges';

/** The coordinator's board of one period: rates, charts, agencies and tasks. */
export function PeriodBoardPage() {
  const periodId = Number(useParams().periodId);
  const board = useBoard(periodId);
  return (
    <QueryState isLoading={board.isLoading} error={board.error} onRetry={() => void board.refetch()}>
      {board.data && <BoardView board={board.data} />}
    </QueryState>
  );
}

function BoardView({ board }: { board: Board }) {
  const { t } = useI18n();
  const me = useMe();
  const period = board.period;
  return (
    <Stack>
      <Anchor component={Link} to="/reporting" size="sm">
        ‹ {t('app.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Title order={1} size="h3">
            {period.label}
          </Title>
          <DeadlineLine period={period} extendedTo={null} />
          <Text size="xs" c="dimmed">
            {t('reporting.locksOn', { date: formatDate(period.locksOn) })}
          </Text>
        </Stack>
        <Group gap="xs">
          {me.abilities['period.manage'] && (
            <Button
              component="a"
              href={`/api/reporting/periods/${period.id}/reminder-letter.docx`}
              download
              variant="light"
            >
              {t('reporting.board.reminder')}
            </Button>
          )}
          {(me.abilities['consolidation.build'] || me.user.role === 'viewer') && (
            <Button component={Link} to={`/reporting/periods/${period.id}/consolidation`}>
              {t('reporting.board.consolidation')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="xs">
          <RateLine label={t('reporting.rate.reporting')} rate={board.overall.reportingRate} color="blue" />
          <RateLine label={t('reporting.rate.onTime')} rate={board.overall.onTimeRate} color="green" />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mb="sm">
          {t('reporting.rate.counts', {
            submitted: board.overall.submitted,
            expected: board.overall.expected,
            overdue: board.overall.overdue,
          })}
        </Text>
        <BoardCharts board={board} />
      </Paper>
      <Tabs defaultValue="agencies" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="agencies">
            {t('reporting.board.byAgency')} ({board.byAgency.length})
          </Tabs.Tab>
          <Tabs.Tab value="tasks">
            {t('reporting.board.byTask')} ({board.byTask.length})
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="agencies" pt="sm">
          <AgencyTable board={board} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="sm">
          <TaskTable board={board} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function AgencyTable({ board }: { board: Board }) {
  const { t } = useI18n();
  const me = useMe();
  const canExtend = me.abilities['period.manage'] === true;
  const [extending, setExtending] = useState<Board['byAgency'][number] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const rows = useMemo(() => {
    const q = query.trim();
    return board.byAgency.filter(
      (a) =>
        (!q || matchesFolded(a.agency, q)) && (!onlyProblems || a.timeliness === 'late' || a.timeliness === 'overdue'),
    );
  }, [board, query, onlyProblems]);
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap">
        <TextInput
          placeholder={t('reporting.board.filter')}
          aria-label={t('reporting.board.filter')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Checkbox
          label={t('reporting.board.onlyProblems')}
          checked={onlyProblems}
          onChange={(e) => setOnlyProblems(e.currentTarget.checked)}
        />
      </Group>
      {done && (
        <Alert color="teal" p="xs" withCloseButton onClose={() => setDone(null)} data-testid="extension-done">
          {done}
        </Alert>
      )}
      <ExtensionDialog
        key={extending?.agencyId ?? 0}
        period={board.period}
        row={extending}
        onClose={() => setExtending(null)}
        onDone={(message) => {
          setExtending(null);
          setDone(message);
        }}
      />
      <Table.ScrollContainer minWidth={420}>
        <Table striped highlightOnHover verticalSpacing={6} data-testid="board-agencies">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reporting.board.agency')}</Table.Th>
              <Table.Th>{t('reporting.board.status')}</Table.Th>
              <Table.Th>{t('reporting.board.submitted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.agencyId} data-testid={`board-row-${a.agencyId}`}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/reporting/periods/${a.periodId}/agencies/${a.agencyId}`}
                    size="sm"
                    aria-label={`${t('reporting.home.open')}: ${a.agency}`}
                  >
                    {a.agency}
                  </Anchor>
                  {a.exceptionTo && (
                    <Text size="xs" c="dimmed" data-testid={`board-extended-${a.agencyId}`}>
                      {t('reporting.extendedTo', { date: formatDate(a.exceptionTo) })}
                    </Text>
                  )}
                  {canExtend && !a.firstSubmittedAt && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      mih={44}
                      px={4}
                      onClick={() => setExtending(a)}
                      aria-label={`${t('cycle.extension.button')}: ${a.agency}`}
                    >
                      {t('cycle.extension.button')}
                    </Button>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadges
                    status={a.status}
                    label={(() => {
                      const key = cycleStatusKey(a.status, a);
                      return key ? t(key) : undefined;
                    })()}
                    timeliness={a.timeliness}
                  />
                  {a.daysLate ? (
                    <Text size="xs" c="dimmed">
                      {t('cycle.daysLate', { days: a.daysLate })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <SendsLine first={a.firstSubmittedAt} last={a.submittedAt} sends={a.sends} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function TaskTable({ board }: { board: Board }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reporting.board.task')}</Table.Th>
            <Table.Th>{t('reporting.rate.reporting')}</Table.Th>
            <Table.Th>{t('reporting.rate.onTime')}</Table.Th>
            <Table.Th>{t('reporting.timeliness.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.byTask.map((task) => (
            <Table.Tr key={task.taskId}>
              <Table.Td>
                <Anchor component={Link} to={`/reporting/periods/${board.period.id}/tasks/${task.taskId}`} size="sm">
                  <b>{task.code}</b> {task.title.length > 110 ? `${task.title.slice(0, 110)}…` : task.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatRate(task.reportingRate)}{' '}
                <Text span size="xs" c="dimmed">
                  ({task.submitted}/{task.expected})
                </Text>
              </Table.Td>
              <Table.Td>{formatRate(task.onTimeRate)}</Table.Td>
              <Table.Td>
                {task.overdue > 0 ? (
                  <Badge color={timelinessColor('overdue')} variant="light">
                    {task.overdue}
                  </Badge>
                ) : (
                  '0'
                )}
                <Text span size="xs" c="dimmed" ml={4} visibleFrom="sm">
                  {task.overdue > 0 ? timelinessLabel(t, 'overdue').toLowerCase() : ''}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
