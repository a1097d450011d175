import * as org from '@common/contracts/organisations';
import type { MessageKey, TranslateParams } from '@common/i18n/translate';
import { Alert, Button, Group, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import type { AgencyGroup } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { AGENCY_KINDS, agencyKindLabel } from '../../lib/labels';
import { useAgencies } from '../agencies/agencies.api';
import { AgencyMultiSelect } from '../agencies/AgencySelect';
import { useUpdateGroup } from './admin.api';
import { TOUCH_HEIGHT, touchInput } from './touch';
import { SaveProblem, useVersionedEdit } from './VersionConflict';

type Values = { kinds: org.AgencyKind[]; includes: number[]; excludes: number[]; aliases: string };
type Problem = { key: MessageKey; params?: TranslateParams };

const valuesOf = (group: AgencyGroup): Values => ({
  kinds: group.rule?.kinds ?? [],
  includes: group.includes.map((a) => a.id),
  excludes: group.excludes.map((a) => a.id),
  aliases: group.aliases.join('\n'),
});

/** One alias per line, blanks dropped. */
const aliasesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Edits a group's membership: its rule (agency kinds), agencies always included or left out, and
 * its other names, with the version check. An open group has no rule; only its names are edited.
 */
export function GroupEditForm({
  group,
  asOf,
  onDone,
}: {
  group: AgencyGroup;
  /** The date the groups tab shows members on: "load theirs" reads the group on that date. */
  asOf: string;
  onDone: (group: AgencyGroup) => void;
}) {
  const { t } = useI18n();
  const update = useUpdateGroup();
  const { values, change, version, conflict, loading, keepMine, loadTheirs } = useVersionedEdit({
    initialValues: () => valuesOf(group),
    initialVersion: group.version,
    error: update.error,
    reset: update.reset,
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const agencies = useAgencies();
  // Names of the agencies both included and excluded, for the message (the server would let the later list win).
  const nameOf = new Map((agencies.data?.agencies ?? []).map((a) => [a.id, a.name]));

  const save = (atVersion: number) => {
    const both = values.includes.filter((id) => values.excludes.includes(id));
    const found: Problem | null =
      !group.isOpen && values.kinds.length === 0
        ? { key: 'groupEdit.kindsRequired' }
        : both.length > 0
          ? { key: 'groupEdit.both', params: { names: both.map((id) => nameOf.get(id) ?? `#${id}`) } }
          : null;
    setProblem(found);
    if (found) return;
    const rule = group.isOpen ? undefined : { ...group.rule, kinds: values.kinds };
    update.mutate(
      {
        id: group.id,
        body: {
          version: atVersion,
          rule,
          ...(group.isOpen ? {} : { includes: values.includes, excludes: values.excludes }),
          aliases: aliasesOf(values.aliases),
        },
      },
      { onSuccess: (answer) => onDone(answer.group) },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save(version);
  };
  const readTheirs = async () => {
    const { groups } = await call(org.listGroups, { query: { asOf } });
    const current = groups.find((g) => g.id === group.id);
    return current ? { values: valuesOf(current), version: current.version } : null;
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SaveProblem
          error={update.error}
          conflict={conflict}
          busy={update.isPending || loading}
          onKeepMine={() => keepMine(save)}
          onLoadTheirs={() => void loadTheirs(readTheirs)}
        />
        {problem && (
          <Alert color="red" variant="light" role="alert">
            {t(problem.key, problem.params)}
          </Alert>
        )}
        {group.isOpen ? (
          <Alert color="gray" variant="light">
            {t('groupEdit.openNote')}
          </Alert>
        ) : (
          <>
            <MultiSelect
              label={t('admin.groupRuleKinds')}
              data={AGENCY_KINDS.map((k) => ({ value: k, label: agencyKindLabel(t, k) }))}
              value={values.kinds}
              onChange={(kinds) => change({ kinds: kinds.flatMap((k) => org.asAgencyKind(k) ?? []) })}
              required
              comboboxProps={{ withinPortal: true }}
              styles={touchInput}
            />
            <AgencyMultiSelect
              label={t('groupEdit.includes')}
              description={t('groupEdit.includesHint')}
              value={values.includes}
              onChange={(includes) => change({ includes })}
              comboboxProps={{ withinPortal: true }}
              styles={touchInput}
            />
            <AgencyMultiSelect
              label={t('groupEdit.excludes')}
              description={t('groupEdit.excludesHint')}
              value={values.excludes}
              onChange={(excludes) => change({ excludes })}
              comboboxProps={{ withinPortal: true }}
              styles={touchInput}
            />
          </>
        )}
        <Textarea
          label={t('admin.groupAliases')}
          value={values.aliases}
          onChange={(e) => change({ aliases: e.currentTarget.value })}
          autosize
          minRows={2}
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
