import * as c from '@common/contracts/upward';
import { formatDate, formatDateTime } from '@common/calendar/iso-date';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { call, fileUrl } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';

const STATUS_COLOR = { submitted: 'blue', returned: 'orange', accepted: 'green' } as const;
const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

/**
 * A province's report to the ministry: where it stands, the figures sent, its DOCX and its history;
 * the ministry returns it with a reason or accepts it while it waits.
 */
export function UpwardReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().reportId);
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const query = useQuery({
    queryKey: ['ministry', 'report', id],
    queryFn: ({ signal }) => call(c.getUpwardReport, { params: { id } }, signal),
    enabled: id > 0,
    staleTime: 0,
  });
  const decide = useMutation({
    mutationFn: (action: 'return' | 'accept') =>
      action === 'return'
        ? call(c.returnUpwardReport, { params: { id }, body: { reason } })
        : call(c.acceptUpwardReport, { params: { id } }),
    onSuccess: (view) => {
      setReason('');
      queryClient.setQueryData(['ministry', 'report', id], view);
      return queryClient.invalidateQueries({ queryKey: ['ministry', 'overview'] });
    },
  });
  const data = query.data;
  const reviewable = data?.abilities['upward.review'] && data.status === 'submitted';
  return (
    <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => void query.refetch()}>
      {data && (
        <Stack>
          {data.abilities['ministry.read'] && (
            <Anchor component={Link} to="/ministry" size="sm">
              {t('upward.back')}
            </Anchor>
          )}
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={2}>
              <Title order={1} size="h3">
                {t('upward.report.title', { period: data.periodLabel, province: data.provinceName })}
              </Title>
              <Text size="sm">
                {t('upward.sentBy', {
                  time: formatDateTime(data.submittedAt),
                  name: data.submittedBy,
                  version: data.version,
                })}
              </Text>
              <Text size="sm">{t('upward.ministryDue', { date: formatDate(data.ministryDueOn) })}</Text>
            </Stack>
            <Badge size="lg" color={STATUS_COLOR[data.status]} variant="light" data-testid="upward-status">
              {t(`upward.status.${data.status}`)}
            </Badge>
          </Group>
          {data.status === 'returned' && data.returnReason && (
            <Alert color="orange">{t('upward.returnReason', { reason: data.returnReason })}</Alert>
          )}
          <Group gap="xs">
            <Button component="a" href={fileUrl(c.downloadUpwardReportDocx, { params: { id } })} download>
              {t('upward.downloadDocx')}
            </Button>
          </Group>
          {reviewable && (
            <Paper withBorder p="md">
              <Stack>
                <Textarea
                  label={t('upward.reason')}
                  autosize
                  minRows={2}
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                />
                {decide.error && <Alert color="red">{errorText(t, decide.error)}</Alert>}
                <Group>
                  <Button color="orange" loading={decide.isPending} onClick={() => decide.mutate('return')}>
                    {t('upward.return')}
                  </Button>
                  <Button color="green" loading={decide.isPending} onClick={() => decide.mutate('accept')}>
                    {t('upward.accept')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          )}
          <Title order={2} size="h4">
            {t('upward.figures')}
          </Title>
          <Text size="sm">{t('upward.agencies', data.figures.counts)}</Text>
          <Table.ScrollContainer minWidth={320}>
            <Table striped data-testid="upward-figures">
              <Table.Tbody>
                {data.figures.indicators.map((i) => (
                  <Table.Tr key={i.code}>
                    <Table.Td>{i.name}</Table.Td>
                    <Table.Td ta="right">
                      {number(i.total)} {i.unit}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={2} size="h4">
            {t('upward.history')}
          </Title>
          <Stack gap={4} data-testid="upward-history">
            {data.versions.map((v) => (
              <Text size="sm" key={v.version}>
                {t('upward.version', {
                  version: v.version,
                  status: t(`upward.status.${v.status}`),
                  time: formatDateTime(v.createdAt),
                  by: v.createdBy,
                })}
                {v.reason ? ` — ${v.reason}` : ''}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
    </QueryState>
  );
}
