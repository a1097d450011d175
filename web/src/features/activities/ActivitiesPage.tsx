import { formatDate } from '@common/calendar/iso-date';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { useMe } from '../auth/session';
import { breakdownLabel } from '../reporting/reporting-labels';
import { type Activity, type ActivityListFilter, useActivities } from './activities.api';
import { ActivityImport } from './ActivityImport';

/**
 * The activity record: the agency's own activities (every agency's for province readers), filtered by
 * dates and by an indicator in the URL — the list behind a figure of a report (?indicator=CODE).
 */
export function ActivitiesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  // Without dates in the URL the list opens on this year, so it stays short on a phone.
  const filter: ActivityListFilter = {
    from: search.get('from') ?? `${me.today.slice(0, 4)}-01-01`,
    to: search.get('to') ?? undefined,
    agencyId: search.get('agencyId') ? Number(search.get('agencyId')) : undefined,
    indicator: search.get('indicator') ?? undefined,
  };
  const list = useActivities(filter);
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };
  return (
    <Stack gap="md" pb="md">
      <Group justify="space-between" align="center">
        <Title order={1} size="h3">
          {t('activities.title')}
        </Title>
        {me.abilities['activity.record'] && (
          <Button component={Link} to="/activities/new" data-testid="record-activity">
            + {t('activities.record')}
          </Button>
        )}
      </Group>
      {me.abilities['activity.record'] && me.user.agencyId !== null && <ActivityImport agencyId={me.user.agencyId} />}
      <SimpleGrid cols={2} spacing="xs" maw={420}>
        <DateField
          label={t('activities.filter.from')}
          value={filter.from ?? null}
          onChange={(v) => setParam('from', v)}
        />
        <DateField label={t('activities.filter.to')} value={filter.to ?? null} onChange={(v) => setParam('to', v)} />
      </SimpleGrid>
      {filter.indicator && (
        <Group gap="xs">
          <Badge variant="light">{filter.indicator}</Badge>
          <Anchor size="sm" onClick={() => setParam('indicator', null)}>
            ×
          </Anchor>
        </Group>
      )}
      <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()}>
        {list.data && (
          <>
            <Text size="sm" c="dimmed" data-testid="activity-summary">
              {t('activities.summary', {
                count: list.data.summary.count,
                cost: list.data.summary.costDong.toLocaleString('vi-VN'),
              })}
            </Text>
            {list.data.activities.length === 0 && <Text>{t('activities.empty')}</Text>}
            {list.data.activities.map((activity) => (
              <ActivityCard key={activity.id} activity={activity} showAgency={me.user.agencyId !== activity.agencyId} />
            ))}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function ActivityCard({ activity, showAgency }: { activity: Activity; showAgency: boolean }) {
  const { t } = useI18n();
  const me = useMe();
  const when =
    activity.endsOn !== activity.startsOn
      ? `${formatDate(activity.startsOn)}–${formatDate(activity.endsOn)}`
      : formatDate(activity.startsOn);
  const editable = me.abilities['activity.record'] && me.user.agencyScope.includes(activity.agencyId);
  return (
    <Card withBorder padding="sm" data-testid="activity-card">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" c="dimmed">
            {when}
          </Text>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`activities.kind.${activity.kind}`)}
          </Badge>
        </Group>
        {editable ? (
          <Anchor component={Link} to={`/activities/${activity.id}`} fw={500} className="ttdn-touch">
            {activity.title}
          </Anchor>
        ) : (
          <Text fw={500}>{activity.title}</Text>
        )}
        <Text size="xs" c="dimmed">
          {showAgency ? `${activity.agency} · ` : ''}
          {activity.taskCode}. {activity.taskTitle}
        </Text>
        {activity.outputs.length > 0 && (
          <Group gap={6}>
            {activity.outputs.map((o) => (
              <Badge key={`${o.code}|${o.breakdownKey}`} variant="outline" color="gray" tt="none">
                {o.code}
                {o.breakdownKey ? ` · ${breakdownLabel(t, o.breakdownKey)}` : ''}: {o.value.toLocaleString('vi-VN')}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
