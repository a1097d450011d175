import { formatDate } from '@common/calendar/iso-date';
import * as org from '@common/contracts/organisations';
import type { MessageKey } from '@common/i18n/translate';
import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import type { Agency } from '../../api/types';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { AgencySelect } from '../agencies/AgencySelect';
import { useUpdateAgency } from './admin.api';
import { TOUCH_HEIGHT, touchInput } from './touch';
import { SaveProblem, useVersionedEdit } from './VersionConflict';

type Values = { kind: org.AgencyKind; parentId: number | null; note: string; validTo: string | null };

const valuesOf = (agency: Agency): Values => ({
  kind: agency.kind,
  parentId: agency.parentId,
  note: agency.note ?? '',
  validTo: agency.validTo,
});

/** Problems the server would refuse or could not see (a parent that is the agency itself). */
function problemsOf(agency: Agency, values: Values): Partial<Record<'parentId' | 'validTo', MessageKey>> {
  const problems: Partial<Record<'parentId' | 'validTo', MessageKey>> = {};
  if (values.parentId === agency.id) problems.parentId = 'agencyEdit.parentSelf';
  if (values.validTo !== null && values.validTo < agency.validFrom) problems.validTo = 'error.DATE_RANGE_INVERTED';
  return problems;
}

/**
 * Edits an agency's kind, parent, note and end date with its version: when someone else saved in
 * between, the typed values stay and the person chooses (save theirs over it, or take the new one).
 */
export function AgencyEditForm({ agency, onDone }: { agency: Agency; onDone: (agency: Agency) => void }) {
  const { t } = useI18n();
  const update = useUpdateAgency();
  const { values, change, version, conflict, loading, keepMine, loadTheirs } = useVersionedEdit({
    initialValues: () => valuesOf(agency),
    initialVersion: agency.version,
    error: update.error,
    reset: update.reset,
  });
  const [problems, setProblems] = useState<ReturnType<typeof problemsOf>>({});

  const save = (atVersion: number) => {
    const found = problemsOf(agency, values);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      {
        id: agency.id,
        body: {
          version: atVersion,
          kind: values.kind,
          parentId: values.parentId,
          note: values.note.trim() === '' ? null : values.note,
          validTo: values.validTo,
        },
      },
      { onSuccess: (answer) => onDone(answer.agency) },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(version);
  };
  const readTheirs = async () => {
    const { agency: current } = await call(org.getAgency, { params: { id: agency.id } });
    return { values: valuesOf(current), version: current.version };
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agency.validFrom')}: {formatDate(agency.validFrom)} · {t('agencyEdit.nameHint')}
        </Text>
        <SaveProblem
          error={update.error}
          conflict={conflict}
          busy={update.isPending || loading}
          onKeepMine={() => keepMine(save)}
          onLoadTheirs={() => void loadTheirs(readTheirs)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('agencies.kind')}
            data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
            value={values.kind}
            onChange={(value) => change({ kind: org.asAgencyKind(value) ?? values.kind })}
            allowDeselect={false}
            required
            comboboxProps={{ withinPortal: true }}
            styles={touchInput}
          />
          <AgencySelect
            label={t('agencyEdit.parent')}
            value={values.parentId}
            onChange={(parentId) => change({ parentId })}
            error={problems.parentId ? t(problems.parentId) : undefined}
            comboboxProps={{ withinPortal: true }}
            styles={touchInput}
          />
        </SimpleGrid>
        <DateField
          label={t('agencyEdit.validTo')}
          description={t('agencyEdit.validToHint')}
          value={values.validTo}
          onChange={(validTo) => change({ validTo })}
          error={problems.validTo ? t(problems.validTo) : undefined}
          styles={touchInput}
        />
        <Textarea
          label={t('admin.note')}
          value={values.note}
          onChange={(e) => change({ note: e.currentTarget.value })}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending && conflict === null} h={TOUCH_HEIGHT}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
