import * as org from '@common/contracts/organisations';
import { type AgencyKind, asAgencyKind } from '@common/contracts/organisations';
import { Alert, Button, Group, Modal, MultiSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { MODAL_DROPDOWN } from '../../components/modal-dropdown';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { AgencyMultiSelect } from '../agencies/AgencySelect';
import type { ChosenTarget } from './name-resolution';

type Membership = 'list' | 'kinds' | 'open';

/** Does a printed name read as several agencies ("các…", "UBND các xã…") rather than one? */
export function looksCollective(printed: string): boolean {
  return /(^|\s)(các|những)\s/iu.test(printed.normalize('NFC'));
}

/**
 * "Tạo nhóm mới": a collective name ("UBND các xã biên giới") becomes a group on the spot — a list
 * of agencies, agencies of some kinds, or an open group whose members are named per task — with
 * the printed name kept as an alias when the group's name is edited.
 */
export function CreateGroupModal({
  printed,
  province,
  validFrom,
  onClose,
  onDone,
}: {
  printed: string;
  province: string;
  validFrom: string;
  onClose: () => void;
  onDone: (target: ChosenTarget) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(printed);
  const [membership, setMembership] = useState<Membership>('list');
  const [members, setMembers] = useState<number[]>([]);
  const [kinds, setKinds] = useState<AgencyKind[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ready =
    name.trim().length >= 2 &&
    (membership === 'open' || (membership === 'list' ? members.length > 0 : kinds.length > 0));
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const trimmed = name.trim();
      const { group } = await call(org.createGroup, {
        body: {
          name: trimmed,
          province,
          validFrom,
          isOpen: membership === 'open',
          rule: membership === 'kinds' ? { kinds } : null,
          includes: membership === 'list' ? members : [],
          aliases: trimmed !== printed ? [printed] : [],
        },
      });
      onDone({ type: 'group', id: group.id, name: group.name, how: 'group' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('groupForm.title')} centered size="lg">
      <Stack gap="sm" data-testid="create-group-form">
        <TextInput
          label={t('groupForm.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-autofocus
        />
        <Radio.Group
          label={t('groupForm.membership')}
          value={membership}
          onChange={(v) => setMembership(v === 'kinds' || v === 'open' ? v : 'list')}
        >
          <Stack gap={6} mt={4}>
            <Radio value="list" label={t('groupForm.list')} />
            <Radio value="kinds" label={t('groupForm.kinds')} />
            <Radio value="open" label={t('groupForm.open')} />
          </Stack>
        </Radio.Group>
        {membership === 'list' && (
          <AgencyMultiSelect
            label={t('groupForm.members')}
            description={t('groupForm.membersHint')}
            value={members}
            onChange={setMembers}
            comboboxProps={MODAL_DROPDOWN}
            data-testid="group-members"
          />
        )}
        {membership === 'kinds' && (
          <MultiSelect
            label={t('groupForm.kindsField')}
            data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
            value={kinds}
            onChange={(values) => setKinds(values.flatMap((v) => asAgencyKind(v) ?? []))}
            comboboxProps={MODAL_DROPDOWN}
          />
        )}
        {membership === 'open' && (
          <Text size="sm" c="dimmed">
            {t('groupForm.openHint')}
          </Text>
        )}
        {name.trim() !== printed && (
          <Text size="xs" c="dimmed">
            {t('planImport.aliasText', { name: printed })}
          </Text>
        )}
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(t, error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={!ready}>
            {t('groupForm.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
