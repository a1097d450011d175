import { asAgencyKind, type AgencyKind } from '@common/contracts/organisations';
import { Anchor, Badge, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { useAgencySearch } from './agencies.api';

/** The agency directory: search (without diacritics) and kind; each row opens the agency page. */
export function AgenciesPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<AgencyKind | null>(null);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const agencies = useAgencySearch(debouncedQ, kind ?? undefined);
  const rows = agencies.agencies ?? [];
  return (
    <Stack>
      <Title order={1} size="h3">
        {t('agencies.title')}
      </Title>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('agencies.search')}
            type="search"
            placeholder={t('filters.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Select
            label={t('agencies.kind')}
            placeholder={t('agencies.allKinds')}
            clearable
            data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
            value={kind}
            onChange={(value) => setKind(asAgencyKind(value))}
          />
        </SimpleGrid>
      </Paper>
      <QueryState isLoading={agencies.isLoading} error={agencies.error} onRetry={agencies.refetch}>
        <Text size="sm" c="dimmed">
          {t('agencies.count', { count: rows.length })}
        </Text>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('agencies.empty')}</Text>
        ) : (
          <Paper withBorder>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Tbody>
                {rows.map((a) => (
                  <Table.Tr key={a.id} data-testid={`agency-row-${a.id}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/agencies/${a.id}`} fw={500} style={{ overflowWrap: 'anywhere' }}>
                        {a.name}
                      </Anchor>
                      <Group gap={6} mt={2}>
                        <Badge size="xs" variant="light" color="gray" tt="none">
                          {agencyKindLabel(t, a.kind)}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {formatDate(a.validFrom)} – {a.validTo ? formatDate(a.validTo) : t('agency.stillActive')}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}
