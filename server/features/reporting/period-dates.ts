import { addDays, reportDataWindow, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RegimeKind } from '../../db/schema/reporting.js';

/** How a regime reads its stated deadlines; the defaults follow the seed's "trước ngày 15/5". */
export type DeadlinePolicy = {
  /** "trước ngày 15/5" means the last allowed day is 14/5. */
  exclusive: boolean;
  /** A deadline on a day off moves to the next working day (BLDS 2015 Art. 148); configurable. */
  rollForward: boolean;
  /** Working days after the due date during which entry stays open (DHIS2 "expiry days"). */
  graceDays: number;
};

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = { exclusive: true, rollForward: true, graceDays: 5 };

/** The resolved dates of one period. */
export type PeriodDates = {
  windowFrom: string;
  windowTo: string;
  statedDue: string;
  dueOn: string;
  locksOn: string;
  fellOnNonWorkingDay: boolean;
};

/**
 * Resolves a period's dates. The data window is NĐ 09/2019 Art. 12's (15/12 → 14/6 for the half
 * year, 15/12 → 14/12 for the year) but cut to the working day before the due date: the seed asks
 * for the 6-month report by 15/5, before Art. 12's window ends, and Art. 8(5) wants ≥ 1 working day
 * between the data cut-off and the deadline. The agency-plan duty covers the plan year's start.
 */
export function resolvePeriodDates(
  calendar: WorkingCalendar,
  kind: RegimeKind,
  year: number,
  statedDue: string,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY,
): PeriodDates {
  const deadline = calendar.resolveDeadline(statedDue, {
    exclusive: policy.exclusive,
    rollForward: policy.rollForward,
  });
  const dueOn = deadline.due;
  const locksOn = policy.graceDays > 0 ? calendar.addWorkingDays(dueOn, policy.graceDays) : dueOn;
  if (kind === 'agency-plan' || kind === 'ad-hoc') {
    return {
      windowFrom: `${year}-01-01`,
      windowTo: dueOn,
      statedDue,
      dueOn,
      locksOn,
      fellOnNonWorkingDay: deadline.fellOnNonWorkingDay,
    };
  }
  const window = reportDataWindow(kind, year, kind === 'semiannual' ? 1 : undefined);
  const cutOff = calendar.addWorkingDays(dueOn, -1);
  const windowTo = cutOff < window.to ? cutOff : window.to;
  return {
    windowFrom: window.from,
    windowTo: windowTo < window.from ? addDays(window.from, 0) : windowTo,
    statedDue,
    dueOn,
    locksOn,
    fellOnNonWorkingDay: deadline.fellOnNonWorkingDay,
  };
}

/** Is entry still open for an agency on `today`: before the lock, or within its exception? */
export function isEntryOpen(locksOn: string, exceptionTo: string | null, today: string): boolean {
  return today <= locksOn || (exceptionTo !== null && today <= exceptionTo);
}
