import * as c from '@common/contracts/upward';
import { formatDate, formatDateTime } from '@common/calendar/iso-date';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';

const STATUS_COLOR = { submitted: 'blue', returned: 'orange', accepted: 'green' } as const;

/**
 * The province's consolidated report going upward: where it stands at the ministry (the reason
 * when returned) and "Gửi lên Bộ", offered only when the consolidated report exists.
 */
export function UpwardPanel({ periodId }: { periodId: number }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const key = ['consolidation', periodId, 'upward'];
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => call(c.getUpwardState, { params: { id: periodId } }, signal),
    staleTime: 0,
  });
  const send = useMutation({
    mutationFn: () => call(c.sendUpward, { params: { id: periodId } }),
    onSuccess: (state) => queryClient.setQueryData(key, state),
  });
  const data = query.data;
  if (!data) return null;
  const report = data.report;
  return (
    <Paper withBorder p="md" data-testid="upward-panel">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('upward.panel.title')}
          </Title>
          {report && (
            <Badge color={STATUS_COLOR[report.status]} variant="light" data-testid="upward-panel-status">
              {t(`upward.status.${report.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm">{t('upward.ministryDue', { date: formatDate(data.ministryDueOn) })}</Text>
        {!data.ready && <Text size="sm">{t('upward.panel.notReady')}</Text>}
        {data.ready && !report && <Text size="sm">{t('upward.panel.notSent')}</Text>}
        {report && (
          <Text size="sm">
            {t('upward.sentBy', {
              time: formatDateTime(report.submittedAt),
              name: report.submittedBy,
              version: report.version,
            })}
          </Text>
        )}
        {report?.status === 'returned' && report.returnReason && (
          <Alert color="orange">{t('upward.returnReason', { reason: report.returnReason })}</Alert>
        )}
        {send.error && <Alert color="red">{errorText(t, send.error)}</Alert>}
        {data.canSend && (
          <Group>
            <Button loading={send.isPending} onClick={() => send.mutate()}>
              {report ? t('upward.sendAgain') : t('upward.send')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
