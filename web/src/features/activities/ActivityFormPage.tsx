import { ACTIVITY_KINDS } from '@common/contracts/activities';
import {
  Alert,
  Anchor,
  Button,
  Collapse,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useMe } from '../auth/session';
import { type Activity, useActivity, useActivityMutations, useActivityOptions } from './activities.api';
import { type ActivityDraft, bodyOf, draftOf, emptyDraft } from './activity-form';
import { OutputRows } from './OutputRows';

/** Records a new activity (/activities/new) or edits one (/activities/:id): quick on a phone, details folded. */
export function ActivityFormPage() {
  const params = useParams();
  const id = params.id && params.id !== 'new' ? Number(params.id) : null;
  const existing = useActivity(id);
  const options = useActivityOptions();
  const loading = options.isLoading || (id !== null && existing.isLoading);
  return (
    <QueryState isLoading={loading} error={options.error ?? existing.error} onRetry={() => void options.refetch()}>
      {options.data && (id === null || existing.data) && (
        <ActivityForm key={id ?? 'new'} activity={existing.data?.activity ?? null} options={options.data} />
      )}
    </QueryState>
  );
}

type Options = NonNullable<ReturnType<typeof useActivityOptions>['data']>;

function ActivityForm({ activity, options }: { activity: Activity | null; options: Options }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { record, update, remove } = useActivityMutations();
  const [draft, setDraft] = useState<ActivityDraft>(() => (activity ? draftOf(activity) : emptyDraft(me.today)));
  const [more, setMore] = useState(activity !== null);
  const set = (change: Partial<ActivityDraft>) => setDraft((d) => ({ ...d, ...change }));
  const agencyId = activity?.agencyId ?? options.agencyId ?? 0;
  const body = bodyOf(draft, agencyId);
  const canRecord = me.abilities['activity.record'];
  const mutation = activity ? update : record;
  const save = () => {
    if (!body) return;
    const done = { onSuccess: () => void navigate('/activities') };
    if (activity) update.mutate({ id: activity.id, body: { ...body, version: activity.version } }, done);
    else record.mutate(body, done);
  };
  return (
    <Stack gap="md" pb="md" maw={720} miw={0}>
      <Anchor component={Link} to="/activities" size="sm">
        ‹ {t('app.back')}
      </Anchor>
      <Title order={1} size="h3">
        {activity ? t('activities.edit') : t('activities.record')}
      </Title>
      {options.tasks.length === 0 && <Alert color="yellow">{t('activities.noTasks')}</Alert>}
      <fieldset disabled={!canRecord || mutation.isPending} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <Select
            label={t('activities.field.task')}
            data={options.tasks.map((task) => ({ value: String(task.id), label: `${task.code}. ${task.title}` }))}
            value={draft.taskId}
            onChange={(taskId) => set({ taskId })}
            searchable
            required
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('activities.field.kind')}
            data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kind.${k}`) }))}
            value={draft.kind}
            onChange={(kind) => kind && set({ kind: kind as ActivityDraft['kind'] })}
            allowDeselect={false}
            required
          />
          <Textarea
            label={t('activities.field.title')}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            autosize
            minRows={2}
            required
          />
          <SimpleGrid cols={{ base: 2 }} spacing="xs">
            <DateField
              label={t('activities.field.startsOn')}
              value={draft.startsOn}
              onChange={(startsOn) => set({ startsOn })}
              required
            />
            <DateField
              label={t('activities.field.endsOn')}
              value={draft.endsOn}
              onChange={(endsOn) => set({ endsOn })}
            />
          </SimpleGrid>
          <OutputRows
            indicators={options.indicators}
            outputs={draft.outputs}
            onChange={(outputs) => set({ outputs })}
          />
          <Button
            variant="subtle"
            px={0}
            h="auto"
            mih={44}
            justify="flex-start"
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            onClick={() => setMore((m) => !m)}
            aria-expanded={more}
          >
            {more ? '▾' : '▸'} {t('activities.more')}
          </Button>
          <Collapse expanded={more}>
            <Stack gap="sm">
              <TextInput
                label={t('activities.field.place')}
                value={draft.place}
                onChange={(e) => set({ place: e.currentTarget.value })}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                <TextInput
                  label={t('activities.field.participants')}
                  value={draft.participants}
                  onChange={(e) => set({ participants: e.currentTarget.value })}
                  inputMode="numeric"
                />
                <TextInput
                  label={t('activities.cost')}
                  value={draft.cost}
                  onChange={(e) => set({ cost: e.currentTarget.value })}
                  inputMode="numeric"
                />
              </SimpleGrid>
              <Textarea
                label={t('activities.field.links')}
                value={draft.links}
                onChange={(e) => set({ links: e.currentTarget.value })}
                autosize
                minRows={2}
                inputMode="url"
              />
              <Textarea
                label={t('activities.field.notes')}
                value={draft.notes}
                onChange={(e) => set({ notes: e.currentTarget.value })}
                autosize
                minRows={2}
              />
            </Stack>
          </Collapse>
          {mutation.isError && (
            <Alert color="red" role="alert">
              {errorText(t, mutation.error)}
            </Alert>
          )}
          {remove.isError && (
            <Alert color="red" role="alert">
              {errorText(t, remove.error)}
            </Alert>
          )}
          <Group gap="sm">
            <Button onClick={save} loading={mutation.isPending} disabled={!body || !canRecord}>
              {t('activities.save')}
            </Button>
            {activity && canRecord && (
              <Button
                color="red"
                variant="light"
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('activities.deleteConfirm')))
                    remove.mutate(activity.id, { onSuccess: () => void navigate('/activities') });
                }}
              >
                {t('activities.delete')}
              </Button>
            )}
          </Group>
        </Stack>
      </fieldset>
    </Stack>
  );
}
