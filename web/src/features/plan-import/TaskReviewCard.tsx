import { Badge, Button, Group, Paper, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { memo, useState } from 'react';
import { DateField } from '../../components/DateField';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '@common/calendar/iso-date';
import { ROLE_COLORS, roleLabel } from '../../lib/labels';
import { nameKey, nameTone, resolvedName, type ChosenTarget } from './name-resolution';
import { nameRowAnchor, TONE_COLORS } from './NamesPanel';
import { ROLE_FIELDS, type NameResolution, type ParsedTask } from './plan-import.types';
import { scrollToId } from './SourcePane';
import { reviewTaskAnchor } from './source-segments';

type Props = {
  task: ParsedTask;
  selected: boolean;
  resolutions: ReadonlyMap<string, NameResolution>;
  chosen: ReadonlyMap<string, ChosenTarget>;
  onSelect: (code: string) => void;
  onChange: (code: string, patch: Partial<ParsedTask>) => void;
};

/** One parsed task: code, title, roles with their resolved names, timeframe; editable in place. */
export const TaskReviewCard = memo(function TaskReviewCard({
  task,
  selected,
  resolutions,
  chosen,
  onSelect,
  onChange,
}: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const depth = task.code.split('.').length - 1;
  const change = (patch: Partial<ParsedTask>) => onChange(task.code, patch);
  return (
    <Paper
      id={reviewTaskAnchor(task.code)}
      withBorder
      p="xs"
      ml={{ base: Math.min(depth, 2) * 8, sm: depth * 16 }}
      data-testid={`review-task-${task.code}`}
      style={{
        borderColor: selected ? 'var(--mantine-color-blue-6)' : undefined,
        boxShadow: selected ? '0 0 0 1px var(--mantine-color-blue-6)' : undefined,
      }}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text
          size="sm"
          fw={600}
          style={{ cursor: 'pointer', overflowWrap: 'anywhere', minWidth: 0 }}
          onClick={() => onSelect(task.code)}
          title={t('planImport.showSource')}
        >
          {task.code}. {task.title}
        </Text>
        <Button
          size="compact-xs"
          style={{ flexShrink: 0 }}
          variant={editing ? 'filled' : 'subtle'}
          onClick={() => setEditing((e) => !e)}
          aria-label={`${t(editing ? 'planImport.done' : 'planImport.edit')} ${task.code}`}
        >
          {t(editing ? 'planImport.done' : 'planImport.edit')}
        </Button>
      </Group>
      {editing ? (
        <Stack gap="xs" mt="xs">
          <TextInput
            label={t('planImport.taskTitle')}
            value={task.title}
            onChange={(e) => change({ title: e.currentTarget.value })}
          />
          <Textarea
            label={t('planImport.taskContent')}
            value={task.content}
            autosize
            minRows={2}
            maxRows={8}
            onChange={(e) => change({ content: e.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <TextInput
              label={t('planImport.timeframeText')}
              value={task.timeframe.text ?? ''}
              onChange={(e) => change({ timeframe: { ...task.timeframe, text: e.currentTarget.value || null } })}
            />
            <DateField
              label={t('planImport.timeframeDue')}
              value={task.timeframe.due}
              onChange={(due) => change({ timeframe: { ...task.timeframe, due } })}
            />
          </SimpleGrid>
          {ROLE_FIELDS.map(({ field, role }) => (
            <TagsInput
              key={field}
              label={t('planImport.agencyList', { role: roleLabel(t, role) })}
              value={task[field]}
              onChange={(value) => change({ [field]: value.map((v) => v.trim()).filter(Boolean) })}
              clearable
              acceptValueOnBlur
            />
          ))}
        </Stack>
      ) : (
        <Stack gap={4} mt={4}>
          {task.content && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {task.content}
            </Text>
          )}
          {ROLE_FIELDS.filter(({ field }) => task[field].length > 0).map(({ field, role }) => (
            <Group key={field} gap={4} wrap="wrap" data-role={role}>
              <Text size="xs" fw={700} c={`${ROLE_COLORS[role]}.8`} miw={64}>
                {roleLabel(t, role)}:
              </Text>
              {task[field].map((printed, index) => {
                const key = nameKey(printed);
                const tone = nameTone(resolutions.get(key), chosen.get(key));
                const shown = resolvedName(resolutions.get(key), chosen.get(key));
                return (
                  <Badge
                    key={`${printed}-${index}`}
                    color={TONE_COLORS[tone]}
                    variant="light"
                    tt="none"
                    fw={500}
                    data-tone={tone}
                    title={shown && shown !== key ? `${key} → ${shown}` : key}
                    onClick={tone === 'green' ? undefined : () => scrollToId(nameRowAnchor(key))}
                    style={{
                      maxWidth: '100%',
                      height: 'auto',
                      minHeight: 20,
                      whiteSpace: 'normal',
                      lineHeight: 1.3,
                      paddingBlock: 2,
                      cursor: tone === 'green' ? undefined : 'pointer',
                    }}
                  >
                    {tone === 'green' ? shown : `⚠ ${key}`}
                  </Badge>
                );
              })}
            </Group>
          ))}
          {(task.timeframe.text || task.timeframe.due) && (
            <Text size="xs" c="orange.9">
              ⏱{' '}
              {[task.timeframe.text, task.timeframe.due && formatDate(task.timeframe.due)].filter(Boolean).join(' · ')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
});
