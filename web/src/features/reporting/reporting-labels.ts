/** Words and colours for a report's state, its timeliness and its lines — one place for every screen. */
import { isMessageKey, type Translate } from '@common/i18n/translate';
import type { LineStatus, SubmissionStatus, TimelinessClass } from './reporting.types';

export const LINE_STATUSES: readonly LineStatus[] = ['not-started', 'in-progress', 'done', 'continuing'];

const STATUS_COLORS: Record<SubmissionStatus | 'none', string> = {
  none: 'gray',
  draft: 'yellow',
  approved: 'cyan',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};

const TIMELINESS_COLORS: Record<TimelinessClass, string> = {
  'on-time': 'green',
  late: 'orange',
  'pending-within-term': 'blue',
  overdue: 'red',
};

/** null (no report yet) → "Chưa gửi"; draft → "Dự thảo"; … (words from docs/GLOSSARY.md) */
export function submissionStatusLabel(t: Translate, status: SubmissionStatus | null): string {
  return t(`reporting.status.${status ?? 'none'}`);
}

export function submissionStatusColor(status: SubmissionStatus | null): string {
  return STATUS_COLORS[status ?? 'none'];
}

/** "on-time" → "Đúng hạn", "late" → "Trễ hạn", "pending-within-term" → "Chưa đến hạn", "overdue" → "Quá hạn". */
export function timelinessLabel(t: Translate, timeliness: TimelinessClass): string {
  return t(`reporting.timeliness.${timeliness}`);
}

export function timelinessColor(timeliness: TimelinessClass): string {
  return TIMELINESS_COLORS[timeliness];
}

/** "done" → "Hoàn thành". */
export function lineStatusLabel(t: Translate, status: LineStatus): string {
  return t(`reporting.lineStatus.${status}`);
}

/** A rate as "92,5 %" (Vietnamese decimal comma), "—" when nothing is expected. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${rate.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;
}

/** Whole days from the due date to the day a report was first sent (or to today when it was not): negative = early. */
export function daysFromDue(dueOn: string, firstSubmittedAt: string | null, today: string): number {
  const sentDay = firstSubmittedAt
    ? new Date(Date.parse(firstSubmittedAt) + 7 * 3600_000).toISOString().slice(0, 10)
    : today;
  return Math.round((Date.parse(`${sentDay}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000);
}

/** "tay" → "Tiếng Tày", "print" → "Báo in"; an unknown key as it is. */
export function breakdownLabel(t: Translate, key: string): string {
  const messageKey = `reporting.breakdown.${key}`;
  return isMessageKey(messageKey) ? t(messageKey) : key;
}
