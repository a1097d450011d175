/** The reporting cycle as each person lives it: the next action, the status words after a return, unsaved figures kept on this device. */
import type { MessageKey } from '@common/i18n/translate';
import type { SubmissionStatus, SubmissionView } from './reporting.types';

type History = {
  returnedAt?: string | null;
  approvalRequestedAt?: string | null;
  firstSubmittedAt?: string | null;
  submittedAt?: string | null;
};

/** Status words that say what happened: "Bị trả lại · đang sửa", "Đã gửi lại", "Chờ lãnh đạo duyệt"; null = the plain word. */
export function cycleStatusKey(status: SubmissionStatus | null, h: History): MessageKey | null {
  if (status === 'returned') return 'cycle.status.returned';
  if (status === 'draft' && h.returnedAt && !h.approvalRequestedAt) return 'cycle.status.fixing';
  if (status === 'draft' && h.approvalRequestedAt) return 'cycle.status.requested';
  if (status === 'submitted' && h.firstSubmittedAt && h.submittedAt && h.firstSubmittedAt !== h.submittedAt)
    return 'cycle.status.resubmitted';
  return null;
}

/**
 * The one next action of the person looking at the report, as the page's first line. Abilities come
 * from the server, so the line never offers what the person may not do.
 */
export function nextActionKey(view: SubmissionView, unsavedFigures: number): MessageKey | null {
  const a = view.abilities;
  const s = view.submission;
  const status = s.status ?? 'draft';
  if (status === 'accepted') return 'cycle.next.accepted';
  if (a.canReview) return 'cycle.next.reviewer.review';
  if (status === 'submitted') return 'cycle.next.sent';
  if (a.canEdit && unsavedFigures > 0) return 'cycle.next.unsaved';
  if (a.canSubmit) return 'cycle.next.leader.submit';
  if (a.canApprove) return s.returnedAt ? 'cycle.next.leader.resubmit' : 'cycle.next.leader.approve';
  if (status === 'approved' && !a.canSubmit && a.canEdit) return 'cycle.next.officer.approved';
  if (a.canEdit && status === 'returned') return 'cycle.next.officer.returned';
  if (a.canEdit && s.approvalRequestedAt) return 'cycle.next.officer.requested';
  if (a.canEdit && s.returnedAt) return 'cycle.next.officer.returned';
  if (a.canEdit) return 'cycle.next.officer.fill';
  if (!view.entry.open && (view.actorAbilities['report.draft'] ?? false)) return 'cycle.next.locked';
  if (view.actorAbilities['report.review'] && s.id === null) return 'cycle.next.reviewer.wait';
  return null;
}

const storageKey = (periodId: number, agencyId: number) => `ttdn:unsaved-figures:${periodId}:${agencyId}`;

/** Figures the server could not store, as typed, kept in this browser until they are fixed. */
export function readUnsavedFigures(periodId: number, agencyId: number): Record<string, string> {
  try {
    const raw = globalThis.localStorage?.getItem(storageKey(periodId, agencyId));
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

/** Keeps exactly these unsaved figures (none → the entry is removed). */
export function writeUnsavedFigures(periodId: number, agencyId: number, figures: Record<string, string>): void {
  try {
    const store = globalThis.localStorage;
    if (!store) return;
    if (Object.keys(figures).length === 0) store.removeItem(storageKey(periodId, agencyId));
    else store.setItem(storageKey(periodId, agencyId), JSON.stringify(figures));
  } catch {
    // A full or disabled storage must not stop the form; the figure still shows as unsaved.
  }
}
