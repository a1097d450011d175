import * as e from '@common/contracts/calendar-events';
import { Button, Card, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { useActivityOptions } from '../activities/activities.api';
import { AgencySelect } from '../agencies/AgencySelect';
import { SaveProblem, useVersionedEdit } from '../admin/VersionConflict';
import { useMe } from '../auth/session';
import { ErrorAlert } from '../../components/QueryState';

type FestivalValues = Omit<e.FestivalRecord, 'id' | 'version'>;
const NEW_FESTIVAL: FestivalValues = {
  name: '',
  calendar: 'lunar',
  day: 1,
  month: 1,
  days: 1,
  place: '',
  organiserId: null,
};

/** Reads a stored festival again after a version conflict (null: it has been removed). */
async function readFestival(id: number, year: number) {
  const { milestones } = await call(e.listMilestones, { query: { year } });
  const found = milestones.find((m) => m.festival?.id === id)?.festival;
  if (!found) return null;
  const { id: _id, version, ...values } = found;
  return { values, version };
}

/**
 * The coordinator adds a provincial festival held yearly on a solar or lunar day — or, given the
 * stored one, corrects it (saved from the version it was read at) or removes it.
 */
export function FestivalForm({ record, onDone }: { record?: e.FestivalRecord; onDone?: () => void }) {
  const { t } = useI18n();
  const { today } = useMe();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: ({ values, version }: { values: FestivalValues; version: number }) =>
      record
        ? call(e.updateFestival, { params: { id: record.id }, body: { ...values, version } })
        : call(e.createFestival, { body: values }),
    onSuccess: async () => {
      if (!record) form.change({ name: '' });
      await client.invalidateQueries({ queryKey: ['events'] });
      onDone?.();
    },
  });
  const form = useVersionedEdit<FestivalValues>({
    initialValues: () => {
      if (!record) return NEW_FESTIVAL;
      const { id: _id, version: _version, ...values } = record;
      return values;
    },
    initialVersion: record?.version ?? 0,
    error: save.error,
    reset: save.reset,
  });
  const v = form.values;
  return (
    <Card withBorder={!record} padding={record ? 0 : 'sm'}>
      <Stack gap="xs">
        {!record && <Text fw={600}>{t('events.addFestival')}</Text>}
        <TextInput
          label={t('events.field.name')}
          value={v.name}
          onChange={(ev) => form.change({ name: ev.currentTarget.value })}
        />
        <Select
          label={t('events.field.calendar')}
          data={[
            { value: 'lunar', label: t('events.calendar.lunar') },
            { value: 'solar', label: t('events.calendar.solar') },
          ]}
          value={v.calendar}
          allowDeselect={false}
          onChange={(value) => form.change({ calendar: value === 'solar' ? 'solar' : 'lunar' })}
        />
        <Group grow>
          <NumberInput
            label={t('events.field.day')}
            min={1}
            max={31}
            value={v.day}
            onChange={(value) => form.change({ day: Number(value) || 1 })}
          />
          <NumberInput
            label={t('events.field.month')}
            min={1}
            max={12}
            value={v.month}
            onChange={(value) => form.change({ month: Number(value) || 1 })}
          />
          <NumberInput
            label={t('events.field.days')}
            min={1}
            max={30}
            value={v.days}
            onChange={(value) => form.change({ days: Number(value) || 1 })}
          />
        </Group>
        <TextInput
          label={t('events.field.place')}
          value={v.place}
          onChange={(ev) => form.change({ place: ev.currentTarget.value })}
        />
        <SaveProblem
          error={save.error}
          conflict={form.conflict}
          busy={save.isPending || form.loading}
          onKeepMine={() => form.keepMine((version) => save.mutate({ values: form.values, version }))}
          onLoadTheirs={() => void form.loadTheirs(() => readFestival(record!.id, Number(today.slice(0, 4))))}
        />
        <Group justify="space-between">
          <Button
            onClick={() => save.mutate({ values: form.values, version: form.version })}
            loading={save.isPending}
            disabled={v.name.trim().length < 3}
          >
            {t('events.save')}
          </Button>
          {record && (
            <RemoveButton
              title={record.name}
              remove={() => call(e.deleteFestival, { params: { id: record.id }, query: { version: form.version } })}
              onDone={onDone}
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Removes a stored festival or campaign after a second click (the audit keeps what it was). */
function RemoveButton({
  title,
  remove,
  onDone,
}: {
  title: string;
  remove: () => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const removal = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['events'] });
      onDone?.();
    },
  });
  return (
    <Stack gap={4} align="flex-end">
      {removal.error && <ErrorAlert error={removal.error} />}
      {asking ? (
        <Group gap="xs">
          <Text size="sm">{t('events.removeConfirm', { title })}</Text>
          <Button color="red" onClick={() => removal.mutate()} loading={removal.isPending}>
            {t('events.remove')}
          </Button>
          <Button variant="default" onClick={() => setAsking(false)}>
            {t('events.cancel')}
          </Button>
        </Group>
      ) : (
        <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
          {t('events.remove')}
        </Button>
      )}
    </Stack>
  );
}

