import { SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { daysFromDue, formatRate, timelinessLabel } from './reporting-labels';
import type { Board } from './reporting.types';

const EChart = lazy(() => import('./RateCharts'));
const CLASS_COLORS = {
  'on-time': '#2f9e44',
  late: '#f08c00',
  'pending-within-term': '#1c7ed6',
  overdue: '#e03131',
} as const;

/** Rates overall, agencies by timeliness class, and how far behind the late or overdue agencies are. */
export function BoardCharts({ board }: { board: Board }) {
  const { t } = useI18n();
  const overall = useMemo(
    () => ({
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: (v: number) => formatRate(v) } },
      yAxis: { type: 'category', data: [t('reporting.rate.onTime'), t('reporting.rate.reporting')] },
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatRate(v) },
      series: [
        {
          type: 'bar',
          data: [
            { value: board.overall.onTimeRate ?? 0, itemStyle: { color: '#2f9e44' } },
            { value: board.overall.reportingRate ?? 0, itemStyle: { color: '#1c7ed6' } },
          ],
          label: { show: true, position: 'right', formatter: (p: { value: number }) => formatRate(p.value) },
          barWidth: 22,
        },
      ],
    }),
    [board, t],
  );
  const classes = useMemo(() => {
    const keys = ['on-time', 'late', 'pending-within-term', 'overdue'] as const;
    const counts = {
      'on-time': board.overall.onTime,
      late: board.overall.late,
      'pending-within-term': board.overall.pendingWithinTerm,
      overdue: board.overall.overdue,
    };
    return {
      grid: { left: 8, right: 30, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: keys.map((k) => timelinessLabel(t, k)), inverse: true },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          data: keys.map((k) => ({ value: counts[k], itemStyle: { color: CLASS_COLORS[k] } })),
          label: { show: true, position: 'right' },
          barWidth: 18,
        },
      ],
    };
  }, [board, t]);
  const behind = useMemo(
    () =>
      board.byAgency
        .filter((a) => a.timeliness === 'late' || a.timeliness === 'overdue')
        .map((a) => ({
          name: a.agency,
          // Working days from the due date in force (the server counts them the one way every screen uses).
          days: a.daysLate ?? daysFromDue(a.dueInForce, a.firstSubmittedAt, board.today),
          cls: a.timeliness,
        }))
        .sort((a, b) => b.days - a.days),
    [board],
  );
  const byAgency = useMemo(
    () => ({
      grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, name: t('reporting.chart.days'), nameLocation: 'end' },
      yAxis: {
        type: 'category',
        data: behind.map((b) => b.name),
        inverse: true,
        axisLabel: {
          width: typeof window !== 'undefined' && window.innerWidth < 600 ? 150 : 240,
          overflow: 'truncate',
        },
      },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          data: behind.map((b) => ({ value: b.days, itemStyle: { color: CLASS_COLORS[b.cls] } })),
          label: { show: true, position: 'right' },
          barWidth: 12,
        },
      ],
    }),
    [behind, t],
  );
  return (
    <Suspense fallback={null}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('reporting.chart.overall')}
          </Text>
          <EChart option={overall} height={120} label={t('reporting.chart.overall')} />
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('reporting.chart.classes')}
          </Text>
          <EChart option={classes} height={160} label={t('reporting.chart.classes')} />
        </Stack>
      </SimpleGrid>
      <Stack gap={4} mt="sm">
        <Text fw={600} size="sm">
          {t('reporting.chart.daysLate')}
        </Text>
        {behind.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reporting.chart.none')}
          </Text>
        ) : (
          <EChart
            option={byAgency}
            height={Math.max(120, behind.length * 22 + 30)}
            label={t('reporting.chart.daysLate')}
          />
        )}
      </Stack>
    </Suspense>
  );
}
