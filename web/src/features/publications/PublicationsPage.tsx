import * as contract from '@common/contracts/publications';
import { formatDate } from '@common/calendar/iso-date';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { call } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { formatDong } from '../budget/budget.api';
import { ScrollRegion } from '../budget/ScrollRegion';
import { TOUCH_HEIGHT } from '../admin/touch';
import { PublicationForm } from './PublicationForm';

/** A year's publications (each one an activity of the record) and the contests the province took part in. */
export function PublicationsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  // The server's today (pinned in demos), not the browser's clock.
  const me = useMe();
  const thisYear = Number(me.today.slice(0, 4));
  const [recording, setRecording] = useState(false);
  const year = Number(params.get('year')) || thisYear;
  const query = useQuery({
    queryKey: ['publications', year],
    queryFn: ({ signal }) => call(contract.listPublications, { query: { year } }, signal),
  });
  const data = query.data;
  const language = (key: string) => t(`pub.lang.${key}` as 'pub.lang.vi');
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        {t('pub.title')}
      </Title>
      <SegmentedControl
        aria-label={t('budget.year')}
        data={[year - 1, year, year + 1].filter((y) => y >= 2025).map(String)}
        value={String(year)}
        onChange={(y) => setParams({ year: y })}
        w="fit-content"
      />
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
        {data && (
          <Stack gap="sm">
            {data.abilities['activity.record'] && me.user.agencyId !== null && !recording && (
              <Group>
                <Button h={TOUCH_HEIGHT} onClick={() => setRecording(true)}>
                  {t('pub.record')}
                </Button>
              </Group>
            )}
            {recording && me.user.agencyId !== null && (
              <PublicationForm agencyId={me.user.agencyId} onDone={() => setRecording(false)} />
            )}
            {data.publications.length === 0 && <Text c="dimmed">{t('pub.none')}</Text>}
            {data.publications.map((p) => (
              <Card withBorder padding="sm" key={p.id} data-testid="publication">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{p.title}</Text>
                  <Badge variant="light">{t(`pub.kind.${p.kind}`)}</Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {formatDate(p.publishedOn)} · {p.taskCode} · {p.agency}
                </Text>
                <Text size="sm">
                  {t('pub.languages', { languages: p.editions.map((e) => language(e.language)).join(', ') })} ·{' '}
                  {t('pub.printRun', { copies: formatDong(p.printRun) })}
                </Text>
                {p.distribution.length > 0 && (
                  <Text size="sm">{t('pub.distribution', { list: p.distribution.join('; ') })}</Text>
                )}
                {p.costDong !== null && <Text size="sm">{t('pub.cost', { amount: formatDong(p.costDong) })}</Text>}
              </Card>
            ))}
            <Title order={2} size="h4">
              {t('pub.contests')}
            </Title>
            {data.contests.length === 0 && <Text c="dimmed">{t('pub.noContests')}</Text>}
            {data.contests.map((c) => (
              <Card withBorder padding="sm" key={c.id} data-testid="contest">
                <Text fw={600}>{c.name}</Text>
                <Text size="sm" c="dimmed">
                  {[c.edition, c.organiser].filter(Boolean).join(' · ')}
                </Text>
                <Text size="sm">{t('pub.entries', { sent: c.entries.length, awarded: c.awarded })}</Text>
                <ScrollRegion label={c.name} minWidth={480}>
                  <Table striped verticalSpacing={4}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('pub.entry.round')}</Table.Th>
                        <Table.Th>{t('pub.entry.title')}</Table.Th>
                        <Table.Th>{t('pub.entry.author')}</Table.Th>
                        <Table.Th>{t('pub.entry.result')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {c.entries.map((e) => (
                        <Table.Tr key={e.id}>
                          <Table.Td>{e.round}</Table.Td>
                          <Table.Td>{e.title}</Table.Td>
                          <Table.Td>{e.author}</Table.Td>
                          <Table.Td>{e.result || '—'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </ScrollRegion>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
