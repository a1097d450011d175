import { Badge, Card, Group, List, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../lib/dates';
import { breakdownLabel, LINE_STATUSES, lineStatusLabel } from '../reporting/reporting-labels';
import type { ConsolidationView } from './consolidation.types';

const nf = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** Indicator totals with their breakdown and per-agency figures. */
export function IndicatorTotals({ data }: { data: ConsolidationView }) {
  const { t } = useI18n();
  const name = new Map(data.agencies.map((a) => [a.agencyId, a.agencyName]));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} data-testid="consolidation-indicators">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('consolidation.indicator')}</Table.Th>
            <Table.Th ta="right">{t('consolidation.total')}</Table.Th>
            <Table.Th>{t('consolidation.byAgency')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.indicators.map((i) => (
            <Table.Tr key={i.code}>
              <Table.Td miw={240}>
                <Text size="sm">{i.name}</Text>
                <Text size="xs" c="dimmed">{i.unit}{i.byBreakdown.filter((b) => b.key && b.value).length > 0 && ` · ${i.byBreakdown.filter((b) => b.key && b.value).map((b) => `${breakdownLabel(t, b.key)}: ${nf(b.value)}`).join(', ')}`}</Text>
              </Table.Td>
              <Table.Td ta="right" fw={600}>{nf(i.total)}</Table.Td>
              <Table.Td>
                {i.byAgency.length === 0 ? '—' : (
                  <Spoiler maxHeight={44} showLabel="…" hideLabel="‹">
                    <Text size="xs">{i.byAgency.map((a) => `${name.get(a.agencyId) ?? a.agencyId}: ${nf(a.value)}`).join(' · ')}</Text>
                  </Spoiler>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Per task: the status counts and what each agency reported. */
export function TaskSyntheses({ data }: { data: ConsolidationView }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      {data.tasks.filter((task) => task.lines.length > 0 || task.depth === 0).map((task) => (
        <Card key={task.id} withBorder padding="xs" ml={Math.min(task.depth, 2) * 12}>
          <Text size="sm" fw={600}>{task.code}. {task.title}</Text>
          <Group gap={4} my={4}>
            {LINE_STATUSES.filter((s) => task.statusCounts[s] > 0).map((s) => (
              <Badge key={s} size="sm" variant="light">{lineStatusLabel(t, s)}: {task.statusCounts[s]}</Badge>
            ))}
          </Group>
          {task.lines.length === 0 ? <Text size="xs" c="dimmed">{t('consolidation.noLines')}</Text> : (
            <Spoiler maxHeight={90} showLabel="…" hideLabel="‹">
              <List size="xs" spacing={2}>
                {task.lines.map((l) => (
                  <List.Item key={l.agencyId}><b>{l.agencyName}:</b> {l.doneText} {l.resultsText}</List.Item>
                ))}
              </List>
            </Spoiler>
          )}
        </Card>
      ))}
    </Stack>
  );
}

/** Late and missing agencies, and the difficulties and proposals grouped by agency. */
export function LateMissingRemarks({ data }: { data: ConsolidationView }) {
  const { t } = useI18n();
  return (
    <Stack>
      <div>
        <Title order={3} size="h5">{t('consolidation.late', { count: data.late.length })}</Title>
        <Text size="sm">{data.late.map((a) => `${a.agencyName} (${formatDateTime(a.submittedAt)})`).join('; ') || '—'}</Text>
      </div>
      <div>
        <Title order={3} size="h5">{t('consolidation.missing', { count: data.missing.length })}</Title>
        <Text size="sm">{data.missing.map((a) => a.agencyName).join('; ') || '—'}</Text>
      </div>
      <div>
        <Title order={3} size="h5">{t('consolidation.remarks')}</Title>
        <Spoiler maxHeight={220} showLabel="…" hideLabel="‹">
          <Stack gap={6}>
            {data.remarks.map((r) => (
              <Text key={r.agencyId} size="sm">
                <b>{r.agencyName}.</b> {r.difficulties && <><i>{t('reporting.difficulties')}:</i> {r.difficulties} </>}{r.proposals && <><i>{t('reporting.proposals')}:</i> {r.proposals}</>}
              </Text>
            ))}
          </Stack>
        </Spoiler>
      </div>
    </Stack>
  );
}
