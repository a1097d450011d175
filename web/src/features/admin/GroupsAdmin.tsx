import { Alert, Badge, Button, Checkbox, Collapse, Group, Modal, MultiSelect, Paper, Stack, Text, TextInput, Textarea, Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { AgencyGroup } from '../../api/types';
import { DateField } from '../../components/DateField';
import { ErrorAlert, QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { useMe } from '../auth/session';
import { useCreateGroup, useGroups } from './admin.api';

/** Groups with their members on a chosen date, and "add group" (by rule of kinds, or open). */
export function GroupsAdmin() {
  const { t } = useI18n();
  const me = useMe();
  const [asOf, setAsOf] = useState<string>(me.today);
  const groups = useGroups(asOf);
  const [createOpen, create] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
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
      <QueryState isLoading={groups.isLoading} error={groups.error}>
        <Stack gap="xs">
          {groups.data?.groups.map((g) => <GroupCard key={g.id} group={g} />)}
        </Stack>
      </QueryState>
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

function GroupCard({ group }: { group: AgencyGroup }) {
  const { t } = useI18n();
  const [open, members] = useDisclosure(false);
  return (
    <Paper withBorder p="sm" data-testid={`group-${group.id}`}>
      <Group justify="space-between" gap="xs">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {group.name}
        </Text>
        <Badge variant={group.isOpen ? 'outline' : 'light'} tt="none">
          {group.isOpen ? t('admin.groupOpenBadge') : t('admin.groupRuleBadge')}
        </Badge>
      </Group>
      {group.rule && (
        <Text size="xs" c="dimmed">
          {group.rule.kinds.map((k) => agencyKindLabel(t, k)).join(', ')}
        </Text>
      )}
      {group.aliases.length > 0 && (
        <Text size="xs" c="dimmed">
          {group.aliases.join('; ')}
        </Text>
      )}
      {!group.isOpen && (
        <>
          <Anchor component="button" type="button" size="sm" onClick={members.toggle} aria-expanded={open}>
            {open ? '▾' : '▸'} {t('admin.members', { count: group.members.length })}
          </Anchor>
          <Collapse expanded={open}>
            <Group gap={4} mt={4}>
              {group.members.map((m) => (
                <Badge key={m.id} component={Link} to={`/agencies/${m.id}`} variant="light" color="gray" tt="none" fw={500} style={{ cursor: 'pointer', maxWidth: '100%' }}>
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
  const [kinds, setKinds] = useState<string[]>([]);
  const [aliases, setAliases] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || (!isOpen && kinds.length === 0)) return;
    create.mutate(
      { name: name.trim(), province: province.trim(), isOpen, rule: isOpen ? null : { kinds }, aliases: aliases.split('\n').map((a) => a.trim()).filter(Boolean) },
      { onSuccess: (answer) => onDone(answer.group.name) },
    );
  };
  return (
    <Stack component="form" onSubmit={submit}>
      {create.error && <ErrorAlert error={create.error} />}
      <TextInput label={t('admin.groupName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
      <TextInput label={t('admin.province')} value={province} onChange={(e) => setProvince(e.currentTarget.value)} required />
      <Checkbox label={t('admin.groupOpen')} checked={isOpen} onChange={(e) => setIsOpen(e.currentTarget.checked)} />
      {!isOpen && (
        <MultiSelect label={t('admin.groupRuleKinds')} data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))} value={kinds} onChange={setKinds} required />
      )}
      <Textarea label={t('admin.groupAliases')} value={aliases} onChange={(e) => setAliases(e.currentTarget.value)} autosize minRows={2} />
      <Button type="submit" loading={create.isPending}>
        {t('app.save')}
      </Button>
    </Stack>
  );
}
