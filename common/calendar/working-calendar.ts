/**
 * Working days of the Vietnamese civil service (Mon–Fri, minus holidays, plus swapped Saturdays),
 * built from the official schedules, rule-generated years and per-deployment overrides.
 */

import { generateHolidays } from './holiday-rules.js';
import { OFFICIAL_SCHEDULE_YEARS, VN_HOLIDAYS, type HolidayEntry } from './holidays-vn.js';
import { addDays, assertIsoDate, isWeekend, isoParts, toDayNumber, type IsoDate } from './iso-date.js';
import { reportDataWindow, type ReportDataWindow, type ReportPeriodKind } from './report-window.js';

/** How a WorkingCalendar is built; every field is optional. */
export interface WorkingCalendarOptions {
  /** Official entries (default VN_HOLIDAYS). */
  entries?: readonly HolidayEntry[];
  /** Years fully described by `entries` (default OFFICIAL_SCHEDULE_YEARS); others are generated. */
  officialYears?: readonly number[];
  /** Local edits; an override replaces every other entry on the same date. */
  overrides?: readonly HolidayEntry[];
  /** Count 'pending' days as days off (default false: they are not law yet). */
  pendingAsHoliday?: boolean;
}

/** How to read a stated deadline. */
export interface DeadlineOptions {
  /** Move a deadline that falls on a day off to the next working day (BLDS 2015 Art. 148). */
  rollForward: boolean;
  /** "trước ngày 15/5" is exclusive: the last allowed day is 14/5. "chậm nhất ngày 15/5" is not. */
  exclusive: boolean;
}

/** A deadline after applying DeadlineOptions. */
export interface ResolvedDeadline {
  /** The date as written in the document. */
  stated: IsoDate;
  /** The last day on which the duty can still be met. */
  due: IsoDate;
  /** The last allowed day (before rolling) is not a working day: worth a warning. */
  fellOnNonWorkingDay: boolean;
  /** `due` differs from the last allowed day because of rollForward. */
  rolled: boolean;
}

/** Working-day arithmetic over ISO dates; immutable once built. */
export class WorkingCalendar {
  private readonly official = new Map<IsoDate, HolidayEntry[]>();
  private readonly officialYears: ReadonlySet<number>;
  private readonly overrides = new Map<IsoDate, HolidayEntry>();
  private readonly generated = new Map<number, Map<IsoDate, HolidayEntry[]>>();
  private readonly pendingAsHoliday: boolean;

  constructor(options: WorkingCalendarOptions = {}) {
    for (const e of options.entries ?? VN_HOLIDAYS) pushTo(this.official, assertIsoDate(e.date), e);
    this.officialYears = new Set(options.officialYears ?? OFFICIAL_SCHEDULE_YEARS);
    for (const e of options.overrides ?? []) this.overrides.set(assertIsoDate(e.date), e);
    this.pendingAsHoliday = options.pendingAsHoliday ?? false;
  }

  /** Entries that apply to a date (override first, else the official or generated schedule). */
  entriesOn(date: IsoDate): HolidayEntry[] {
    const override = this.overrides.get(assertIsoDate(date));
    if (override) return [override];
    const { year } = isoParts(date);
    if (this.officialYears.has(year)) return this.official.get(date) ?? [];
    return this.generatedYear(year).get(date) ?? [];
  }

  /** Entries of a whole solar year, in date order (for calendar views). */
  entriesOfYear(year: number): HolidayEntry[] {
    const dates = new Set<IsoDate>();
    const source = this.officialYears.has(year) ? this.official : this.generatedYear(year);
    for (const d of source.keys()) if (isoParts(d).year === year) dates.add(d);
    for (const d of this.overrides.keys()) if (isoParts(d).year === year) dates.add(d);
    return [...dates].sort().flatMap((d) => this.entriesOn(d));
  }

  /** True when civil servants work on that date. */
  isWorkingDay(date: IsoDate): boolean {
    const entries = this.entriesOn(date);
    if (entries.some((e) => e.kind === 'working-saturday')) return true;
    const off = entries.some(
      (e) =>
        e.kind === 'holiday' ||
        e.kind === 'compensatory' ||
        e.kind === 'swapped-off' ||
        (e.kind === 'pending' && this.pendingAsHoliday),
    );
    return !off && !isWeekend(date);
  }

  /**
   * The n-th working day after `date` (n > 0) or before it (n < 0); the start date is not
   * counted. n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`Số ngày làm việc phải là số nguyên: ${n}`);
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let d = assertIsoDate(date);
    while (remaining > 0) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) remaining--;
    }
    return d;
  }

  /**
   * Working days stepped over going from a to b, the start not counted and the end counted:
   * d in (a, b] forwards, d in [b, a) backwards (negative). So that
   * workingDaysBetween(a, addWorkingDays(a, n)) === n.
   */
  workingDaysBetween(a: IsoDate, b: IsoDate): number {
    const backwards = toDayNumber(b) < toDayNumber(a);
    const [first, last] = backwards ? [b, addDays(a, -1)] : [addDays(a, 1), b];
    let count = 0;
    for (let d = first; toDayNumber(d) <= toDayNumber(last); d = addDays(d, 1)) {
      if (this.isWorkingDay(d)) count++;
    }
    return backwards && count > 0 ? -count : count;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /** The date itself when it is a working day, else the next working day. */
  workingDayOnOrAfter(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** Reads a stated deadline as exclusive/inclusive and optionally rolls it off a day off. */
  resolveDeadline(date: IsoDate, options: DeadlineOptions): ResolvedDeadline {
    const stated = assertIsoDate(date);
    const lastAllowed = options.exclusive ? addDays(stated, -1) : stated;
    const fellOnNonWorkingDay = !this.isWorkingDay(lastAllowed);
    const due = options.rollForward ? this.workingDayOnOrAfter(lastAllowed) : lastAllowed;
    return { stated, due, fellOnNonWorkingDay, rolled: due !== lastAllowed };
  }

  /** Data cut-off window of a periodic report (NĐ 09/2019 Art. 12); see reportDataWindow. */
  reportDataWindow(kind: ReportPeriodKind, year: number, index?: number): ReportDataWindow {
    return reportDataWindow(kind, year, index);
  }

  private generatedYear(year: number): Map<IsoDate, HolidayEntry[]> {
    let map = this.generated.get(year);
    if (!map) {
      map = new Map();
      for (const e of generateHolidays(year)) pushTo(map, e.date, e);
      this.generated.set(year, map);
    }
    return map;
  }
}

function pushTo(map: Map<IsoDate, HolidayEntry[]>, key: IsoDate, e: HolidayEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}
