import * as n from '@common/contracts/notifications';
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { Abilities, User } from '../../api/types';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, formatDateTime } from '@common/calendar/iso-date';

const ackKey = (planId: number) => ['plans', 'acknowledgements', planId] as const;

/**
 * Duties of an issued plan: the coordinator sends the notice of duties and sees who has not
 * acknowledged; an agency's officer or leader acknowledges receipt.
 */
export function PlanDutiesPanel({
  planId,
  status,
  abilities,
  user,
}: {
  planId: number;
  status: string;
  abilities: Abilities;
  user: User;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const coordinator = abilities['plan.manage'];
  const agencyStaff = (user.role === 'agency-officer' || user.role === 'agency-leader') && user.agencyId !== null;
  const enabled = status === 'issued' && (coordinator || agencyStaff);
  const acks = useQuery({
    queryKey: ackKey(planId),
    queryFn: ({ signal }) => call(n.listPlanAcknowledgements, { params: { id: planId }, query: {} }, signal),
    enabled,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ackKey(planId) });
  const notify = useMutation({
    mutationFn: () => call(n.notifyPlanDuties, { params: { id: planId } }),
    onSuccess: refresh,
  });
  const acknowledge = useMutation({
    mutationFn: () => call(n.acknowledgePlan, { params: { id: planId } }),
    onSuccess: refresh,
  });
  if (!enabled) return null;
  const items = acks.data?.items ?? [];
  const pending = items.filter((i) => i.acknowledgedAt === null);

  if (!coordinator) {
    const mine = items.find((i) => i.agencyId === user.agencyId);
    if (!mine) return null;
    return (
      <Paper withBorder p="sm" data-testid="plan-acknowledge">
        {mine.acknowledgedAt ? (
          <Text size="sm" c="green.8">
            ✓ {t('duties.acknowledged', { date: formatDate(mine.acknowledgedAt.slice(0, 10)) })}
          </Text>
        ) : (
          <Button onClick={() => acknowledge.mutate()} loading={acknowledge.isPending}>
            {t('duties.acknowledge')}
          </Button>
        )}
        {acknowledge.error && <ErrorAlert error={acknowledge.error} />}
      </Paper>
    );
  }
  return (
    <Paper withBorder p="sm" data-testid="plan-duties">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Button variant="light" onClick={() => notify.mutate()} loading={notify.isPending}>
            {t('duties.notify')}
          </Button>
          {items.length > 0 && pending.length === 0 && (
            <Text size="sm" c="green.8">
              ✓ {t('duties.allAcknowledged', { count: items.length })}
            </Text>
          )}
          {items.length === 0 && !acks.isLoading && (
            <Text size="sm" c="dimmed">
              {t('duties.notNotifiedYet')}
            </Text>
          )}
        </Group>
        {notify.data && (
          <Alert color="green" variant="light" p="xs">
            {t('duties.notified', {
              agencies: notify.data.agencies.length,
              notifications: notify.data.notifications,
              emails: notify.data.emails,
            })}
          </Alert>
        )}
        {notify.error && <ErrorAlert error={notify.error} />}
        {pending.length > 0 && (
          <div>
            <Text size="sm" fw={600} mb={4}>
              {t('duties.pending', { count: pending.length })}
            </Text>
            <Group gap={6}>
              {pending.map((p) => (
                <Badge
                  key={p.agencyId}
                  variant="light"
                  color="orange"
                  tt="none"
                  fw={500}
                  title={t('duties.notifiedOn', { date: formatDateTime(p.notifiedAt) })}
                  style={{ maxWidth: '100%', height: 'auto', whiteSpace: 'normal' }}
                >
                  {p.agencyName}
                </Badge>
              ))}
            </Group>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
