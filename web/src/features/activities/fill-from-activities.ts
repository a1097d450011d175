/** A report form filled from the activity record: only what the officer has not typed is filled. */
import type { SubmissionDraftFromActivities } from '@common/contracts/activities';
import type { Wire } from '../../api/types';
import { figureKey, inputKeysOf, parseFigure } from '../reporting/figures';
import type { SubmissionView } from '../reporting/reporting.types';
import type { SubmissionDraft } from '../reporting/submission-draft';

export type ActivityDraftAnswer = Wire<typeof SubmissionDraftFromActivities>;

/** Each figure the activities give, by the form's key, with how many activities are behind it. */
export function activityFigures(answer: ActivityDraftAnswer): Record<string, { value: number; count: number }> {
  return Object.fromEntries(
    answer.indicatorValues.map((v) => [
      figureKey(v.code, v.breakdownKey),
      { value: v.value, count: v.activityIds.length },
    ]),
  );
}

/**
 * Adds the activities of each owed task to its "what was done" text (those it does not mention yet;
 * a not-started task becomes in progress) and fills the report's empty figure inputs from the
 * activities; what the officer typed is kept.
 */
export function fillFromActivities(
  view: Pick<SubmissionView, 'lines' | 'indicators'>,
  draft: SubmissionDraft,
  answer: ActivityDraftAnswer,
): { draft: SubmissionDraft; lines: number; figures: number } {
  const lines = { ...draft.lines };
  let filledLines = 0;
  for (const line of answer.lines) {
    const shown = view.lines.find((l) => l.taskId === line.taskId);
    if (!shown) continue;
    const current = lines[line.taskId] ?? {
      status: shown.status,
      doneText: shown.doneText,
      resultsText: shown.resultsText,
      evidenceLinks: [...shown.evidenceLinks],
    };
    // Only the activities the text does not mention yet, so filling twice adds nothing.
    const missing = line.doneText.split('\n').filter((entry) => !current.doneText.includes(entry));
    if (missing.length === 0) continue;
    lines[line.taskId] = {
      ...current,
      doneText:
        current.doneText.trim() === '' ? missing.join('\n') : `${current.doneText.trimEnd()}\n${missing.join('\n')}`,
      status: current.status === 'not-started' ? 'in-progress' : current.status,
    };
    filledLines++;
  }
  const figures = { ...draft.figures };
  const inputs = new Set(view.indicators.flatMap((i) => inputKeysOf(i).map((k) => figureKey(i.code, k))));
  let filledFigures = 0;
  for (const [key, { value }] of Object.entries(activityFigures(answer))) {
    if (!inputs.has(key) || parseFigure(figures[key] ?? '').kind !== 'empty') continue;
    figures[key] = String(value).replace('.', ',');
    filledFigures++;
  }
  return { draft: { ...draft, lines, figures }, lines: filledLines, figures: filledFigures };
}

/** Is a figure typed by hand, i.e. different from what the activities give? (null: activities give none). */
export function typedByHand(text: string, fromActivities: { value: number } | undefined): boolean | null {
  if (!fromActivities) return null;
  const parsed = parseFigure(text);
  return !(parsed.kind === 'value' && parsed.value === fromActivities.value);
}
