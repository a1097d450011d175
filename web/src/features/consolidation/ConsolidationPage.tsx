import { Accordion, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../../lib/dates';
import { IndicatorTotals, LateMissingRemarks, TaskSyntheses } from './ConsolidationTables';
import type { ConsolidationView } from './consolidation.types';
import { NarrativeEditor } from './NarrativeEditor';

/** The consolidated report of a period: figures, syntheses, late and missing agencies, the narrative and the downloads. */
export function ConsolidationPage() {
  const { t } = useI18n();
  const periodId = Number(useParams().periodId);
  const query = useQuery({
    queryKey: ['consolidation', periodId],
    queryFn: ({ signal }) => api.get<ConsolidationView>(`/api/consolidation/periods/${periodId}`, undefined, signal),
    enabled: periodId > 0,
    staleTime: 0,
  });
  const data = query.data;
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {data && (
        <Stack>
          <Anchor component={Link} to={`/reporting/periods/${periodId}`} size="sm">
            ‹ {data.period.label}
          </Anchor>
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={2}>
              <Title order={1} size="h3">{t('consolidation.title')}</Title>
              <Text size="sm">{data.period.label} · {t('reporting.dueOn', { date: formatDate(data.period.dueOn) })}</Text>
              <Text size="sm" c="dimmed" data-testid="consolidation-counts">
                {t('consolidation.counts', { submitted: data.counts.submitted, expected: data.counts.expected, onTime: data.counts.onTime, late: data.counts.late, missing: data.counts.missing })}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button component="a" href={`/api/consolidation/periods/${periodId}/report.docx`} download>
                {t('consolidation.downloadDocx')}
              </Button>
              <Button component="a" href={`/api/consolidation/periods/${periodId}/report.xlsx`} download variant="light">
                {t('consolidation.downloadXlsx')}
              </Button>
            </Group>
          </Group>
          <Accordion multiple defaultValue={['indicators', 'narrative']} variant="separated">
            <Accordion.Item value="indicators">
              <Accordion.Control>{t('consolidation.indicators')}</Accordion.Control>
              <Accordion.Panel><IndicatorTotals data={data} /></Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="tasks">
              <Accordion.Control>{t('consolidation.tasks')}</Accordion.Control>
              <Accordion.Panel><TaskSyntheses data={data} /></Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="agencies">
              <Accordion.Control>{t('consolidation.late', { count: data.late.length })} · {t('consolidation.missing', { count: data.missing.length })}</Accordion.Control>
              <Accordion.Panel><LateMissingRemarks data={data} /></Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="narrative">
              <Accordion.Control>{t('consolidation.narrative')}</Accordion.Control>
              <Accordion.Panel>
                <Paper>
                  <NarrativeEditor periodId={periodId} narrative={data.narrative} onReload={() => query.refetch()} editable={data.abilities['consolidation.build']} />
                </Paper>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      )}
    </QueryState>
  );
}
