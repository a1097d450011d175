import * as c from '@common/contracts/upward';
import type { MinistryOverview, UpwardPeriodKind } from '@common/contracts/upward';
import { formatDate } from '@common/calendar/iso-date';
import {
  Accordion,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { call, fileUrl } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';

const STATUS_COLOR = { submitted: 'blue', returned: 'orange', accepted: 'green' } as const;
const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

/**
 * The ministry's screen: for a plan year and period kind, the provinces side by side (their plans,
 * how their agencies reported, where their report to the ministry stands) and the indicators summed
 * nationally with each province's value; the national report as DOCX and XLSX.
 */
export function MinistryPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const year = search.get('year') ? Number(search.get('year')) : undefined;
  const kind = (search.get('kind') as UpwardPeriodKind | null) ?? undefined;
  const query = useQuery({
    queryKey: ['ministry', 'overview', year, kind],
    queryFn: ({ signal }) => call(c.getMinistryOverview, { query: { year, kind } }, signal),
    staleTime: 0,
  });
  const data = query.data;
  const choose = (next: { year?: number; kind?: string }) =>
    setSearch({ year: String(next.year ?? data?.year ?? ''), kind: next.kind ?? data?.kind ?? 'semiannual' });
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {data && (
        <Stack>
          <Title order={1} size="h3">
            {t('ministry.title')}
          </Title>
          <Group align="flex-end" wrap="wrap">
            <NumberInput
              label={t('ministry.year')}
              value={data.year}
              min={2000}
              max={2100}
              w={120}
              onChange={(value) => typeof value === 'number' && value >= 2000 && choose({ year: value })}
            />
            <SegmentedControl
              aria-label={t('ministry.period')}
              value={data.kind}
              onChange={(value) => choose({ kind: value })}
              data={[
                { value: 'semiannual', label: t('ministry.kind.semiannual') },
                { value: 'annual', label: t('ministry.kind.annual') },
              ]}
            />
          </Group>
          <Text data-testid="ministry-totals">{t('ministry.totals', data.totals)}</Text>
          <Group gap="xs">
            <Button
              component="a"
              href={fileUrl(c.downloadNationalDocx, { query: { year: data.year, kind: data.kind } })}
              download
            >
              {t('ministry.downloadDocx')}
            </Button>
            <Button
              component="a"
              variant="light"
              href={fileUrl(c.downloadNationalXlsx, { query: { year: data.year, kind: data.kind } })}
              download
            >
              {t('ministry.downloadXlsx')}
            </Button>
          </Group>
          <Title order={2} size="h4">
            {t('ministry.provinces')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} data-testid="ministry-provinces">
            {data.provinces.map((p) => (
              <ProvinceCard key={p.provinceId} province={p} />
            ))}
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('ministry.indicators')}
          </Title>
          <NationalIndicators data={data} />
        </Stack>
      )}
    </QueryState>
  );
}

function ProvinceCard({ province: p }: { province: MinistryOverview['provinces'][number] }) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" data-testid={`province-${p.code}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" align="flex-start" gap={6}>
          <Text fw={700}>{p.name}</Text>
          {p.upward ? (
            <Badge color={STATUS_COLOR[p.upward.status]} variant="light">
              {t(`upward.status.${p.upward.status}`)}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('ministry.notSent')}
            </Badge>
          )}
        </Group>
        {p.mergedNames.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('ministry.merged', { names: p.mergedNames.join(', ') })}
          </Text>
        )}
        <Text size="sm">{p.planTitles[0] ?? t('ministry.noPlan')}</Text>
        <Text size="sm">
          {t('ministry.col.reporting')}: {p.submitted}/{p.expected}
          {p.submittedRate === null ? '' : ` (${String(p.submittedRate).replace('.', ',')} %)`} ·{' '}
          {t('ministry.col.onTime')}: {p.onTimeRate === null ? '—' : `${String(p.onTimeRate).replace('.', ',')} %`}
        </Text>
        {p.upward && (
          <>
            <Text size="sm" c={p.upward.onTime ? undefined : 'red'}>
              {t('upward.ministryDue', { date: formatDate(p.upward.ministryDueOn) })}
              {p.upward.onTime ? '' : ` · ${t('ministry.late')}`}
            </Text>
            <Button component={Link} to={`/ministry/reports/${p.upward.id}`} variant="light">
              {t('ministry.open')} — {p.name}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function NationalIndicators({ data }: { data: MinistryOverview }) {
  const { t } = useI18n();
  if (data.indicators.length === 0) return <Text c="dimmed">{t('ministry.noIndicators')}</Text>;
  return (
    <Accordion variant="separated" data-testid="national-indicators">
      {data.indicators.map((i) => (
        <Accordion.Item key={i.code} value={i.code}>
          <Accordion.Control>
            <Text size="sm" fw={600}>
              {i.name}
            </Text>
            <Text size="sm" c="dimmed">
              {t('ministry.indicatorTotal', { total: number(i.total), unit: i.unit })}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Table>
              <Table.Tbody>
                {i.byProvince.map((p) => (
                  <Table.Tr key={p.provinceId}>
                    <Table.Td>{p.name}</Table.Td>
                    <Table.Td ta="right">{number(p.value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
