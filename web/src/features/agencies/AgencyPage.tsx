import { Badge, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, isIsoDate } from '@common/calendar/iso-date';
import { agencyKindLabel } from '../../lib/labels';
import { useMe } from '../auth/session';
import { useAgencyProfile } from './agencies.api';
import { AgencyHistory } from './AgencyHistory';
import { AgencyOwes } from './AgencyOwes';

/**
 * The agency page: profile, names, aliases, reorganisation history, groups on the date, and what
 * it owes in a plan on that date with the reason for each duty. Date and plan live in the URL.
 */
export function AgencyPage() {
  const { t } = useI18n();
  const me = useMe();
  const agencyId = Number(useParams().agencyId);
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf');
  const asOf = isIsoDate(asOfParam) ? asOfParam : me.today;
  const planParam = Number(params.get('plan'));
  const planId = Number.isInteger(planParam) && planParam > 0 ? planParam : undefined;
  const profile = useAgencyProfile(agencyId, asOf, planId);
  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const data = profile.data;
  return (
    <QueryState isLoading={profile.isLoading} error={profile.error} onRetry={() => void profile.refetch()}>
      {data && (
        <Stack gap="md">
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <Stack gap="xs">
              <Title order={1} size="h3" style={{ overflowWrap: 'anywhere' }}>
                {data.agency.name}
              </Title>
              <Group gap="xs">
                <Badge variant="light" tt="none">
                  {agencyKindLabel(t, data.agency.kind)}
                </Badge>
                <Badge
                  variant="light"
                  color={data.agency.existsOnDate ? 'green' : 'gray'}
                  tt="none"
                  data-testid="exists-on-date"
                >
                  {data.agency.existsOnDate
                    ? t('agency.existsOn', { date: formatDate(data.asOf) })
                    : t('agency.notExistsOn', { date: formatDate(data.asOf) })}
                </Badge>
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                <Fact label={t('agency.province')} value={data.agency.province} />
                <Fact label={t('agency.validFrom')} value={formatDate(data.agency.validFrom)} />
                <Fact
                  label={t('agency.validTo')}
                  value={data.agency.validTo ? formatDate(data.agency.validTo) : t('agency.stillActive')}
                />
              </SimpleGrid>
              {data.agency.note && <Fact label={t('agency.note')} value={data.agency.note} />}
            </Stack>
          </Paper>
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('agency.owes')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <DateField
                  label={t('filters.asOf')}
                  value={asOf}
                  onChange={(iso) => setParam('asOf', iso ?? undefined)}
                />
                <Select
                  label={t('agency.plan')}
                  data={data.plans.map((p) => ({ value: String(p.id), label: `${p.year} — ${p.title}` }))}
                  value={data.plan ? String(data.plan.id) : null}
                  onChange={(v) => setParam('plan', v ?? undefined)}
                  allowDeselect={false}
                />
              </SimpleGrid>
              <AgencyOwes owes={data.owes} loading={profile.isFetching} />
            </Stack>
          </Paper>
          <AgencyHistory profile={data} />
        </Stack>
      )}
    </QueryState>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
