/**
 * Rule-based holidays for years without an official schedule (Bộ luật Lao động 2019, Art. 112):
 * the statutory days plus "a holiday on a weekly rest day is made up on the next working day".
 * The Prime Minister's yearly decision usually moves days around (longer Tết, swapped Saturdays),
 * so these entries are a forecast and say so in their source note.
 */

import { addDays, isWeekend, isoFromParts, weekday, type IsoDate } from './iso-date.js';
import type { HolidayEntry, HolidayKind } from './holidays-vn.js';
import { hungKingsDate, tetDate } from './lunar-vn.js';

const RULE_SOURCE = 'Tính theo quy tắc Điều 112 Bộ luật Lao động 2019 (chưa có lịch nghỉ chính thức)';
const PENDING_SOURCE = 'Ngày liền kề Quốc khánh do Thủ tướng quyết định hằng năm';
/** First year in which 24/11 is expected to become a day off (proposal pending, domain-facts §5.2). */
const CULTURE_DAY_FROM = 2026;

/** Rule-based holiday entries (days off, pending days, compensatory days) of one solar year. */
export function generateHolidays(year: number): HolidayEntry[] {
  const day = (m: number, d: number): IsoDate => isoFromParts(year, m, d)!;
  const tet = tetDate(year);
  const base: HolidayEntry[] = [
    entry(day(1, 1), 'Tết Dương lịch', 'holiday'),
    entry(addDays(tet, -1), 'Tết Nguyên đán (ngày cuối năm âm lịch)', 'holiday'),
    ...[0, 1, 2, 3].map((i) => entry(addDays(tet, i), `Tết Nguyên đán (mùng ${i + 1})`, 'holiday')),
    entry(hungKingsDate(year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'holiday'),
    entry(day(4, 30), 'Ngày Chiến thắng', 'holiday'),
    entry(day(5, 1), 'Ngày Quốc tế Lao động', 'holiday'),
    entry(day(9, 2), 'Quốc khánh', 'holiday'),
    ...nationalDayAdjacent(year),
  ];
  if (year >= CULTURE_DAY_FROM) {
    base.push({
      date: day(11, 24),
      name: 'Ngày Văn hóa Việt Nam (dự kiến nghỉ)',
      kind: 'pending',
      source: RULE_SOURCE,
    });
  }
  return withCompensatoryDays(base);
}

/**
 * The second National Day off, chosen as the Government has in recent years: the adjacent day that
 * joins the weekend (2022: Thu 01/9; 2023: Fri 01/9; 2024: Tue 03/9; 2025: Mon 01/9). On a
 * Wednesday neither side joins a weekend, so both candidates stay pending.
 */
function nationalDayAdjacent(year: number): HolidayEntry[] {
  const sep = (d: number): IsoDate => isoFromParts(year, 9, d)!;
  const name = 'Nghỉ Quốc khánh (ngày liền kề)';
  switch (weekday(sep(2))) {
    case 1:
    case 4:
    case 0:
      return [entry(sep(3), name, 'holiday')];
    case 2:
    case 5:
    case 6:
      return [entry(sep(1), name, 'holiday')];
    default:
      return [
        { date: sep(1), name, kind: 'pending', source: PENDING_SOURCE },
        { date: sep(3), name, kind: 'pending', source: PENDING_SOURCE },
      ];
  }
}

/** Adds a compensatory day after each holiday that falls on Saturday or Sunday. */
function withCompensatoryDays(entries: HolidayEntry[]): HolidayEntry[] {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const off = new Set(sorted.filter((e) => e.kind === 'holiday').map((e) => e.date));
  const result = [...sorted];
  for (const e of sorted) {
    if (e.kind !== 'holiday' || !isWeekend(e.date)) continue;
    let d = addDays(e.date, 1);
    while (isWeekend(d) || off.has(d)) d = addDays(d, 1);
    off.add(d);
    result.push(entry(d, `Nghỉ bù ${e.name}`, 'compensatory'));
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}

function entry(date: IsoDate, name: string, kind: HolidayKind): HolidayEntry {
  return { date, name, kind, source: RULE_SOURCE };
}
