/** The activity form's state as typed, and how it becomes the request body. */
import type { ActivityKind } from '@common/contracts/activities';
import { parseFigure } from '@common/reporting/figures';
import type { Activity, ActivityBody } from './activities.api';

export type OutputDraft = { code: string; breakdownKey: string; value: string };
export type ActivityDraft = {
  taskId: string | null;
  kind: ActivityKind;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  place: string;
  participants: string;
  cost: string;
  links: string;
  notes: string;
  outputs: OutputDraft[];
};

/** An empty form for today. */
export function emptyDraft(today: string): ActivityDraft {
  return {
    taskId: null,
    kind: 'article',
    title: '',
    startsOn: today,
    endsOn: null,
    place: '',
    participants: '',
    cost: '',
    links: '',
    notes: '',
    outputs: [],
  };
}

/** The form filled from a stored activity. */
export function draftOf(activity: Activity): ActivityDraft {
  return {
    taskId: String(activity.taskId),
    kind: activity.kind,
    title: activity.title,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn === activity.startsOn ? null : activity.endsOn,
    place: activity.place,
    participants: activity.participants === null ? '' : String(activity.participants),
    cost: activity.costDong === null ? '' : activity.costDong.toLocaleString('vi-VN'),
    links: activity.evidenceLinks.join('\n'),
    notes: activity.notes,
    outputs: activity.outputs.map((o) => ({ ...o, value: String(o.value).replace('.', ',') })),
  };
}

/** A whole number typed the Vietnamese way ("12.500.000", "12 500 000"); null for empty, NaN when not one. */
export function wholeNumber(text: string): number | null {
  const raw = text.replace(/[\s.\u00a0]/g, '');
  if (raw === '') return null;
  return /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

/** The body to send, or null while the form lacks what quick entry needs (task, title, date) or a number is wrong. */
export function bodyOf(draft: ActivityDraft, agencyId: number): ActivityBody | null {
  const participants = wholeNumber(draft.participants);
  const costDong = wholeNumber(draft.cost);
  if (Number.isNaN(participants) || Number.isNaN(costDong)) return null;
  if (!draft.taskId || !draft.startsOn || draft.title.trim().length < 3) return null;
  const outputs = [];
  for (const o of draft.outputs) {
    if (!o.code) continue;
    const parsed = parseFigure(o.value);
    if (parsed.kind === 'empty') continue;
    if (parsed.kind !== 'value') return null;
    outputs.push({ code: o.code, breakdownKey: o.breakdownKey, value: parsed.value });
  }
  return {
    agencyId,
    taskId: Number(draft.taskId),
    kind: draft.kind,
    title: draft.title.trim(),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    place: draft.place.trim(),
    participants,
    costDong,
    evidenceLinks: draft.links
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    notes: draft.notes,
    outputs,
  };
}
