import { type AgencyKind, asAgencyKind } from '@common/contracts/organisations';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { MODAL_DROPDOWN } from '../../components/modal-dropdown';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { useAgencies } from '../agencies/agencies.api';
import { AgencySelect } from '../agencies/AgencySelect';
import type { ChosenTarget } from './name-resolution';
import { addPrintedAlias, createAgency } from './plan-import.api';

type FormProps = { printed: string; onClose: () => void; onDone: (target: ChosenTarget) => void };

/** "Tạo cơ quan mới": a new agency named as printed (editable), recorded with the printed name as alias when they differ. */
export function CreateAgencyModal({
  printed,
  province,
  validFrom,
  onClose,
  onDone,
}: FormProps & { province: string; validFrom: string }) {
  const { t } = useI18n();
  const [name, setName] = useState(printed);
  const [kind, setKind] = useState<AgencyKind>('other');
  const [agencyProvince, setProvince] = useState(province);
  const [from, setFrom] = useState<string | null>(validFrom);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const trimmed = name.trim();
      const aliases = trimmed !== printed ? [{ alias: printed, kind: 'as-printed' as const }] : undefined;
      const { agency } = await createAgency({
        name: trimmed,
        kind,
        province: agencyProvince.trim(),
        validFrom: from ?? validFrom,
        aliases,
      });
      onDone({ type: 'agency', id: agency.id, name: agency.name, how: 'created' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('planImport.createAgency')} centered>
      <Stack gap="sm">
        <TextInput
          label={t('planImport.agencyName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          data-autofocus
        />
        <Select
          label={t('planImport.agencyKind')}
          data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
          value={kind}
          onChange={(v) => setKind(asAgencyKind(v) ?? 'other')}
          allowDeselect={false}
          comboboxProps={MODAL_DROPDOWN}
        />
        <TextInput
          label={t('planImport.agencyProvince')}
          value={agencyProvince}
          onChange={(e) => setProvince(e.currentTarget.value)}
        />
        <DateField label={t('planImport.agencyValidFrom')} value={from} onChange={setFrom} />
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(t, error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button
            onClick={() => void submit()}
            loading={busy}
            disabled={name.trim().length < 2 || agencyProvince.trim().length < 2}
          >
            {t('planImport.createAgency')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Thêm làm tên gọi khác của…": the printed name becomes an alias of an existing agency. */
export function AliasModal({
  printed,
  initialAgencyId,
  onClose,
  onDone,
}: FormProps & { initialAgencyId: number | null }) {
  const { t } = useI18n();
  const [agencyId, setAgencyId] = useState<number | null>(initialAgencyId);
  const agencies = useAgencies();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    if (agencyId === null) return;
    setBusy(true);
    setError(null);
    try {
      await addPrintedAlias(agencyId, printed);
      const name = agencies.data?.agencies.find((a) => a.id === agencyId)?.name ?? printed;
      onDone({ type: 'agency', id: agencyId, name, how: 'alias' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('planImport.addAlias')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('planImport.aliasText', { name: printed })}</Text>
        <AgencySelect
          label={t('planImport.aliasOf')}
          value={agencyId}
          onChange={(id) => setAgencyId(id)}
          comboboxProps={MODAL_DROPDOWN}
        />
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {errorText(t, error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={agencyId === null}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
