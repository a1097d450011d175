import { formatDate, formatDateTime } from '@common/calendar/iso-date';
import type { MessageKey } from '@common/i18n/vi/index';
import { ROLE_LABELS } from '@common/permissions';
import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { lazyWithMessages } from '../../i18n/messages';
import { useMe } from '../auth/session';
import { type HomeView, periodName, useHome, type WorkItem, workLink } from './home.api';
import { RateBar } from './RateBar';

// Parts only one role sees load when that role's home asks for them: the first page stays small for everyone else.
const AccountsHome = lazyWithMessages(() => import('./OversightHome').then((m) => ({ default: m.AccountsHome })));
const UpwardHome = lazyWithMessages(() => import('./OversightHome').then((m) => ({ default: m.UpwardHome })));
const TrackPanel = lazyWithMessages(() => import('./TrackPanel').then((m) => ({ default: m.TrackPanel })));
const YearTrackPanel = lazyWithMessages(() =>
  import('../budget/YearTrackPanel').then((m) => ({ default: m.YearTrackPanel })),
);

const KIND_COLORS: Record<WorkItem['kind'], string> = {
  returned: 'red',
  overdue: 'red',
  'awaiting-approval': 'orange',
  'awaiting-send': 'orange',
  'awaiting-review': 'blue',
  due: 'gray',
};

/**
 * The app's first screen: the reader's own work by role — an agency officer's reports due, overdue
 * and returned; the leader's awaiting approval; the coordinator's current period and what needs a
 * decision; the province leader's "are we on track"; the administrator's accounts that need
 * attention; the ministry's provinces' reports to review.
 */
