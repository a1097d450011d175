import { Anchor, Badge, Group, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { matchesFolded } from '../../lib/fold-filter';
import { useAgencies } from '../agencies/agencies.api';
import { useMe } from '../auth/session';
import { ContactForm } from './ContactForm';
import { useCompliance, useContacts } from './reporting.api';

/** Focal officials and spokespersons, the compliance board, and the form to change them. */
export function ContactsPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h3">
          {t('reporting.contacts.title')}
        </Title>
        <Anchor component={Link} to="/nguoi-phat-ngon" size="sm">
          {t('reporting.contacts.publicLink')} ›
        </Anchor>
      </Group>
      {me.abilities['focal.manage'] && <ContactForm />}
      <Tabs defaultValue="compliance" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="compliance">{t('reporting.contacts.compliance')}</Tabs.Tab>
          <Tabs.Tab value="list">{t('reporting.contacts.focal')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="compliance" pt="sm">
          <ComplianceTable />
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="sm">
          <ContactList />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ComplianceTable() {
  const { t } = useI18n();
  const board = useCompliance();
  const lacking = board.data?.agencies.filter((a) => a.missing.length > 0) ?? [];
  return (
    <QueryState isLoading={board.isLoading} error={board.error} onRetry={() => void board.refetch()}>
      {board.data && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('reporting.contacts.complianceSummary', board.data.summary)}
          </Text>
          {lacking.length === 0 ? (
            <Text>{t('reporting.contacts.allComplete')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing={6} data-testid="compliance">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('reporting.contacts.agency')}</Table.Th>
                    <Table.Th>{t('reporting.contacts.kind.leader')}</Table.Th>
                    <Table.Th>{t('reporting.contacts.kind.officer')}</Table.Th>
                    <Table.Th>{t('reporting.contacts.kind.spokesperson')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lacking.map((a) => (
                    <Table.Tr key={a.agencyId}>
                      <Table.Td>
                        <Text size="sm">{a.agency}</Text>
                      </Table.Td>
                      <Table.Td>
                        {a.leader ?? (
                          <Badge color="red" variant="light">
                            {t('reporting.contacts.missing')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {a.officer ?? (
                          <Badge color="red" variant="light">
                            {t('reporting.contacts.missing')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {!a.needsSpokesperson
                          ? '—'
                          : (a.spokesperson ?? (
                              <Badge color="red" variant="light">
                                {t('reporting.contacts.missing')}
                              </Badge>
                            ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

type ContactRow = {
  key: string;
  agency: string;
  role: string;
  fullName: string;
  position: string | null;
  phone: string | null;
  email: string | null;
  validFrom: string;
};

function ContactList() {
  const { t } = useI18n();
  const contacts = useContacts();
  const agencies = useAgencies();
  const [query, setQuery] = useState('');
  const rows = useMemo(() => {
    const name = new Map((agencies.data?.agencies ?? []).map((a) => [a.id, a.name]));
    const all: ContactRow[] = [
      ...(contacts.data?.focalOfficials ?? []).map((f) => ({
        key: `f${f.id}`,
        agency: name.get(f.agencyId) ?? `#${f.agencyId}`,
        role: t(`reporting.contacts.kind.${f.kind}`),
        fullName: f.fullName,
        position: f.position,
        phone: f.phone,
        email: f.email,
        validFrom: f.validFrom,
      })),
      ...(contacts.data?.spokespersons ?? []).map((s) => ({
        key: `s${s.id}`,
        agency: name.get(s.agencyId) ?? `#${s.agencyId}`,
        role: t('reporting.contacts.kind.spokesperson'),
        fullName: s.fullName,
        position: s.title,
        phone: s.phone,
        email: s.email,
        validFrom: s.validFrom,
      })),
    ];
    const q = query.trim();
    return all
      .filter((r) => !q || matchesFolded(`${r.agency} ${r.fullName}`, q))
      .sort((a, b) => a.agency.localeCompare(b.agency, 'vi') || a.role.localeCompare(b.role, 'vi'));
  }, [contacts.data, agencies.data, query, t]);
  return (
    <QueryState isLoading={contacts.isLoading} error={contacts.error} onRetry={() => void contacts.refetch()}>
      <Stack gap="xs">
        <TextInput
          placeholder={t('reporting.public.search')}
          aria-label={t('reporting.public.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          maw={360}
        />
        {rows.length === 0 && <Text c="dimmed">{t('reporting.contacts.none')}</Text>}
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing={4}>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Text size="sm">{r.agency}</Text>
                    <Text size="xs" c="dimmed">
                      {r.role}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.phone && <Anchor href={`tel:${r.phone.replace(/\s/g, '')}`}>{r.phone}</Anchor>}
                    </Text>
                    <Text size="xs">{r.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {t('reporting.contacts.since', { date: formatDate(r.validFrom) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </QueryState>
  );
}
