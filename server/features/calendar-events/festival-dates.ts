import { addDays, isoFromParts, isoParts, lunarToSolar, type IsoDate } from '../../../common/calendar/index.js';

/** What a festival's date is written as: a solar day, or a lunar day (âm lịch) of the Vietnamese calendar. */
export type FestivalDate = { calendar: 'solar' | 'lunar'; month: number; day: number };

/**
 * The solar dates on which a yearly festival falls inside a solar year. A lunar date is converted with
 * the project's Vietnamese (UTC+7) lunisolar calendar, `common/calendar/lunar-vn.ts`: the Chinese
 * calendar of the npm packages (UTC+8) disagrees with Vietnam's in some years. A late lunar month of
 * the previous lunar year can fall in January, so both lunar years are tried. A lunar day 30 in a
 * 29-day month is held on the month's last day.
 */
export function festivalDatesIn(year: number, f: FestivalDate): IsoDate[] {
  if (f.calendar === 'solar') {
    const date = isoFromParts(year, f.month, f.day);
    return date ? [date] : [];
  }
  const out: IsoDate[] = [];
  for (const lunarYear of [year - 1, year]) {
    let date = lunarToSolar({ day: f.day, month: f.month, year: lunarYear, leap: false });
    if (date && f.day === 30) {
      const first = lunarToSolar({ day: 1, month: f.month, year: lunarYear, leap: false })!;
      const next = f.month === 12 ? lunarToSolar({ day: 1, month: 1, year: lunarYear + 1, leap: false })! : null;
      const nextMonth = next ?? lunarToSolar({ day: 1, month: f.month + 1, year: lunarYear, leap: false });
      // The month after may be a leap copy of this one: its start is what ends this month.
      const leapCopy = lunarToSolar({ day: 1, month: f.month, year: lunarYear, leap: true });
      const end = [nextMonth, leapCopy].filter((d): d is string => !!d && d > first).sort()[0];
      if (end && date >= end) date = addDays(end, -1);
    }
    if (date && isoParts(date).year === year) out.push(date);
  }
  return out;
}
