import { Anchor, Spoiler, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useIndicatorText } from '../../i18n/indicator-names';
import { formatDateTime } from '@common/calendar/iso-date';
import { breakdownLabel } from '../reporting/reporting-labels';
import type { ConsolidationView } from './consolidation.types';

const nf = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** Indicator totals with their breakdown and per-agency figures. */
export function IndicatorTotals({ data }: { data: ConsolidationView }) {
  const { t } = useI18n();
  const text = useIndicatorText();
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
                <Text size="sm">{text(i).name}</Text>
                <Text size="xs" c="dimmed">
                  {text(i).unit}
                  {i.byBreakdown.filter((b) => b.key && b.value).length > 0 &&
                    ` · ${i.byBreakdown
                      .filter((b) => b.key && b.value)
                      .map((b) => `${breakdownLabel(t, b.key)}: ${nf(b.value)}`)
                      .join(', ')}`}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {/* The number opens the activities of the data window behind it. */}
                <Anchor
                  component={Link}
                  to={`/activities?indicator=${i.code}&from=${data.period.windowFrom}&to=${data.period.windowTo}`}
                  fw={600}
                  size="sm"
                >
                  {nf(i.total)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {i.byAgency.length === 0 ? (
                  '—'
                ) : (
                  <Spoiler maxHeight={44} showLabel="…" hideLabel="‹">
                    <Text size="xs">
                      {i.byAgency.map((a) => `${name.get(a.agencyId) ?? a.agencyId}: ${nf(a.value)}`).join(' · ')}
                    </Text>
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

/** Late and missing agencies, and the difficulties and proposals grouped by agency. */
export function LateMissingRemarks({ data }: { data: ConsolidationView }) {
  const { t } = useI18n();
  return (
    <Stack>
      <div>
        <Title order={3} size="h5">
          {t('consolidation.late', { count: data.late.length })}
        </Title>
        <Text size="sm">
          {data.late.map((a) => `${a.agencyName} (${formatDateTime(a.submittedAt)})`).join('; ') || '—'}
        </Text>
      </div>
      <div>
        <Title order={3} size="h5">
          {t('consolidation.missing', { count: data.missing.length })}
        </Title>
        <Text size="sm">{data.missing.map((a) => a.agencyName).join('; ') || '—'}</Text>
      </div>
      <div>
        <Title order={3} size="h5">
          {t('consolidation.remarks')}
        </Title>
        <Spoiler maxHeight={220} showLabel="…" hideLabel="‹">
          <Stack gap={6}>
            {data.remarks.map((r) => (
              <Text key={r.agencyId} size="sm">
                <b>{r.agencyName}.</b>{' '}
                {r.difficulties && (
                  <>
                    <i>{t('reporting.difficulties')}:</i> {r.difficulties}{' '}
                  </>
                )}
                {r.proposals && (
                  <>
                    <i>{t('reporting.proposals')}:</i> {r.proposals}
                  </>
                )}
              </Text>
            ))}
          </Stack>
        </Spoiler>
      </div>
    </Stack>
  );
}
