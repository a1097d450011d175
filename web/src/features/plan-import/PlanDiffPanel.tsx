import { Alert, Anchor, Badge, Collapse, Group, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { formatDate } from '@common/calendar/iso-date';
import type { MessageKey } from '@common/i18n/vi/index';
import { useI18n } from '../../i18n/I18nProvider';
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

/** "2.3 → 2.2" for a renumbered task, else its code. */
function codeLabel(task: { code: string; previousCode: string }): string {
  return task.previousCode === task.code ? task.code : `${task.previousCode} → ${task.code}`;
}

type Previous = NonNullable<UploadAnswer['previous']>;

/** Which plan the new draft would replace, in words: title, number, status and issue date. */
export function describePrevious(t: ReturnType<typeof useI18n>['t'], previous: Previous): string {
  const details = [
    previous.number ? t('succession.planNumber', { number: previous.number }) : null,
    t(`plans.status.${previous.status}` as MessageKey).toLowerCase(),
    previous.issuedOn ? t('planVersion.issuedOnDate', { date: formatDate(previous.issuedOn) }) : null,
  ];
  return t('planVersion.previousPlan', { title: previous.title, details: details.filter(Boolean).join(', ') });
}

/**
 * What confirming changes against the plan of that province and year already in the system: tasks
 * paired by what they say (so an inserted task shows as one new task and some renumbered ones,
 * not as every later task "changed"), with the fields that differ.
 */
export function PlanDiffPanel({ previous, year }: { previous: Previous; year: number | null }) {
  const { t } = useI18n();
  const [renumberedOpen, renumbered] = useDisclosure(false);
  const { diff } = previous;
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <Alert color="blue" variant="light" title={t('planImport.diffTitle', { year: year ?? '' })} data-testid="plan-diff">
      <Stack gap="xs">
        <Text size="sm" data-testid="plan-diff-previous">
          {describePrevious(t, previous)}{' '}
          {t(previous.status === 'issued' ? 'planVersion.replacesIssued' : 'planVersion.replacesDraft')}
        </Text>
        <Group gap="xs">
          <Badge color="green" variant="light" tt="none">
            + {diff.added.length}
          </Badge>
          <Badge color="red" variant="light" tt="none">
            − {diff.removed.length}
          </Badge>
          <Badge color="orange" variant="light" tt="none">
            ~ {diff.changed.length}
          </Badge>
          <Text size="sm" data-testid="plan-diff-counts">
            {t('planVersion.diffCounts', {
              added: diff.added.length,
              removed: diff.removed.length,
              changed: diff.changed.length,
              renumbered: diff.renumbered.length,
              unchanged: diff.unchanged,
            })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('planVersion.pairedByContent')}
        </Text>
        {nothing && (
          <Text size="sm" fw={500}>
            {t('planImport.diffNone')}
          </Text>
        )}
        {diff.added.length > 0 && (
          <div data-testid="plan-diff-added">
            <Text size="sm" fw={600}>
              {t('planImport.diffAdded')}
            </Text>
            <List size="sm">
              {diff.added.map((task) => (
                <List.Item key={task.code}>
                  {task.code}. {task.title}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {diff.removed.length > 0 && (
          <div data-testid="plan-diff-removed">
            <Text size="sm" fw={600}>
              {t('planImport.diffRemoved')}
            </Text>
            <List size="sm">
              {diff.removed.map((task) => (
                <List.Item key={task.code}>
                  <s>
                    {task.code}. {task.title}
                  </s>
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {diff.changed.length > 0 && (
          <div data-testid="plan-diff-changed">
            <Text size="sm" fw={600}>
              {t('planImport.diffChanged')}
            </Text>
            <List size="sm" spacing={4}>
              {diff.changed.map((change) => (
                <List.Item key={change.code} data-testid={`plan-diff-changed-${change.code}`}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {codeLabel(change)}. {change.title}
                  </Text>
                  {change.fields.map((field) => (
                    <Text key={field} size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {t(`planImport.field.${field}` as MessageKey)}:{' '}
                      <s>{show(change.before[field as keyof ParsedTask])}</s> →{' '}
                      <b>{show(change.after[field as keyof ParsedTask])}</b>
                    </Text>
                  ))}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {diff.renumbered.length > 0 && (
          <div data-testid="plan-diff-renumbered">
            <Anchor
              component="button"
              type="button"
              size="sm"
              fw={600}
              onClick={renumbered.toggle}
              aria-expanded={renumberedOpen}
            >
              {renumberedOpen ? '▾' : '▸'} {t('planVersion.renumbered', { count: diff.renumbered.length })}
            </Anchor>
            <Collapse expanded={renumberedOpen}>
              <List size="sm">
                {diff.renumbered.map((task) => (
                  <List.Item key={task.code}>
                    {codeLabel(task)}. {task.title}
                  </List.Item>
                ))}
              </List>
            </Collapse>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
