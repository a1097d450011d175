import { Alert, Badge, Button, Card, Group, List, Spoiler, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { LINE_STATUSES, lineStatusLabel } from '../reporting/reporting-labels';
import { errorText } from '../../lib/error-text';
import { saveReport } from './consolidation.api';
import { type ConsolidationView, highlightsFromText, type TaskParagraph } from './consolidation.types';

/**
 * Section II task by task: the paragraph the report prints, its highlights (chosen by rule, or
 * edited here one per line), and the agencies' own lines behind it.
 */
export function TaskSynthesisList({
  periodId,
  data,
  editable,
  onSaved,
}: {
  periodId: number;
  data: ConsolidationView;
  editable: boolean;
  onSaved: () => void;
}) {
  const paragraphs = new Map(data.synthesis.tasks.map((p) => [p.taskId, p]));
  return (
    <Stack gap="xs">
      {data.tasks.map((task) => {
        const paragraph = paragraphs.get(task.id);
        if (!paragraph) return null;
        return (
          <TaskCard
            key={task.id}
            periodId={periodId}
            data={data}
            task={task}
            paragraph={paragraph}
            editable={editable}
            onSaved={onSaved}
          />
        );
      })}
    </Stack>
  );
}

function TaskCard({
  periodId,
  data,
  task,
  paragraph,
  editable,
  onSaved,
}: {
  periodId: number;
  data: ConsolidationView;
  task: ConsolidationView['tasks'][number];
  paragraph: TaskParagraph;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(paragraph.highlights.printed.join('\n'));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (list: string[] | null) => {
    setSaving(true);
    setError(null);
    try {
      await saveReport(periodId, {
        sections: data.narrative.edits,
        highlights: { [task.code]: list },
        version: data.narrative.version,
      });
      if (list === null) setText(paragraph.highlights.auto.join('\n'));
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card withBorder padding="xs" ml={Math.min(task.depth - 1, 2) * 12} data-testid={`task-synthesis-${task.code}`}>
      <Text size="sm" fw={600}>
        {task.code}. {paragraph.heading}
      </Text>
      <Group gap={4} my={4}>
        {LINE_STATUSES.filter((s) => task.statusCounts[s] > 0).map((s) => (
          <Badge key={s} size="sm" variant="light">
            {lineStatusLabel(t, s)}: {task.statusCounts[s]}
          </Badge>
        ))}
      </Group>
      {paragraph.text && (
        <>
          <Text size="xs" c="dimmed">
            {t('consolidation.paragraph')}
          </Text>
          <Text size="sm" mb={6}>
            {paragraph.text}
          </Text>
        </>
      )}
      {!paragraph.isGroup && (
        <Stack gap={4}>
          <Textarea
            label={
              <Group gap={6}>
                {t('consolidation.highlights.label')}
                <Badge size="xs" variant="outline" color={paragraph.highlights.edited ? 'teal' : 'gray'}>
                  {paragraph.highlights.edited
                    ? t('consolidation.highlights.edited')
                    : t('consolidation.highlights.auto')}
                </Badge>
              </Group>
            }
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={6}
            readOnly={!editable}
          />
          {editable && (
            <Group gap="xs">
              <Button size="compact-xs" loading={saving} onClick={() => void save(highlightsFromText(text))}>
                {t('consolidation.highlights.save')}
              </Button>
              {paragraph.highlights.edited && (
                <Button size="compact-xs" variant="subtle" loading={saving} onClick={() => void save(null)}>
                  {t('consolidation.highlights.reset')}
                </Button>
              )}
            </Group>
          )}
          {error !== null && (
            <Alert color="red" role="alert">
              {errorText(t, error)}
            </Alert>
          )}
        </Stack>
      )}
      {task.lines.length === 0 ? (
        !paragraph.isGroup && (
          <Text size="xs" c="dimmed">
            {t('consolidation.noLines')}
          </Text>
        )
      ) : (
        <Spoiler maxHeight={0} showLabel={t('consolidation.agencyLines', { count: task.lines.length })} hideLabel="‹">
          <List size="xs" spacing={2}>
            {task.lines.map((l) => (
              <List.Item key={l.agencyId}>
                <b>{l.agencyName}:</b> {l.doneText} {l.resultsText}
              </List.Item>
            ))}
          </List>
        </Spoiler>
      )}
    </Card>
  );
}
