import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatDate } from '@common/calendar/iso-date';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { CoverageTable } from './CaseCoverage';
import { useResponseBoard } from './response.api';

/** The board: open cases by severity and age, response and closing times, the quarterly duty, foreign groups. */
export function BoardPanel({ year }: { year: number }) {
  const { t } = useI18n();
  const query = useResponseBoard(year);
  const b = query.data;
  const tile = (label: string, value: string, testId?: string) => (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Card>
  );
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {b && (
        <Stack>
          <Text size="sm" data-testid="board-window">
            {t('response.board.window', {
              from: formatDate(b.window.from),
              to: formatDate(b.window.to),
              cases: b.window.casesHandled,
              conferences: b.window.conferencesHeld,
              groups: b.window.foreignGroupsReceived,
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {tile(
              t('response.board.openBySeverity'),
              (['critical', 'high', 'medium', 'low'] as const)
                .map((s) => `${t(`response.severity.${s}`)}: ${b.openBySeverity[s] ?? 0}`)
                .join(' · '),
            )}
            {tile(
              t('response.board.openByAge'),
              `${t('response.board.upTo7')}: ${b.openByAge.upTo7} · ${t('response.board.upTo30')}: ${b.openByAge.upTo30} · ${t('response.board.over30')}: ${b.openByAge.over30}`,
            )}
            {tile(
              t('response.board.firstResponse'),
              b.medianHoursToFirstResponse === null
                ? '—'
                : t('response.board.hours', { value: b.medianHoursToFirstResponse }),
            )}
            {tile(
              t('response.board.toClose'),
              b.medianDaysToClose === null ? '—' : t('response.board.days', { value: b.medianDaysToClose }),
            )}
            {tile(t('response.board.lapsed'), String(b.lapsedReferrals))}
            {tile(t('response.board.foreign'), String(b.foreignGroupsReceived), 'board-foreign')}
            {tile(
              t('response.board.conferences'),
              b.quarters
                .map(
                  (q) => `${t('response.conf.quarter', { quarter: q.quarter })}: ${q.held}${q.isMissing ? ' ⚠' : ''}`,
                )
                .join(' · '),
            )}
          </SimpleGrid>
          <CoverageTable rows={b.coverageAfterActions} withCase />
        </Stack>
      )}
    </QueryState>
  );
}
