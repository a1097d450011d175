import {
  Anchor,
  Button,
  Card,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { useMe } from '../auth/session';
import { usePlans } from '../plans/plans.api';
import { formatRate } from './reporting-labels';
import { usePeriods } from './reporting.api';
import type { PeriodWithRates } from './reporting.types';
import { StatusBadges } from './StatusBadges';

/** "Báo cáo": agency staff see their own reports; the province sees each period's rates. */
export function ReportingHomePage() {
  const { t } = useI18n();
  const me = useMe();
  // Coordinators and province leaders also belong to an agency; what matters is the role.
  const agencyStaff = me.user.role === 'agency-officer' || me.user.role === 'agency-leader';
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h3">
          {agencyStaff ? t('reporting.home.mine') : t('reporting.home.title')}
        </Title>
        <Button component={Link} to="/reporting/contacts" variant="light" size="sm">
          {t('reporting.contacts.title')}
        </Button>
      </Group>
      {agencyStaff ? <OwnReports /> : <PlanPeriods />}
    </Stack>
  );
}

function OwnReports() {
  const { t } = useI18n();
  const periods = usePeriods();
  const rows = periods.data?.periods.filter((p) => p.ownStatus) ?? [];
  return (
    <QueryState isLoading={periods.isLoading} error={periods.error} onRetry={() => void periods.refetch()}>
      {rows.length === 0 && <Text c="dimmed">{t('reporting.home.none')}</Text>}
      <Stack gap="sm">
        {rows.map((period) => (
          <OwnReportCard key={period.id} period={period} />
        ))}
      </Stack>
    </QueryState>
  );
}

function OwnReportCard({ period }: { period: PeriodWithRates }) {
  const { t } = useI18n();
  const own = period.ownStatus!;
  const to = `/reporting/periods/${period.id}/agencies/${own.agencyId}`;
  return (
    <Card withBorder padding="sm" component={Link} to={to} data-testid={`own-period-${period.id}`}>
      {/* The link's name is its whole text (WCAG 2.5.3: what is seen is part of what is heard). */}
      <VisuallyHidden>{t('reporting.home.open')}: </VisuallyHidden>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600}>{period.label}</Text>
          <Text size="sm" c="dimmed">
            {t('reporting.dueOn', { date: formatDate(period.dueOn) })}
            {own.exceptionTo ? ` · ${t('reporting.extendedTo', { date: formatDate(own.exceptionTo) })}` : ''}
          </Text>
          <StatusBadges status={own.status} timeliness={own.timeliness} />
        </Stack>
        <Text c="blue" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {own.entryOpen && own.status !== 'submitted' && own.status !== 'accepted'
            ? t('reporting.home.fill')
            : t('reporting.home.view')}{' '}
          ›
        </Text>
      </Group>
    </Card>
  );
}

function PlanPeriods() {
  const { t } = useI18n();
  const me = useMe();
  const plans = usePlans();
  const [planId, setPlanId] = useState<number | null>(null);
  const options = useMemo(
    () => (plans.data?.plans ?? []).map((p) => ({ value: String(p.id), label: `${p.year} — ${p.title}` })),
    [plans.data],
  );
  useEffect(() => {
    if (planId !== null || !plans.data) return;
    const year = Number(me.today.slice(0, 4));
    const current = plans.data.plans.find((p) => p.year <= year && p.status === 'issued') ?? plans.data.plans[0];
    if (current) setPlanId(current.id);
  }, [plans.data, planId, me.today]);
  const periods = usePeriods(planId);
  return (
    <Stack>
      <Select
        label={t('reporting.home.plan')}
        data={options}
        value={planId ? String(planId) : null}
        onChange={(v) => setPlanId(v ? Number(v) : null)}
        allowDeselect={false}
        maw={520}
      />
      <QueryState
        isLoading={periods.isLoading || planId === null}
        error={periods.error}
        onRetry={() => void periods.refetch()}
      >
        {periods.data?.periods.length === 0 && <Text c="dimmed">{t('reporting.home.noPeriods')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {periods.data?.periods.map((period) => (
            <Card key={period.id} withBorder padding="sm" data-testid={`period-${period.kind}`}>
              <Anchor component={Link} to={`/reporting/periods/${period.id}`} fw={600}>
                {period.label}
              </Anchor>
              <Text size="sm" c="dimmed" mb="xs">
                {t('reporting.dueOn', { date: formatDate(period.dueOn) })} ·{' '}
                {t('reporting.locksOn', { date: formatDate(period.locksOn) })}
              </Text>
              <RateLine label={t('reporting.rate.reporting')} rate={period.rates.reportingRate} color="blue" />
              <RateLine label={t('reporting.rate.onTime')} rate={period.rates.onTimeRate} color="green" />
              <Text size="xs" c="dimmed" mt={4}>
                {t('reporting.rate.counts', {
                  submitted: period.rates.submitted,
                  expected: period.rates.expected,
                  overdue: period.rates.overdue,
                })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
    </Stack>
  );
}

/** A labelled progress bar for one rate. */
export function RateLine({ label, rate, color }: { label: string; rate: number | null; color: string }) {
  return (
    <Stack gap={2} mb={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {formatRate(rate)}
        </Text>
      </Group>
      <Progress value={rate ?? 0} color={color} size="sm" aria-label={label} />
    </Stack>
  );
}
