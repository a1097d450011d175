import { asAgencyKind, type AgencyKind } from '@common/contracts/organisations';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Collapse,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Anchor,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AgencyGroup } from '../../api/types';
import { DateField } from '../../components/DateField';
import { MODAL_DROPDOWN } from '../../components/modal-dropdown';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { useMe } from '../auth/session';
import { useCreateGroup, useGroups } from './admin.api';
import { GroupEditForm } from './GroupEditForm';
import { TOUCH_HEIGHT, WIDE_SCREEN } from './touch';

/** Groups with their members on a chosen date, and "add group" (by rule of kinds, or open). */
export function GroupsAdmin() {
  const { t } = useI18n();
  const me = useMe();
  const [asOf, setAsOf] = useState<string>(me.today);
  const groups = useGroups(asOf);
  const [createOpen, create] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<AgencyGroup | null>(null);
  // The group just saved: its members on the chosen date are shown, and the notice counts them.
  const [savedId, setSavedId] = useState<number | null>(null);
  const saved = groups.data?.groups.find((g) => g.id === savedId) ?? null;
  const wide = useMediaQuery(WIDE_SCREEN, true);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <DateField label={t('admin.groupsOn')} value={asOf} onChange={(iso) => setAsOf(iso ?? me.today)} maw={220} />
        <Button onClick={create.open}>{t('admin.createGroup')}</Button>
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {saved && (
        <Alert color="green" withCloseButton onClose={() => setSavedId(null)} data-testid="group-saved">
          {t('groupEdit.saved', { name: saved.name, count: saved.members.length, date: asOf })}
        </Alert>
      )}
      <QueryState isLoading={groups.isLoading} error={groups.error}>
        <Stack gap="xs">
          {groups.data?.groups.map((g) => (
            <GroupCard
              key={g.id}
              group={g}
              membersOpen={g.id === savedId}
              onEdit={() => {
                setSavedId(null);
                setEditing(g);
              }}
            />
          ))}
        </Stack>
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('groupEdit.title', { name: editing.name }) : ''}
        fullScreen={!wide}
        closeButtonProps={{ size: 'xl', 'aria-label': t('app.close') }}
        size="lg"
      >
        {editing && (
          <GroupEditForm
            group={editing}
            asOf={asOf}
            onDone={async (group) => {
              // The members on the chosen date come from the refreshed list, not from the answer (that is "today").
              await groups.refetch();
              setEditing(null);
              setSavedId(group.id);
            }}
          />
        )}
      </Modal>
      <Modal opened={createOpen} onClose={create.close} title={t('admin.createGroup')} size="lg">
        <CreateGroupForm
          onDone={(name) => {
            create.close();
            setNotice(t('admin.created', { name }));
          }}
        />
      </Modal>
    </Stack>
  );
}

function GroupCard({ group, membersOpen, onEdit }: { group: AgencyGroup; membersOpen: boolean; onEdit: () => void }) {
  const { t } = useI18n();
  const [open, members] = useDisclosure(membersOpen);
  const openMembers = members.open;
  useEffect(() => {
    if (membersOpen) openMembers();
  }, [membersOpen, openMembers]);
  return (
    <Paper withBorder p="sm" data-testid={`group-${group.id}`}>
      <Group justify="space-between" gap="xs">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {group.name}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Badge variant={group.isOpen ? 'outline' : 'light'} tt="none">
            {group.isOpen ? t('admin.groupOpenBadge') : t('admin.groupRuleBadge')}
          </Badge>
          <Button
            size="compact-sm"
            variant="light"
            mih={TOUCH_HEIGHT}
            onClick={onEdit}
            aria-label={t('groupEdit.actionFor', { name: group.name })}
          >
            {t('groupEdit.action')}
          </Button>
        </Group>
      </Group>
      {group.rule && (
        <Text size="xs" c="dimmed">
          {group.rule.kinds.map((k) => agencyKindLabel(t, k)).join(', ')}
        </Text>
      )}
      {(group.includes.length > 0 || group.excludes.length > 0) && (
        <Text size="xs" c="dimmed">
          {t('groupEdit.explicit', {
            includes: group.includes.map((a) => a.name).join('; ') || t('app.none'),
            excludes: group.excludes.map((a) => a.name).join('; ') || t('app.none'),
          })}
        </Text>
      )}
      {group.aliases.length > 0 && (
        <Text size="xs" c="dimmed">
          {group.aliases.join('; ')}
        </Text>
      )}
      {!group.isOpen && (
        <>
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={members.toggle}
            aria-expanded={open}
            mih={TOUCH_HEIGHT}
            display="inline-flex"
            style={{ alignItems: 'center' }}
          >
            {open ? '▾' : '▸'} {t('admin.members', { count: group.members.length })}
          </Anchor>
          <Collapse expanded={open}>
            <Group gap={4} mt={4}>
              {group.members.map((m) => (
                <Badge
                  key={m.id}
                  component={Link}
                  to={`/agencies/${m.id}`}
                  variant="light"
                  color="gray"
                  tt="none"
                  fw={500}
                  style={{ cursor: 'pointer', maxWidth: '100%' }}
                >
                  {m.name}
                </Badge>
              ))}
            </Group>
          </Collapse>
        </>
      )}
    </Paper>
  );
}

function CreateGroupForm({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useI18n();
  const create = useCreateGroup();
  const [name, setName] = useState('');
  const [province, setProvince] = useState('Tuyên Quang');
  const [isOpen, setIsOpen] = useState(false);
  const [kinds, setKinds] = useState<AgencyKind[]>([]);
  const [aliases, setAliases] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || (!isOpen && kinds.length === 0)) return;
    create.mutate(
      {
        name: name.trim(),
        province: province.trim(),
        isOpen,
        rule: isOpen ? null : { kinds },
        aliases: aliases
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
      },
      { onSuccess: (answer) => onDone(answer.group.name) },
    );
  };
  return (
    <Stack component="form" onSubmit={submit}>
      {create.error && <ErrorAlert error={create.error} />}
      <TextInput label={t('admin.groupName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
      <TextInput
        label={t('admin.province')}
        value={province}
        onChange={(e) => setProvince(e.currentTarget.value)}
        required
      />
      <Checkbox label={t('admin.groupOpen')} checked={isOpen} onChange={(e) => setIsOpen(e.currentTarget.checked)} />
      {!isOpen && (
        <MultiSelect
          label={t('admin.groupRuleKinds')}
          comboboxProps={MODAL_DROPDOWN}
          data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
          value={kinds}
          onChange={(values) => setKinds(values.flatMap((v) => asAgencyKind(v) ?? []))}
          required
        />
      )}
      <Textarea
        label={t('admin.groupAliases')}
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