type OutputRow = { agencyId: number | null; code: string | null; expected: number };
type CampaignValues = { title: string; startsOn: string | null; endsOn: string | null; rows: OutputRow[] };
const EMPTY_ROW: OutputRow = { agencyId: null, code: null, expected: 1 };

function campaignValues(record: e.CampaignRecord | undefined): CampaignValues {
  if (!record) return { title: '', startsOn: null, endsOn: null, rows: [EMPTY_ROW] };
  return {
    title: record.title,
    startsOn: record.startsOn,
    endsOn: record.endsOn,
    rows: record.outputs.length ? record.outputs : [EMPTY_ROW],
  };
}

/** Reads a stored campaign again after a version conflict (null: it has been removed). */
async function readCampaign(id: number, year: number) {
  const { milestones } = await call(e.listMilestones, { query: { year } });
  const found = milestones.find((m) => m.campaign?.id === id)?.campaign;
  return found ? { values: campaignValues(found), version: found.version } : null;
}

/**
 * The coordinator creates a campaign with what each press agency is expected to produce — or, given
 * the stored one, changes it (outputs replaced whole, from the version it was read at) or removes it.
 */
export function CampaignForm({ record, onDone }: { record?: e.CampaignRecord; onDone?: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const options = useActivityOptions();
  const body = (values: CampaignValues) => ({
    title: values.title,
    startsOn: values.startsOn!,
    endsOn: values.endsOn!,
    description: record?.description ?? '',
    anniversaryKey: record?.anniversaryKey ?? null,
    outputs: values.rows
      .filter((r) => r.agencyId !== null && r.code)
      .map((r) => ({ agencyId: r.agencyId!, code: r.code!, expected: r.expected })),
  });
  const save = useMutation({
    mutationFn: ({ values, version }: { values: CampaignValues; version: number }) =>
      record
        ? call(e.updateCampaign, { params: { id: record.id }, body: { ...body(values), version } })
        : call(e.createCampaign, { body: body(values) }),
    onSuccess: async () => {
      if (!record) form.change(campaignValues(undefined));
      await client.invalidateQueries({ queryKey: ['events'] });
      onDone?.();
    },
  });
  const form = useVersionedEdit<CampaignValues>({
    initialValues: () => campaignValues(record),
    initialVersion: record?.version ?? 0,
    error: save.error,
    reset: save.reset,
  });
  const { title, startsOn, endsOn, rows } = form.values;
  const indicators = (options.data?.indicators ?? []).map((i) => ({ value: i.code, label: `${i.name} (${i.unit})` }));
  const changeRow = (index: number, patch: Partial<OutputRow>) =>
    form.change({ rows: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
  return (
    <Card withBorder={!record} padding={record ? 0 : 'sm'}>
      <Stack gap="xs">
        {!record && <Text fw={600}>{t('events.addCampaign')}</Text>}
        <TextInput
          label={t('events.field.title')}
          value={title}
          onChange={(ev) => form.change({ title: ev.currentTarget.value })}
        />
        <Group grow>
          <DateField
            label={t('events.field.startsOn')}
            value={startsOn}
            onChange={(d) => form.change({ startsOn: d })}
          />
          <DateField label={t('events.field.endsOn')} value={endsOn} onChange={(d) => form.change({ endsOn: d })} />
        </Group>
        {/* Rows have no identity until saved: their position is their key. */}
        {rows.map((row, index) => (
          <Stack key={index} gap={4}>
            <AgencySelect
              label={t('events.field.agency', { n: index + 1 })}
              value={row.agencyId}
              onChange={(id) => changeRow(index, { agencyId: id })}
            />
            <Group grow align="flex-end">
              <Select
                label={t('events.field.indicator')}
                searchable
                data={indicators}
                value={row.code}
                onChange={(v) => changeRow(index, { code: v })}
              />
              <NumberInput
                label={t('events.field.expected')}
                min={0}
                value={row.expected}
                onChange={(v) => changeRow(index, { expected: Number(v) || 0 })}
                maw={140}
              />
            </Group>
          </Stack>
        ))}
        <Group>
          <Button variant="default" onClick={() => form.change({ rows: [...rows, EMPTY_ROW] })}>
            + {t('events.addOutput')}
          </Button>
        </Group>
        <SaveProblem
          error={save.error}
          conflict={form.conflict}
          busy={save.isPending || form.loading}
          onKeepMine={() => form.keepMine((version) => save.mutate({ values: form.values, version }))}
          onLoadTheirs={() =>
            void form.loadTheirs(() => readCampaign(record!.id, Number(record!.startsOn.slice(0, 4))))
          }
        />
        <Group justify="space-between">
          <Button
            onClick={() => save.mutate({ values: form.values, version: form.version })}
            loading={save.isPending}
            disabled={title.trim().length < 3 || !startsOn || !endsOn}
          >
            {t('events.save')}
          </Button>
          {record && (
            <RemoveButton
              title={record.title}
              remove={() => call(e.deleteCampaign, { params: { id: record.id }, query: { version: form.version } })}
              onDone={onDone}
            />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
