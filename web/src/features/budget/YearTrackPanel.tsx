import { formatDate } from '@common/calendar/iso-date';
import { Button, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { StatCard } from '../../components/StatCard';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDong, formatExecution, type YearTrack } from './budget.api';
import { ScrollRegion } from './ScrollRegion';

/** The province leader's year so far: tasks with activity, money, overdue reports, open cases, results. */
export function YearTrackPanel({ year }: { year: YearTrack }) {
  const { t, language } = useI18n();
  const number = (n: number) => n.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
  const without = year.tasks.without.map((task) => task.code).join(', ');
  return (
    <Stack gap="md" data-testid="year-track">
      <Title order={2} size="h4">
        {t('year.title', { year: year.year, date: formatDate(year.through) })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <StatCard
          testId="year-tasks"
          label={t('year.tasks')}
          value={`${year.tasks.withActivity}/${year.tasks.total}`}
          detail={without ? t('year.tasksWithout', { codes: without }) : undefined}
        />
        <StatCard
          testId="year-budget"
          label={t('year.budget')}
          value={formatExecution(year.budget.executionBasisPoints, language)}
          detail={t('year.budgetDetail', {
            spent: formatDong(year.budget.spent),
            allocated: formatDong(year.budget.allocated),
          })}
        />
        <StatCard testId="year-overdue" label={t('year.overdueReports')} value={number(year.overdueReports)} />
        <StatCard
          testId="year-cases"
          label={t('year.openCases')}
          value={year.openCases === null ? '—' : number(year.openCases)}
        />
      </SimpleGrid>
      <Text size="sm" data-testid="year-requests">
        {t('year.requests', { pending: year.budget.requestsPending, overdue: year.budget.requestsOverdue })}
      </Text>
      <div>
        <Button component={Link} to="/budget" size="sm" variant="default">
          {t('year.openBudget')}
        </Button>
      </div>
      {year.indicators.length > 0 && (
        // Closed by default: the report figures above already answer "against last year"; this is the record behind them.
        <Paper withBorder p={{ base: 'xs', sm: 'sm' }} component="details">
          <Text
            component="summary"
            fw={600}
            size="sm"
            style={{ cursor: 'pointer', minHeight: 44, alignContent: 'center' }}
          >
            {t('year.indicators')} ({year.indicators.length})
          </Text>
          <ScrollRegion label={t('year.indicators')} minWidth={300}>
            <Table striped verticalSpacing={6} data-testid="year-indicators">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('year.indicator')}</Table.Th>
                  <Table.Th ta="right">{t('year.thisYear')}</Table.Th>
                  <Table.Th ta="right">{t('year.lastYear')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {year.indicators.map((i) => (
                  <Table.Tr key={i.code}>
                    <Table.Td>
                      <Text size="sm">{language === 'en' ? (i.nameEn ?? i.name) : i.name}</Text>
                      <Text size="xs" c="dimmed">
                        {language === 'en' ? (i.unitEn ?? i.unit) : i.unit}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{number(i.value)}</Table.Td>
                    <Table.Td ta="right">{number(i.lastYear)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Paper>
      )}
    </Stack>
  );
}
