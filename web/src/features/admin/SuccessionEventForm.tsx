import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { SuccessionPreviewPlan } from '../../api/types';
import type { MessageKey } from '@common/i18n/vi/index';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { MODAL_DROPDOWN } from '../../components/modal-dropdown';
import { ErrorAlert } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import {
  KNOWN_FUNCTIONS,
  ROLE_COLORS,
  SUCCESSION_KINDS,
  functionLabel,
  roleLabel,
  successionLabel,
} from '../../lib/labels';
import { AgencyMultiSelect, AgencySelect } from '../agencies/AgencySelect';
import { usePreviewSuccession, useRecordSuccession } from './admin.api';
import { buildSuccessionInput, fieldsFor, type SuccessionDraft } from './succession-links';

/** Records a reorganisation: fill in, preview what moves (nothing written), then confirm. */
export function SuccessionEventForm({ today, onDone }: { today: string; onDone: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<SuccessionDraft>({
    kind: 'transfer',
    effectiveOn: today,
    legalBasis: '',
    note: '',
    sources: [],
    targets: [],
    functions: ['foreign-information'],
    newName: '',
  });
  const preview = usePreviewSuccession();
  const record = useRecordSuccession();
  const [previewed, setPreviewed] = useState<string | null>(null);
  const input = buildSuccessionInput(draft);
  const inputKey = input ? JSON.stringify(input) : null;
  const fresh = inputKey !== null && previewed === inputKey && preview.isSuccess;
  const fields = fieldsFor(draft.kind);
  const change = (patch: Partial<SuccessionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const runPreview = () => {
    if (!input) return;
    record.reset();
    preview.mutate(input, { onSuccess: () => setPreviewed(inputKey) });
  };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('admin.eventKind')}
          comboboxProps={MODAL_DROPDOWN}
          data={SUCCESSION_KINDS.map((k) => ({ value: k, label: successionLabel(t, k) }))}
          value={draft.kind}
          onChange={(v) =>
            v && change({ kind: v as SuccessionDraft['kind'], sources: draft.sources.slice(0, 1), targets: [] })
          }
          allowDeselect={false}
        />
        <DateField
          label={t('admin.effectiveOn')}
          value={draft.effectiveOn}
          onChange={(iso) => change({ effectiveOn: iso })}
          required
        />
      </SimpleGrid>
      {fields.manySources ? (
        <AgencyMultiSelect
          label={t('admin.sources')}
          comboboxProps={MODAL_DROPDOWN}
          value={draft.sources}
          onChange={(sources) => change({ sources })}
          required
        />
      ) : (
        <AgencySelect
          label={t('admin.sources')}
          comboboxProps={MODAL_DROPDOWN}
          value={draft.sources[0] ?? null}
          onChange={(id) => change({ sources: id ? [id] : [] })}
          required
        />
      )}
      {fields.targets === 'one' && (
        <AgencySelect
          label={t('admin.target')}
          comboboxProps={MODAL_DROPDOWN}
          value={draft.targets[0] ?? null}
          onChange={(id) => change({ targets: id ? [id] : [] })}
          required
        />
      )}
      {fields.targets === 'many' && (
        <AgencyMultiSelect
          label={t('admin.targets')}
          comboboxProps={MODAL_DROPDOWN}
          value={draft.targets}
          onChange={(targets) => change({ targets })}
          required
        />
      )}
      {fields.functions && (
        <MultiSelect
          label={t('admin.functions')}
          comboboxProps={MODAL_DROPDOWN}
          data={KNOWN_FUNCTIONS.map((f) => ({ value: f, label: functionLabel(t, f) }))}
          value={draft.functions}
          onChange={(functions) => change({ functions })}
          required={draft.kind === 'transfer'}
        />
      )}
      {fields.newName && (
        <TextInput
          label={t('admin.newName')}
          value={draft.newName}
          onChange={(e) => change({ newName: e.currentTarget.value })}
          required
        />
      )}
      <TextInput
        label={t('admin.legalBasis')}
        value={draft.legalBasis}
        onChange={(e) => change({ legalBasis: e.currentTarget.value })}
      />
      <Textarea
        label={t('admin.note')}
        value={draft.note}
        onChange={(e) => change({ note: e.currentTarget.value })}
        autosize
        minRows={1}
      />
      {preview.error && <ErrorAlert error={preview.error} />}
      {record.error && <ErrorAlert error={record.error} />}
      <Group>
        <Button variant="light" onClick={runPreview} disabled={!input} loading={preview.isPending}>
          {t('admin.preview')}
        </Button>
        <Button
          onClick={() => input && record.mutate(input, { onSuccess: onDone })}
          disabled={!fresh}
          loading={record.isPending}
        >
          {t('admin.confirm')}
        </Button>
      </Group>
      {preview.isSuccess && !fresh && input && <Alert color="yellow">{t('admin.previewStale')}</Alert>}
      {preview.data && fresh && (
        <Paper withBorder p="sm" data-testid="succession-preview">
          <Title order={3} size="h5" mb="xs">
            {t('admin.previewTitle')}
          </Title>
          {preview.data.plans.every((plan) => plan.moving.length === 0) ? (
            <Text size="sm" c="dimmed">
              {t('admin.previewEmpty')}
            </Text>
          ) : null}
          <Stack gap="md">
            {preview.data.plans.map((plan) => (
              <PlanMoves key={plan.planId} plan={plan} />
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

/** One plan's tasks that change hands, each once, named with the plan; those the sources keep as codes. */
function PlanMoves({ plan }: { plan: SuccessionPreviewPlan }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" data-testid={`succession-plan-${plan.year}`}>
      <div>
        <Text size="sm" fw={700}>
          {plan.title}
        </Text>
        <Text size="xs" c="dimmed">
          {[
            plan.number && t('succession.planNumber', { number: plan.number }),
            t(`plans.status.${plan.status}` as MessageKey),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </div>
      <Text size="sm" fw={600} data-testid="succession-moving-count">
        {t('succession.moving', { count: plan.moving.length })}
      </Text>
      {plan.moving.map((m) => (
        <div
          key={m.taskId}
          data-testid={`move-${m.code}`}
          style={{
            borderLeft: `3px solid var(--mantine-color-${ROLE_COLORS[m.roles[0] ?? 'lead']}-4)`,
            paddingLeft: 8,
          }}
        >
          <Group gap={6}>
            <Text size="sm" fw={700}>
              {m.code}
            </Text>
            {m.roles.map((role) => (
              <Badge key={role} size="sm" color={ROLE_COLORS[role]} variant="light" tt="none">
                {roleLabel(t, role)}
              </Badge>
            ))}
          </Group>
          <Text size="xs" lineClamp={2}>
            {m.title}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="move-route">
            {m.from.map((f) => f.name).join(', ')} →{' '}
            {m.to.length === 0
              ? t('succession.ends')
              : m.to.map((x) => (x.alreadyHolds ? `${x.name} (${t('succession.alreadyHolds')})` : x.name)).join(', ')}
          </Text>
        </div>
      ))}
      {plan.staying.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="succession-staying">
          {t('succession.staying', { count: plan.staying.length })}: {plan.staying.map((m) => m.code).join(', ')}
        </Text>
      )}
    </Stack>
  );
}
