import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { AgencyProfile } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { aliasKindLabel, functionLabel, successionLabel } from '../../lib/labels';

/** Names over time, aliases, reorganisation events and the groups the agency belongs to on the date. */
export function AgencyHistory({ profile }: { profile: AgencyProfile }) {
  const { t } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <Title order={2} size="h5" mb="xs">
          {t('agency.history')}
        </Title>
        {profile.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('app.none')}
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} data-testid="agency-history">
            {profile.history.map((h, index) => (
              <Timeline.Item
                key={`${h.eventId}-${index}`}
                color={h.direction === 'incoming' ? 'green' : 'orange'}
                title={
                  <Group gap={6}>
                    <Text size="sm" fw={600}>
                      {formatDate(h.effectiveOn)}
                    </Text>
                    <Badge size="xs" variant="light" color={h.direction === 'incoming' ? 'green' : 'orange'} tt="none">
                      {h.direction === 'incoming' ? t('agency.incoming') : t('agency.outgoing')}
                    </Badge>
                    <Text size="sm">{successionLabel(t, h.kind)}</Text>
                  </Group>
                }
              >
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <AgencyLink id={h.from.id} name={h.from.name} /> →{' '}
                  {h.to ? <AgencyLink id={h.to.id} name={h.to.name} /> : t('via.dissolved')}
                </Text>
                {h.functions.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('agency.functions', { list: h.functions.map((f) => functionLabel(t, f)).join(', ') })}
                  </Text>
                )}
                {h.legalBasis && (
                  <Text size="xs" c="dimmed">
                    {t('agency.legalBasis', { text: h.legalBasis })}
                  </Text>
                )}
                {h.note && (
                  <Text size="xs" c="dimmed">
                    {h.note}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Paper>
      <Stack gap="md">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Title order={2} size="h5" mb="xs">
            {t('agency.names')}
          </Title>
          <List size="sm" spacing={4}>
            {profile.names.map((n) => (
              <List.Item key={n.id}>
                {n.name}{' '}
                <Text span size="xs" c="dimmed">
                  ({formatDate(n.validFrom)} – {n.validTo ? formatDate(n.validTo) : t('agency.stillActive')})
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Title order={2} size="h5" mb="xs">
            {t('agency.aliases')}
          </Title>
          {profile.aliases.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('app.none')}
            </Text>
          ) : (
            <Group gap={6}>
              {profile.aliases.map((a) => (
                <Badge key={a.id} variant="outline" color="gray" tt="none" fw={500} title={aliasKindLabel(t, a.kind)}>
                  {a.alias}
                </Badge>
              ))}
            </Group>
          )}
        </Paper>
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Title order={2} size="h5" mb="xs">
            {t('agency.groups', { date: formatDate(profile.asOf) })}
          </Title>
          {profile.groups.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('app.none')}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {profile.groups.map((g) => (
                <List.Item key={g.id}>{g.name}</List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}

function AgencyLink({ id, name }: { id: number; name: string | null }) {
  return (
    <Anchor component={Link} to={`/agencies/${id}`} size="sm">
      {name ?? `#${id}`}
    </Anchor>
  );
}