export function HomePage() {
  const { t, language } = useI18n();
  const me = useMe();
  const home = useHome();
  const data = home.data;
  return (
    <QueryState isLoading={home.isLoading} error={home.error} onRetry={() => void home.refetch()}>
      {data && (
        <Stack gap="md" data-testid={`home-${data.role}`}>
          <div>
            <Title order={1} size="h3">
              {t('home.greeting', { name: me.user.displayName })}
            </Title>
            <Text size="sm" c="dimmed">
              {data.agency
                ? t('home.roleAt', { role: ROLE_LABELS[data.role][language], agency: data.agency.name })
                : ROLE_LABELS[data.role][language]}
            </Text>
            {data.plan && (
              <Group gap="xs" mt={4} wrap="wrap">
                <Text size="sm">{t('home.currentPlan', { title: data.plan.title })}</Text>
                <Anchor component={Link} to={`/plans/${data.plan.id}`} size="sm">
                  {t('home.openPlan')}
                </Anchor>
              </Group>
            )}
          </div>
          {(data.role === 'agency-officer' || data.role === 'agency-leader') && <AgencyWork data={data} />}
          <Suspense fallback={null}>
            {data.accounts && <AccountsHome accounts={data.accounts} />}
            {data.upward && <UpwardHome upward={data.upward} />}
          </Suspense>
          {(data.role === 'coordinator' || data.role === 'admin') && <CoordinatorHome data={data} />}
          {data.role === 'viewer' && (
            <Suspense fallback={null}>
              <TrackPanel data={data} />
              {data.yearTrack && <YearTrackPanel year={data.yearTrack} />}
            </Suspense>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/**
 * The last thing that happened to a report: its return while it is being corrected (never the old
 * send time beside a draft), else its latest send.
 */
function sentOrReturned(t: ReturnType<typeof useI18n>['t'], item: WorkItem): string {
  if (item.returnedAt && (item.status === 'returned' || item.status === 'draft'))
    return ` · ${t('home.returnedAt', { time: formatDateTime(item.returnedAt) })}`;
  if (item.submittedAt && item.status !== 'draft')
    return ` · ${t('home.sentAt', { time: formatDateTime(item.submittedAt) })}`;
  return '';
}

/** One report on the list: period, what is the matter, the date in force, the one thing to do. */
function WorkCard({ item, action }: { item: WorkItem; action: MessageKey }) {
  const { t, language } = useI18n();
  return (
    <Card withBorder padding="sm" data-testid={`work-${item.kind}-${item.periodId}-${item.agencyId}`}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Text fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {periodName(t, language, { label: item.periodLabel, kind: item.periodKind, year: item.periodYear })}
          </Text>
          <Badge color={KIND_COLORS[item.kind]} variant="light" tt="none" style={{ maxWidth: '100%' }}>
            {t(`home.kind.${item.kind}`)}
          </Badge>
        </Group>
        <Text size="sm" c={item.kind === 'overdue' ? 'red.8' : undefined}>
          {t(item.extended ? 'home.extendedTo' : 'home.dueOn', { date: formatDate(item.dueOn) })}
          {sentOrReturned(t, item)}
        </Text>
        {item.locked && item.kind === 'overdue' && (
          <Text size="xs" c="dimmed">
            {t('home.locked')}
          </Text>
        )}
        <Group>
          <Button
            component={Link}
            to={workLink(item)}
            size="sm"
            variant={item.kind === 'awaiting-review' ? 'light' : 'filled'}
          >
            {t(action)}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** An agency officer's or leader's reports that need them, most urgent first. */
function AgencyWork({ data }: { data: HomeView }) {
  const { t } = useI18n();
  const leader = data.role === 'agency-leader';
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t(leader ? 'home.mine.leader' : 'home.mine.officer')}
        </Title>
        <Anchor component={Link} to="/reporting" size="sm">
          {t('home.allReports')}
        </Anchor>
      </Group>
      {data.work.length === 0 ? (
        <Text c="dimmed" data-testid="home-nothing">
          {t('home.mine.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {data.work.map((item) => (
            <WorkCard key={`${item.periodId}-${item.agencyId}`} item={item} action={`home.action.${item.kind}`} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** A compact line of the coordinator's lists: the agency, the period and date, the one action. */
function WorkRow({ item, action }: { item: WorkItem; action: MessageKey }) {
  const { t } = useI18n();
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      py={6}
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
      data-testid={`work-${item.kind}-${item.periodId}-${item.agencyId}`}
    >
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
          {item.agency}
        </Text>
        <Text size="xs" c="dimmed">
          {item.kind === 'awaiting-review' && item.submittedAt
            ? t('home.sentAt', { time: formatDateTime(item.submittedAt) })
            : t(item.extended ? 'home.extendedTo' : 'home.dueOn', { date: formatDate(item.dueOn) })}
          {item.locked && item.kind === 'overdue' ? ` · ${t('home.lockedShort')}` : ''}
        </Text>
      </div>
      <Button component={Link} to={workLink(item)} size="compact-sm" variant="light" style={{ flexShrink: 0 }}>
        {t(action)}
      </Button>
    </Group>
  );
}

/** The coordinator's reports to review, grouped by period (a period's label once, not on every line). */
function ReviewList({ items }: { items: WorkItem[] }) {
  const { t, language } = useI18n();
  const periods = [
    ...new Map(
      items.map((i) => [
        i.periodId,
        periodName(t, language, { label: i.periodLabel, kind: i.periodKind, year: i.periodYear }),
      ]),
    ).entries(),
  ];
  return (
    <Paper withBorder px="sm" py={4}>
      {periods.map(([periodId, label]) => (
        <div key={periodId}>
          <Text size="xs" c="dimmed" fw={600} pt={6}>
            {label}
          </Text>
          {items
            .filter((i) => i.periodId === periodId)
            .map((item) => (
              <WorkRow key={`${item.periodId}-${item.agencyId}`} item={item} action="home.action.review" />
            ))}
        </div>
      ))}
    </Paper>
  );
}

const SHOWN_OVERDUE = 8;

/** The coordinator: the current period's board in brief, and the reports and agencies awaiting a decision. */
function CoordinatorHome({ data }: { data: HomeView }) {
  const { t, language } = useI18n();
  const review = data.work.filter((w) => w.kind === 'awaiting-review');
  const overdue = data.work.filter((w) => w.kind === 'overdue');
  const current = data.current;
  return (
    <Stack gap="md">
      {current && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="home-current">
          <Stack gap="xs">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('home.current')}
            </Text>
            <Title order={2} size="h4">
              {periodName(t, language, current.period)}
            </Title>
            <Text size="sm">
              {t('home.dueOn', { date: formatDate(current.period.dueOn) })} ·{' '}
              {t('home.reportsIn', { submitted: current.rates.submitted, expected: current.rates.expected })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <RateBar label={t('home.reportingRate')} rate={current.rates.reportingRate} color="blue" />
              <RateBar label={t('home.onTime')} rate={current.rates.onTimeRate} color="green" />
            </SimpleGrid>
            <Group gap="xs">
              <Button component={Link} to={`/reporting/periods/${current.period.id}`} size="sm">
                {t('home.openBoard')}
              </Button>
              <Button
                component={Link}
                to={`/reporting/periods/${current.period.id}/consolidation`}
                size="sm"
                variant="default"
              >
                {t('home.openConsolidation')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <Title order={2} size="h4">
        {t('home.decisions')}
      </Title>
      {review.length + overdue.length === 0 && <Text c="dimmed">{t('home.decisions.none')}</Text>}
      {overdue.length > 0 && (
        <Stack gap="xs" data-testid="home-overdue">
          <Text fw={600}>{t('home.overdueAgencies', { count: overdue.length })}</Text>
          <Paper withBorder px="sm" py={4}>
            {overdue.slice(0, SHOWN_OVERDUE).map((item) => (
              <WorkRow key={`${item.periodId}-${item.agencyId}`} item={item} action="home.action.open" />
            ))}
            {overdue.length > SHOWN_OVERDUE && current && (
              <Anchor component={Link} to={`/reporting/periods/${current.period.id}`} size="sm">
                {t('home.andMore', { count: overdue.length - SHOWN_OVERDUE })}
              </Anchor>
            )}
          </Paper>
        </Stack>
      )}
      {review.length > 0 && (
        <Stack gap="xs" data-testid="home-review">
          <Text fw={600}>{t('home.toReview', { count: review.length })}</Text>
          <ReviewList items={review} />
        </Stack>
      )}
    </Stack>
  );
}
