import { asAgencyKind, asAliasKind, type AgencyKind, type AliasKindName } from '@common/contracts/organisations';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Agency } from '../../api/types';
import { DateField } from '../../components/DateField';
import { MODAL_DROPDOWN } from '../../components/modal-dropdown';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { ALIAS_KINDS, AGENCY_KINDS, agencyKindLabel, aliasKindLabel } from '../../lib/labels';
import { useMe } from '../auth/session';
import { useAgencySearch } from '../agencies/agencies.api';
import { useAddAlias, useCreateAgency } from './admin.api';
import { AgencyEditForm } from './AgencyEditForm';
import { TOUCH_HEIGHT, WIDE_SCREEN } from './touch';

/** Agencies with search and kind filter, "add agency" and "add name" forms. */
export function AgenciesAdmin() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<AgencyKind | null>(null);
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const agencies = useAgencySearch(debouncedQ, kind ?? undefined);
  const [createOpen, create] = useDisclosure(false);
  const [aliasFor, setAliasFor] = useState<Agency | null>(null);
  const [editing, setEditing] = useState<Agency | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const wide = useMediaQuery(WIDE_SCREEN, true);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <SimpleGrid cols={{ base: 1, xs: 2 }} style={{ flex: 1 }}>
          <TextInput
            label={t('agencies.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            placeholder={t('filters.searchPlaceholder')}
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
        <Button onClick={create.open}>{t('admin.createAgency')}</Button>
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <QueryState isLoading={agencies.isLoading} error={agencies.error}>
        <Text size="sm" c="dimmed">
          {t('agencies.count', { count: agencies.agencies?.length ?? 0 })}
        </Text>
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.agencyName')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('agencies.kind')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('agency.validFrom')}</Table.Th>
                <Table.Th>{t('admin.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agencies.agencies?.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agencies/${a.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {a.name}
                    </Anchor>
                    {a.validTo && (
                      <Badge size="xs" color="gray" variant="light" ml={6} tt="none">
                        {t('filters.closedOn', { date: formatDate(a.validTo) })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{agencyKindLabel(t, a.kind)}</Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <Text size="sm">{formatDate(a.validFrom)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        mih={TOUCH_HEIGHT}
                        onClick={() => setEditing(a)}
                        aria-label={t('agencyEdit.actionFor', { name: a.name })}
                      >
                        {t('agencyEdit.action')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        mih={TOUCH_HEIGHT}
                        onClick={() => setAliasFor(a)}
                        aria-label={`${t('admin.addAlias')}: ${a.name}`}
                      >
                        {t('admin.addAlias')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </QueryState>
      <Modal opened={createOpen} onClose={create.close} title={t('admin.createAgency')} fullScreen={false} size="lg">
        <CreateAgencyForm
          onDone={(name) => {
            create.close();
            setNotice(t('admin.created', { name }));
          }}
        />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('agencyEdit.title', { name: editing.name }) : ''}
        fullScreen={!wide}
        closeButtonProps={{ size: 'xl', 'aria-label': t('app.close') }}
        size="lg"
      >
        {editing && (
          <AgencyEditForm
            agency={editing}
            onDone={(agency) => {
              setEditing(null);
              setNotice(t('agencyEdit.saved', { name: agency.name }));
            }}
          />
        )}
      </Modal>
      <Modal
        opened={aliasFor !== null}
        onClose={() => setAliasFor(null)}
        title={aliasFor ? t('admin.addAliasFor', { name: aliasFor.name }) : ''}
      >
        {aliasFor && (
          <AddAliasForm
            agency={aliasFor}
            onDone={() => {
              setAliasFor(null);
              setNotice(t('admin.aliasAdded'));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function CreateAgencyForm({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const create = useCreateAgency();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AgencyKind | null>('department');
  const [province, setProvince] = useState('Tuyên Quang');
  const [validFrom, setValidFrom] = useState<string | null>(me.today);
  const [aliases, setAliases] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !kind || !validFrom) return;
    const list = aliases
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean)
      .map((alias) => ({ alias, kind: 'abbreviation' as const }));
    create.mutate(
      { name: name.trim(), kind, province: province.trim(), validFrom, aliases: list },
      { onSuccess: (answer) => onDone(answer.agency.name) },
    );
  };
  return (
    <Stack component="form" onSubmit={submit}>
      {create.error && <ErrorAlert error={create.error} />}
      <TextInput
        label={t('admin.agencyName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
        minLength={2}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <Select
          label={t('agencies.kind')}
          comboboxProps={MODAL_DROPDOWN}
          data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
          value={kind}
          onChange={(value) => setKind(asAgencyKind(value))}
          allowDeselect={false}
          required
        />
        <TextInput
          label={t('admin.province')}
          value={province}
          onChange={(e) => setProvince(e.currentTarget.value)}
          required
        />
      </SimpleGrid>
      <DateField label={t('admin.validFrom')} value={validFrom} onChange={setValidFrom} required />
      <Textarea
        label={t('admin.aliasesField')}
        value={aliases}
        onChange={(e) => setAliases(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Button type="submit" loading={create.isPending}>
        {t('app.save')}
      </Button>
    </Stack>
  );
}

function AddAliasForm({ agency, onDone }: { agency: Agency; onDone: () => void }) {
  const { t } = useI18n();
  const add = useAddAlias();
  const [alias, setAlias] = useState('');
  const [kind, setKind] = useState<AliasKindName | null>('abbreviation');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!alias.trim() || !kind) return;
    add.mutate({ agencyId: agency.id, alias: alias.trim(), kind }, { onSuccess: onDone });
  };
  return (
    <Stack component="form" onSubmit={submit}>
      {add.error && <ErrorAlert error={add.error} />}
      <TextInput
        label={t('admin.alias')}
        value={alias}
        onChange={(e) => setAlias(e.currentTarget.value)}
        required
        data-autofocus
      />
      <Select
        label={t('admin.aliasKind')}
        comboboxProps={MODAL_DROPDOWN}
        data={ALIAS_KINDS.map((k) => ({ value: k, label: aliasKindLabel(t, k) }))}
        value={kind}
        onChange={(value) => setKind(asAliasKind(value))}
        allowDeselect={false}
      />
      <Button type="submit" loading={add.isPending}>
        {t('app.save')}
      </Button>
    </Stack>
  );
}
