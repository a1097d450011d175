import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatRate, lineStatusLabel } from './reporting-labels';
import { useTaskView } from './reporting.api';
import { StatusBadges } from './StatusBadges';

/** One task of a period with every owing agency's line side by side. */
export function TaskAcrossAgenciesPage() {
  const { t } = useI18n();
  const params = useParams();
  const periodId = Number(params.periodId);
  const view = useTaskView(periodId, Number(params.taskId));
  const data = view.data;
  return (
    <QueryState isLoading={view.isLoading} error={view.error} onRetry={() => void view.refetch()}>
      {data && (
        <Stack>
          <Anchor component={Link} to={`/reporting/periods/${periodId}`} size="sm">
            ‹ {data.period.label}
          </Anchor>
          <Title order={1} size="h4">
            {data.task.code}. {data.task.title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reporting.rate.reporting')}: {formatRate(data.rates.reportingRate)} · {t('reporting.rate.onTime')}:{' '}
            {formatRate(data.rates.onTimeRate)} ·{' '}
            {t('reporting.rate.counts', {
              submitted: data.rates.submitted,
              expected: data.rates.expected,
              overdue: data.rates.overdue,
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data.agencies.map((a) => (
              <Card
                key={a.agencyId}
                withBorder
                padding="sm"
                style={
                  a.line?.reviewStatus === 'returned' ? { borderColor: 'var(--mantine-color-orange-6)' } : undefined
                }
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Anchor
                    component={Link}
                    to={`/reporting/periods/${periodId}/agencies/${a.agencyId}`}
                    fw={600}
                    size="sm"
                  >
                    {a.agency}
                  </Anchor>
                </Group>
                <StatusBadges status={a.status} timeliness={a.timeliness} />
                {a.line ? (
                  <Stack gap={4} mt="xs">
                    <Text size="xs" fw={600}>
                      {lineStatusLabel(t, a.line.status)}
                    </Text>
                    {a.line.doneText && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        <b>{t('reporting.line.done')}:</b> {a.line.doneText}
                      </Text>
                    )}
                    {a.line.resultsText && (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        <b>{t('reporting.line.results')}:</b> {a.line.resultsText}
                      </Text>
                    )}
                    {a.line.evidenceLinks.map((link) => (
                      <Anchor
                        key={link}
                        href={link}
                        target="_blank"
                        rel="noreferrer"
                        size="xs"
                        style={{ wordBreak: 'break-all' }}
                      >
                        {link}
                      </Anchor>
                    ))}
                    {a.line.reviewComment && (
                      <Text size="xs" c="orange.8">
                        {t('reporting.line.reviewComment')}: {a.line.reviewComment}
                      </Text>
                    )}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed" mt="xs">
                    {t('reporting.task.noLine')}
                  </Text>
                )}
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </QueryState>
  );
}
