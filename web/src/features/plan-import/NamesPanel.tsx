import { Anchor, Badge, Button, Collapse, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { nameTone, type ChosenTarget, type NameTone } from './name-resolution';
import { CreateGroupModal, looksCollective } from './GroupForm';
import { AliasModal, CreateAgencyModal } from './NameForms';
import type { NameResolution } from './plan-import.types';

export const TONE_COLORS: Record<NameTone, string> = { green: 'green', amber: 'yellow', red: 'red' };
export const nameRowAnchor = (name: string) => `name-${encodeURIComponent(name)}`;

type Props = {
  names: string[];
  resolutions: ReadonlyMap<string, NameResolution>;
  chosen: ReadonlyMap<string, ChosenTarget>;
  province: string;
  referenceDate: string;
  onChoose: (name: string, target: ChosenTarget | null) => void;
};

/** Every agency name of the document with how it resolves; the unresolved ones first, each with ways to settle it. */
export function NamesPanel({ names, resolutions, chosen, province, referenceDate, onChoose }: Props) {
  const { t } = useI18n();
  const [resolvedOpen, resolvedToggle] = useDisclosure(false);
  const [form, setForm] = useState<{ kind: 'create' | 'alias' | 'group'; name: string } | null>(null);
  const queryClient = useQueryClient();
  const tone = (name: string) => nameTone(resolutions.get(name), chosen.get(name));
  const open = names.filter((name) => tone(name) !== 'green' || chosen.has(name));
  const settled = names.filter((name) => tone(name) === 'green' && !chosen.has(name));
  const done = (target: ChosenTarget) => {
    if (form) onChoose(form.name, target);
    setForm(null);
    void queryClient.invalidateQueries({ queryKey: ['agencies'] });
  };
  const row = (name: string) => (
    <NameRow
      key={name}
      name={name}
      resolution={resolutions.get(name)}
      chosen={chosen.get(name)}
      onChoose={onChoose}
      onForm={(kind) => setForm({ kind, name })}
    />
  );
  return (
    <Paper withBorder p="sm" data-testid="names-panel">
      <Text fw={600} mb="xs">
        {t('planImport.names')}
      </Text>
      {open.length > 0 && (
        <>
          <Text size="sm" c="dimmed" mb={4}>
            {t('planImport.namesPending', { count: open.filter((n) => tone(n) !== 'green').length })}
          </Text>
          <Stack gap="xs" mb="sm">
            {open.map(row)}
          </Stack>
        </>
      )}
      <Anchor component="button" type="button" size="sm" onClick={resolvedToggle.toggle} aria-expanded={resolvedOpen}>
        {resolvedOpen ? '▾' : '▸'} {t('planImport.namesResolved', { count: settled.length })}
      </Anchor>
      <Collapse expanded={resolvedOpen}>
        <Stack gap={4} mt="xs">
          {settled.map(row)}
        </Stack>
      </Collapse>
      {form?.kind === 'create' && (
        <CreateAgencyModal
          printed={form.name}
          province={province}
          validFrom={referenceDate}
          onClose={() => setForm(null)}
          onDone={done}
        />
      )}
      {form?.kind === 'group' && (
        <CreateGroupModal
          printed={form.name}
          province={province}
          validFrom={referenceDate}
          onClose={() => setForm(null)}
          onDone={done}
        />
      )}
      {form?.kind === 'alias' && (
        <AliasModal
          printed={form.name}
          initialAgencyId={resolutions.get(form.name)?.suggestions.find((s) => s.type === 'agency')?.id ?? null}
          onClose={() => setForm(null)}
          onDone={done}
        />
      )}
    </Paper>
  );
}

type RowProps = {
  name: string;
  resolution: NameResolution | undefined;
  chosen: ChosenTarget | undefined;
  onChoose: (name: string, target: ChosenTarget | null) => void;
  onForm: (kind: 'create' | 'alias' | 'group') => void;
};

function NameRow({ name, resolution, chosen, onChoose, onForm }: RowProps) {
  const { t } = useI18n();
  const tone = nameTone(resolution, chosen);
  const registryName = chosen?.name ?? resolution?.match?.name ?? null;
  // A collective name is offered a new group first; a single agency's name, a new agency.
  const collective = looksCollective(name);
  return (
    <Paper
      id={nameRowAnchor(name)}
      withBorder={tone !== 'green'}
      p={tone === 'green' ? 0 : 'xs'}
      data-testid={`name-row-${name}`}
      data-tone={tone}
      style={
        tone === 'green'
          ? undefined
          : { borderColor: `var(--mantine-color-${TONE_COLORS[tone]}-5)`, borderLeftWidth: 4 }
      }
    >
      <Group gap={6} wrap="wrap">
        <Badge color={TONE_COLORS[tone]} variant="light" size="sm" tt="none">
          {t(`planImport.tone.${tone}`)}
        </Badge>
        <Text size="sm" fw={tone === 'green' ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Text>
        {tone === 'green' && registryName && registryName !== name && (
          <Text size="sm" c="green.8">
            → {registryName}
          </Text>
        )}
        {chosen && (
          <>
            <Text size="xs" c="dimmed">
              ({t(`planImport.chosen.${chosen.how}`)})
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={() => onChoose(name, null)}>
              {t('planImport.undoChoice')}
            </Anchor>
          </>
        )}
      </Group>
      {tone !== 'green' && (
        <Stack gap={6} mt={6}>
          {(resolution?.suggestions.length ?? 0) > 0 && (
            <Select
              size="xs"
              aria-label={t('planImport.pickSuggestion')}
              placeholder={t('planImport.pickSuggestion')}
              data={resolution!.suggestions.map((s) => ({
                value: `${s.type}:${s.id}`,
                label: t('planImport.suggestion', { name: s.name, score: Math.round(s.score * 100) }),
              }))}
              value={null}
              onChange={(value) => {
                const picked = resolution!.suggestions.find((s) => `${s.type}:${s.id}` === value);
                if (picked) onChoose(name, { type: picked.type, id: picked.id, name: picked.name, how: 'picked' });
              }}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Group gap="xs">
            {collective && (
              <Button size="compact-sm" variant="light" color={TONE_COLORS[tone]} onClick={() => onForm('group')}>
                {t('groupForm.title')}
              </Button>
            )}
            <Button
              size="compact-sm"
              variant={collective ? 'subtle' : 'light'}
              color={collective ? undefined : TONE_COLORS[tone]}
              onClick={() => onForm('create')}
            >
              {t('planImport.createAgency')}
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={() => onForm('alias')}>
              {t('planImport.addAlias')}
            </Button>
            {!collective && (
              <Button size="compact-sm" variant="subtle" onClick={() => onForm('group')}>
                {t('groupForm.title')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
