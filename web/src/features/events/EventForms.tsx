import * as e from '@common/contracts/calendar-events';
import { Alert, Button, Card, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useActivityOptions } from '../activities/activities.api';
import { AgencySelect } from '../agencies/AgencySelect';

/** The coordinator adds a provincial festival held yearly on a solar or lunar day. */
export function FestivalForm() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [calendar, setCalendar] = useState<'solar' | 'lunar'>('lunar');
  const [day, setDay] = useState<number>(1);
  const [month, setMonth] = useState<number>(1);
  const [days, setDays] = useState<number>(1);
  const [place, setPlace] = useState('');
  const create = useMutation({
    mutationFn: () => call(e.createFestival, { body: { name, calendar, day, month, days, place } }),
    onSuccess: () => {
      setName('');
      void client.invalidateQueries({ queryKey: ['events'] });
    },
  });
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('events.addFestival')}</Text>
        <TextInput label={t('events.field.name')} value={name} onChange={(ev) => setName(ev.currentTarget.value)} />
        <Select
          label={t('events.field.calendar')}
          data={[
            { value: 'lunar', label: t('events.calendar.lunar') },
            { value: 'solar', label: t('events.calendar.solar') },
          ]}
          value={calendar}
          allowDeselect={false}
          onChange={(v) => setCalendar(v === 'solar' ? 'solar' : 'lunar')}
        />
        <Group grow>
          <NumberInput
            label={t('events.field.day')}
            min={1}
            max={31}
            value={day}
            onChange={(v) => setDay(Number(v) || 1)}
          />
          <NumberInput
            label={t('events.field.month')}
            min={1}
            max={12}
            value={month}
            onChange={(v) => setMonth(Number(v) || 1)}
          />
          <NumberInput
            label={t('events.field.days')}
            min={1}
            max={30}
            value={days}
            onChange={(v) => setDays(Number(v) || 1)}
          />
        </Group>
        <TextInput label={t('events.field.place')} value={place} onChange={(ev) => setPlace(ev.currentTarget.value)} />
        {create.error && (
          <Alert color="red" role="alert">
            {errorText(t, create.error)}
          </Alert>
        )}
        <Button onClick={() => create.mutate()} loading={create.isPending} disabled={name.trim().length < 3}>
          {t('events.save')}
        </Button>
      </Stack>
    </Card>
  );
}

type OutputRow = { agencyId: number | null; code: string | null; expected: number };

/** The coordinator creates a campaign with what each press agency is expected to produce. */
export function CampaignForm() {
  const { t } = useI18n();
  const client = useQueryClient();
  const options = useActivityOptions();
  const [title, setTitle] = useState('');
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [rows, setRows] = useState<OutputRow[]>([{ agencyId: null, code: null, expected: 1 }]);
  const create = useMutation({
    mutationFn: () =>
      call(e.createCampaign, {
        body: {
          title,
          startsOn: startsOn!,
          endsOn: endsOn!,
          outputs: rows
            .filter((r) => r.agencyId !== null && r.code)
            .map((r) => ({ agencyId: r.agencyId!, code: r.code!, expected: r.expected })),
        },
      }),
    onSuccess: () => {
      setTitle('');
      setRows([{ agencyId: null, code: null, expected: 1 }]);
      void client.invalidateQueries({ queryKey: ['events'] });
    },
  });
  const indicators = (options.data?.indicators ?? []).map((i) => ({ value: i.code, label: `${i.name} (${i.unit})` }));
  const change = (index: number, patch: Partial<OutputRow>) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('events.addCampaign')}</Text>
        <TextInput label={t('events.field.title')} value={title} onChange={(ev) => setTitle(ev.currentTarget.value)} />
        <Group grow>
          <DateField label={t('events.field.startsOn')} value={startsOn} onChange={setStartsOn} />
          <DateField label={t('events.field.endsOn')} value={endsOn} onChange={setEndsOn} />
        </Group>
        {/* Rows have no identity until saved: their position is their key. */}
        {rows.map((row, index) => (
          <Stack key={index} gap={4}>
            <AgencySelect
              label={t('events.field.agency', { n: index + 1 })}
              value={row.agencyId}
              onChange={(id) => change(index, { agencyId: id })}
            />
            <Group grow align="flex-end">
              <Select
                label={t('events.field.indicator')}
                searchable
                data={indicators}
                value={row.code}
                onChange={(v) => change(index, { code: v })}
              />
              <NumberInput
                label={t('events.field.expected')}
                min={0}
                value={row.expected}
                onChange={(v) => change(index, { expected: Number(v) || 0 })}
                maw={140}
              />
            </Group>
          </Stack>
        ))}
        <Group>
          <Button variant="default" onClick={() => setRows((r) => [...r, { agencyId: null, code: null, expected: 1 }])}>
            + {t('events.addOutput')}
          </Button>
        </Group>
        {create.error && (
          <Alert color="red" role="alert">
            {errorText(t, create.error)}
          </Alert>
        )}
        <Button
          onClick={() => create.mutate()}
          loading={create.isPending}
          disabled={title.trim().length < 3 || !startsOn || !endsOn}
        >
          {t('events.save')}
        </Button>
      </Stack>
    </Card>
  );
}
