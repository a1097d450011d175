import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/vi';
import type { ParsedTask, UploadAnswer } from './plan-import.types';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join('; ') : '—';
  if (typeof value === 'object') {
    const timeframe = value as ParsedTask['timeframe'];
    return [timeframe.text, timeframe.due].filter(Boolean).join(' · ') || '—';
  }
  return String(value);
}

/** What confirming changes against the plan of that province and year already in the system. */
export function PlanDiffPanel({ previous, year }: { previous: NonNullable<UploadAnswer['previous']>; year: number | null }) {
  const { t } = useI18n();
  const { diff } = previous;
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <Alert color="blue" variant="light" title={t('planImport.diffTitle', { year: year ?? '' })} data-testid="plan-diff">
      <Stack gap="xs">
        <Text size="sm">{t('planImport.diffIntro', { title: previous.title, status: t(`plans.status.${previous.status}` as MessageKey).toLowerCase() })}</Text>
        <Group gap="xs">
          <Badge color="green" variant="light" tt="none">+ {diff.added.length}</Badge>
          <Badge color="red" variant="light" tt="none">− {diff.removed.length}</Badge>
          <Badge color="orange" variant="light" tt="none">~ {diff.changed.length}</Badge>
          <Text size="sm" data-testid="plan-diff-counts">
            {t('planImport.diffCounts', { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged })}
          </Text>
        </Group>
        {nothing && <Text size="sm" fw={500}>{t('planImport.diffNone')}</Text>}
        {diff.added.length > 0 && (
          <div>
            <Text size="sm" fw={600}>{t('planImport.diffAdded')}</Text>
            <List size="sm">{diff.added.map((task) => <List.Item key={task.code}>{task.code}. {task.title}</List.Item>)}</List>
          </div>
        )}
        {diff.removed.length > 0 && (
          <div>
            <Text size="sm" fw={600}>{t('planImport.diffRemoved')}</Text>
            <List size="sm">{diff.removed.map((task) => <List.Item key={task.code}><s>{task.code}. {task.title}</s></List.Item>)}</List>
          </div>
        )}
        {diff.changed.length > 0 && (
          <div>
            <Text size="sm" fw={600}>{t('planImport.diffChanged')}</Text>
            <List size="sm" spacing={4}>
              {diff.changed.map((change) => (
                <List.Item key={change.code}>
                  <Text size="sm" fw={500}>{change.code}</Text>
                  {change.fields.map((field) => (
                    <Text key={field} size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {t(`planImport.field.${field}` as MessageKey)}: <s>{show(change.before[field as keyof ParsedTask])}</s> → <b>{show(change.after[field as keyof ParsedTask])}</b>
                    </Text>
                  ))}
                </List.Item>
              ))}
            </List>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
