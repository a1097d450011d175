import { isoDateInVietnam } from '../../../common/calendar/iso-date.js';

/**
 * The four-way deadline classes the Government Office uses (anchors §7.1): computed from stored
 * timestamps and "today" every time, never stored as a flag that could drift.
 */
export type TimelinessClass = 'on-time' | 'late' | 'pending-within-term' | 'overdue';

/**
 * Classes one obligation. A report counts from its FIRST submission (a return for correction does
 * not make an on-time report late); the due date is the last allowed day, inclusive, and an
 * extension a coordinator granted to the agency moves it (the agency was told it had until then).
 */
export function classifyTimeliness(
  input: { dueOn: string; firstSubmittedAt: Date | string | null; extendedTo?: string | null },
  today: string,
): TimelinessClass {
  const due = input.extendedTo && input.extendedTo > input.dueOn ? input.extendedTo : input.dueOn;
  if (input.firstSubmittedAt !== null) {
    const at = typeof input.firstSubmittedAt === 'string' ? new Date(input.firstSubmittedAt) : input.firstSubmittedAt;
    return isoDateInVietnam(at) <= due ? 'on-time' : 'late';
  }
  return today <= due ? 'pending-within-term' : 'overdue';
}

/** Counts behind a reporting rate, as DHIS2 computes them. */
export type RateCounts = {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  pendingWithinTerm: number;
  overdue: number;
};

/** Reporting rate and on-time rate: submitted / expected and on-time / expected, null with nothing expected. */
export type Rates = RateCounts & { reportingRate: number | null; onTimeRate: number | null };

/**
 * Rates over a set of obligations. Only obligations count — a report from an agency that owes
 * nothing (or a closed predecessor) never enters the numerator — so a rate cannot exceed 100 %.
 */
export function computeRates(classes: TimelinessClass[]): Rates {
  const counts: RateCounts = {
    expected: classes.length,
    submitted: 0,
    onTime: 0,
    late: 0,
    pendingWithinTerm: 0,
    overdue: 0,
  };
  for (const c of classes) {
    if (c === 'on-time') {
      counts.submitted++;
      counts.onTime++;
    } else if (c === 'late') {
      counts.submitted++;
      counts.late++;
    } else if (c === 'pending-within-term') counts.pendingWithinTerm++;
    else counts.overdue++;
  }
  const ratio = (n: number) => (counts.expected === 0 ? null : Math.round((n / counts.expected) * 1000) / 10);
  return { ...counts, reportingRate: ratio(counts.submitted), onTimeRate: ratio(counts.onTime) };
}
