import * as c from '@common/contracts/consolidation';
import { Accordion, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { call } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { IndicatorTotals, LateMissingRemarks } from './ConsolidationTables';
import { NarrativeEditor } from './NarrativeEditor';
import { ReportChecks } from './ReportChecks';
import { ReportSettings } from './ReportSettings';
import { TaskSynthesisList } from './TaskSynthesisList';
import { UpwardPanel } from '../ministry/UpwardPanel';

/**
 * The consolidated report of a period: the checks to look at before signing, the references and
 * form, figures, the synthesis per task with its editable highlights, late and missing agencies
 * (internal), the narrative and the downloads.
 */
export function ConsolidationPage() {
  const { t } = useI18n();
  const periodId = Number(useParams().periodId);
  const query = useQuery({
    queryKey: ['consolidation', periodId],
    queryFn: ({ signal }) => call(c.getConsolidation, { params: { id: periodId } }, signal),
    enabled: periodId > 0,
    staleTime: 0,
  });
  const data = query.data;
  const editable = data?.abilities['consolidation.build'] ?? false;
  const reload = () => void query.refetch();
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {data && (
        <Stack>
          <Anchor component={Link} to={`/reporting/periods/${periodId}`} size="sm">
            ‹ {data.period.label}
          </Anchor>
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={2}>
              <Title order={1} size="h3">
                {t('consolidation.title')}
              </Title>
              <Text size="sm">
                {data.period.label} · {t('reporting.dueOn', { date: formatDate(data.period.dueOn) })}
              </Text>
              <Text size="sm" c="dimmed" data-testid="consolidation-counts">
                {t('consolidation.counts', {
                  submitted: data.counts.submitted,
                  expected: data.counts.expected,
                  onTime: data.counts.onTime,
                  late: data.counts.late,
                  missing: data.counts.missing,
                })}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button component="a" href={`/api/consolidation/periods/${periodId}/report.docx`} download>
                {t('consolidation.downloadDocx')}
              </Button>
              <Button
                component="a"
                href={`/api/consolidation/periods/${periodId}/report.xlsx`}
                download
                variant="light"
              >
                {t('consolidation.downloadXlsx')}
              </Button>
              {editable && (
                <Button
                  component="a"
                  href={`/api/consolidation/periods/${periodId}/internal-note.docx`}
                  download
                  variant="subtle"
                >
                  {t('consolidation.downloadNote')}
                </Button>
              )}
            </Group>
          </Group>
          {editable && <UpwardPanel periodId={periodId} />}
          <Accordion multiple defaultValue={['checks', 'narrative']} variant="separated">
            <Accordion.Item value="checks">
              <Accordion.Control>
                {t('consolidation.checks.title', {
                  count: data.checks.filter((k) => !k.dismissed && k.severity === 'warning').length,
                })}
              </Accordion.Control>
              <Accordion.Panel>
                <ReportChecks periodId={periodId} data={data} editable={editable} onSaved={reload} />
              </Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="settings">
              <Accordion.Control>{t('consolidation.settings.title')}</Accordion.Control>
              <Accordion.Panel>
                <ReportSettings
                  key={data.narrative.version}
                  periodId={periodId}
                  data={data}
                  editable={editable}
                  onSaved={reload}
                />
              </Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="indicators">
              <Accordion.Control>{t('consolidation.indicators')}</Accordion.Control>
              <Accordion.Panel>
                <IndicatorTotals data={data} />
              </Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="tasks">
              <Accordion.Control>{t('consolidation.tasks')}</Accordion.Control>
              <Accordion.Panel>
                <TaskSynthesisList periodId={periodId} data={data} editable={editable} onSaved={reload} />
              </Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="agencies">
              <Accordion.Control>
                {t('consolidation.late', { count: data.late.length })} ·{' '}
                {t('consolidation.missing', { count: data.missing.length })}
              </Accordion.Control>
              <Accordion.Panel>
                <LateMissingRemarks data={data} />
              </Accordion.Panel>
            </Accordion.Item>
            <Accordion.Item value="narrative">
              <Accordion.Control>{t('consolidation.narrative')}</Accordion.Control>
              <Accordion.Panel>
                <Paper>
                  <NarrativeEditor
                    periodId={periodId}
                    narrative={data.narrative}
                    onReload={() => query.refetch()}
                    editable={editable}
                  />
                </Paper>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      )}
    </QueryState>
  );
}
