/** The editable part of a report as the form holds it, and how it becomes an autosave body. */
import type { Translate } from '@common/i18n/translate';
import { collectFigures, figureKey, figureTexts } from './figures';
import type { DraftPayload, LineStatus, SubmissionView } from './reporting.types';

export type LineDraft = { status: LineStatus; doneText: string; resultsText: string; evidenceLinks: string[] };
export type SubmissionDraft = {
  lines: Record<number, LineDraft>;
  figures: Record<string, string>;
  difficulties: string;
  proposals: string;
};

/** The form's starting point from what the server holds. */
export function draftFromView(view: SubmissionView): SubmissionDraft {
  const lines: Record<number, LineDraft> = {};
  for (const l of view.lines)
    lines[l.taskId] = {
      status: l.status,
      doneText: l.doneText,
      resultsText: l.resultsText,
      evidenceLinks: [...l.evidenceLinks],
    };
  return {
    lines,
    figures: figureTexts(view.indicatorValues),
    difficulties: view.submission.difficulties ?? '',
    proposals: view.submission.proposals ?? '',
  };
}

/**
 * The PUT body: every line, the texts, and the figures. A figure that cannot be stored (wrong here,
 * or in `holdBack` because the server refused it) is sent as its stored value, so the good ones
 * are saved and the wrong one stays as typed in the form (and on this device) until it is fixed.
 * `holdBack === false` sends no figures at all.
 */
export function payloadOf(
  view: SubmissionView,
  draft: SubmissionDraft,
  version: number,
  holdBack: ReadonlySet<string> | boolean = true,
): DraftPayload {
  const figures = collectFigures(view.indicators, draft.figures);
  const held = new Set([...Object.keys(figures.problems), ...(typeof holdBack === 'object' ? holdBack : [])]);
  const stored = view.indicatorValues.filter((v) => held.has(figureKey(v.code, v.breakdownKey)));
  const values = [...figures.values.filter((v) => !held.has(figureKey(v.code, v.breakdownKey))), ...stored];
  return {
    version,
    lines: view.lines.map((l) => ({
      taskId: l.taskId,
      ...(draft.lines[l.taskId] ?? { status: l.status, doneText: '', resultsText: '', evidenceLinks: [] }),
    })),
    ...(holdBack !== false ? { indicatorValues: values } : {}),
    difficulties: draft.difficulties,
    proposals: draft.proposals,
  };
}

/** The person's own text as plain text, to copy before loading someone else's version. */
export function draftAsText(t: Translate, view: SubmissionView, draft: SubmissionDraft): string {
  const parts: string[] = [];
  for (const l of view.lines) {
    const d = draft.lines[l.taskId];
    if (!d || (!d.doneText.trim() && !d.resultsText.trim() && d.evidenceLinks.length === 0)) continue;
    parts.push(
      [
        `[${l.code}] ${l.title}`,
        d.doneText && `${t('reporting.line.done')}: ${d.doneText}`,
        d.resultsText && `${t('reporting.line.results')}: ${d.resultsText}`,
        d.evidenceLinks.length ? d.evidenceLinks.join('\n') : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  const figures = Object.entries(draft.figures).filter(([, v]) => v.trim() !== '');
  if (figures.length)
    parts.push(
      `${t('reporting.indicators.title')}:\n${figures.map(([k, v]) => `${k.replace('|', ' ')}: ${v}`).join('\n')}`,
    );
  if (draft.difficulties.trim()) parts.push(`${t('reporting.difficulties')}:\n${draft.difficulties}`);
  if (draft.proposals.trim()) parts.push(`${t('reporting.proposals')}:\n${draft.proposals}`);
  return parts.join('\n\n');
}
