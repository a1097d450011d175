import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import type { SubmissionForm } from '../reporting/use-submission-form';
import { type ActivityDraftAnswer, fillFromActivities } from './fill-from-activities';

/**
 * On a report form: fills "what was done" and the figures from the activities of the data window —
 * by itself when the report is opened for the first time (version 0), on request afterwards.
 */
export function ActivityFillPanel({
  form,
  answer,
  editable,
}: {
  form: SubmissionForm;
  answer: ActivityDraftAnswer | undefined;
  editable: boolean;
}) {
  const { t } = useI18n();
  const [result, setResult] = useState<{ lines: number; figures: number } | null>(null);
  const autoFilled = useRef(false);
  const fill = () => {
    if (!answer) return;
    let counts = { lines: 0, figures: 0 };
    form.update((d) => {
      const filled = fillFromActivities(form.server, d, answer);
      counts = { lines: filled.lines, figures: filled.figures };
      return filled.draft;
    });
    setResult(counts);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once, when the first answer for a new report arrives
  useEffect(() => {
    if (autoFilled.current || !answer || !editable || form.server.submission.version !== 0) return;
    autoFilled.current = true;
    if (answer.lines.length || answer.indicatorValues.length) fill();
  }, [answer, editable]);
  if (!answer) return null;
  const window = { from: answer.windowFrom, to: answer.windowTo };
  const empty = answer.lines.length === 0 && answer.indicatorValues.length === 0;
  return (
    <Alert color={result ? 'green' : 'blue'} variant="light" data-testid="activity-fill">
      <Text size="sm">
        {result
          ? t('activities.filled', { ...result, ...window })
          : empty
            ? t('activities.nothingToFill', window)
            : t('activities.fromActivities', { count: new Set(answer.lines.flatMap((l) => l.activityIds)).size })}
      </Text>
      {responseCount(answer, 'digests') > 0 && (
        <Text size="sm" data-testid="digest-fill">
          {t('response.prefillDigests', { digests: responseCount(answer, 'digests') })}
        </Text>
      )}
      {answer.fromResponse.some((r) => r.work !== 'digests') && (
        <Text size="sm" data-testid="response-fill">
          {t('response.prefill', {
            cases: responseCount(answer, 'cases'),
            conferences: responseCount(answer, 'conferences'),
            groups: responseCount(answer, 'foreignGroups'),
          })}
        </Text>
      )}
      <Group gap="sm" mt="xs">
        {editable && !empty && (
          <Button size="xs" variant="light" onClick={fill}>
            {t('activities.fromRecord')}
          </Button>
        )}
        <Anchor component={Link} size="sm" to={`/activities?from=${answer.windowFrom}&to=${answer.windowTo}`}>
          {t('activities.title')}
        </Anchor>
      </Group>
    </Alert>
  );
}

/** How many items of one kind of response work the draft took from the response record. */
function responseCount(answer: ActivityDraftAnswer, work: ActivityDraftAnswer['fromResponse'][number]['work']): number {
  return answer.fromResponse.filter((r) => r.work === work).reduce((n, r) => n + r.count, 0);
}
