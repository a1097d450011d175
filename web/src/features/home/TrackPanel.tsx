import { formatDate } from '@common/calendar/iso-date';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { StatCard } from '../../components/StatCard';
import { useI18n } from '../../i18n/I18nProvider';
import { changeFromLastYear, formatPercent, type HomeView, periodName } from './home.api';
import { RateBar } from './RateBar';

/** The province leader's "are we on track": reports in, on time, tasks reported on, figures against last year. */
export function TrackPanel({ data }: { data: HomeView }) {
  const { t, language } = useI18n();
  const track = data.track;
  if (!track) return <Text c="dimmed">{t('home.track.none')}</Text>;
  const number = (n: number) => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <Stack gap="md" data-testid="home-track">
      <div>
        <Title order={2} size="h4">
          {t('home.track')}
        </Title>
        <Text size="sm" c="dimmed">
          {periodName(t, language, track.period)} · {t('home.dueOn', { date: formatDate(track.period.dueOn) })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <StatCard
          testId="track-reports"
          label={t('home.track.reports')}
          value={`${track.rates.submitted}/${track.rates.expected}`}
          detail={formatPercent(track.rates.reportingRate, language)}
        />
        <StatCard
          testId="track-on-time"
          label={t('home.track.onTime')}
          value={formatPercent(track.rates.onTimeRate, language)}
          detail={
            track.lastYear
              ? t('home.track.lastYear', { rate: formatPercent(track.lastYear.rates.onTimeRate, language) })
              : undefined
          }
        />
        <StatCard
          testId="track-tasks"
          label={t('home.track.tasks')}
          value={`${track.tasksReported}/${track.tasksOwed}`}
          detail={t('home.track.tasksDone', { count: track.tasksDone })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <RateBar label={t('home.reportingRate')} rate={track.rates.reportingRate} color="blue" />
        <RateBar label={t('home.onTime')} rate={track.rates.onTimeRate} color="green" />
      </SimpleGrid>
      <Group gap="xs">
        <Button component={Link} to={`/reporting/periods/${track.period.id}`} size="sm">
          {t('home.openBoard')}
        </Button>
        <Button component={Link} to={`/reporting/periods/${track.period.id}/consolidation`} size="sm" variant="default">
          {t('home.openConsolidation')}
        </Button>
      </Group>
      {track.figures.length > 0 && (
        <Paper withBorder p={{ base: 'xs', sm: 'sm' }}>
          <Title order={3} size="h5" mb={4}>
            {t('home.track.figures')}
          </Title>
          {track.rates.submitted < track.rates.expected && (
            <Text size="xs" c="orange.9" mb="xs" data-testid="track-partial">
              {t('home.track.partial', { submitted: track.rates.submitted, expected: track.rates.expected })}
            </Text>
          )}
          <Table.ScrollContainer minWidth={320}>
            <Table striped verticalSpacing={6} data-testid="track-figures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('home.track.indicator')}</Table.Th>
                  <Table.Th ta="right">{t('home.track.thisYear')}</Table.Th>
                  <Table.Th ta="right">{t('home.track.previous')}</Table.Th>
                  <Table.Th ta="right">{t('home.track.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {track.figures.map((figure) => {
                  const change = changeFromLastYear(figure.total, figure.previous);
                  const unit = language === 'en' ? (figure.unitEn ?? figure.unit) : figure.unit;
                  return (
                    <Table.Tr key={figure.code} data-testid={`figure-${figure.code}`}>
                      <Table.Td>
                        <Text size="sm">{language === 'en' ? (figure.nameEn ?? figure.name) : figure.name}</Text>
                        <Text size="xs" c="dimmed">
                          {unit}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{number(figure.total)}</Table.Td>
                      <Table.Td ta="right">{figure.previous === null ? '—' : number(figure.previous)}</Table.Td>
                      <Table.Td ta="right" c={change === null ? 'dimmed' : change >= 0 ? 'green.8' : 'red.8'}>
                        {change === null
                          ? figure.previous === 0
                            ? t('home.track.new')
                            : '—'
                          : `${change > 0 ? '+' : change < 0 ? '−' : ''}${Math.abs(change)}%`}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Anchor component={Link} to={`/plans/${data.plan?.id ?? ''}`} size="sm" mt="xs" display="inline-block">
            {t('home.openPlan')}
          </Anchor>
        </Paper>
      )}
    </Stack>
  );
}
