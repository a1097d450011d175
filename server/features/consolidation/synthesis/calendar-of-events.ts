/**
 * The calendar section IV looks ahead with: anniversaries (listed in a year whose count is a
 * multiple of five, or every year when marked), the province's festivals and the contests of the
 * year, plus the anniversaries the plan itself lists with their dates. Data, editable by hand; the
 * sources are in shared/research/domain-facts.md §5.5 and §6 ([B] = general knowledge, unverified).
 */

import { lunarToSolar } from '../../../../common/calendar/lunar-vn.js';
import { formatDateShort, stripEnd } from './prose.js';

/** A recurring commemoration on a fixed solar date. */
type Anniversary = { month: number; day: number; since: number; name: string; everyYear?: boolean };

/** National commemorations relevant to foreign information. */
export const ANNIVERSARIES: readonly Anniversary[] = [
  { month: 2, day: 3, since: 1930, name: 'Ngày thành lập Đảng Cộng sản Việt Nam' },
  { month: 4, day: 30, since: 1975, name: 'Ngày giải phóng miền Nam, thống nhất đất nước' },
  { month: 5, day: 19, since: 1890, name: 'Ngày sinh Chủ tịch Hồ Chí Minh' },
  { month: 6, day: 21, since: 1925, name: 'Ngày Báo chí Cách mạng Việt Nam' },
  { month: 7, day: 27, since: 1947, name: 'Ngày Thương binh - Liệt sĩ' },
  { month: 8, day: 2, since: 1955, name: 'Ngày truyền thống công tác quản lý nhà nước về tôn giáo' },
  // [B] Quốc dân Đại hội Tân Trào, 16/8/1945 — the province's own historic site.
  { month: 8, day: 16, since: 1945, name: 'Quốc dân Đại hội Tân Trào' },
  { month: 8, day: 19, since: 1945, name: 'Cách mạng tháng Tám thành công và Ngày truyền thống Công an nhân dân' },
  // [B] founding of the diplomatic service, 28/8/1945.
  { month: 8, day: 28, since: 1945, name: 'Ngày truyền thống ngành Ngoại giao Việt Nam' },
  { month: 9, day: 2, since: 1945, name: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', everyYear: true },
  { month: 10, day: 20, since: 1930, name: 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam' },
  { month: 12, day: 22, since: 1944, name: 'Ngày thành lập Quân đội nhân dân Việt Nam' },
];

/** Festivals of a province, by lunar date or by month, from a date (a merged province gains festivals). */
type Festival = {
  province: string;
  validFrom?: string;
  name: string;
  lunar?: { month: number; day: number };
  month?: number;
};

/** [B] Festivals the province promotes abroad. */
export const FESTIVALS: readonly Festival[] = [
  { province: 'Tuyên Quang', name: 'Lễ hội Thành Tuyên', lunar: { month: 8, day: 15 } },
  {
    province: 'Tuyên Quang',
    validFrom: '2025-07-01',
    name: 'Lễ hội Hoa Tam giác mạch trên Cao nguyên đá Đồng Văn',
    month: 11,
  },
];

/** A contest or award of a given year, with the date that matters to entrants. */
type Contest = { date: string; name: string; note: string };

/** Contests and awards (domain-facts §6.1, §6.2). */
export const CONTESTS: readonly Contest[] = [
  {
    date: '2025-09-30',
    name: 'Giải thưởng truyền thông về quyền con người “Việt Nam hạnh phúc - Happy Vietnam 2025”',
    note: 'phát động ngày 22/5/2025; tác phẩm thực hiện đến ngày 30/9/2025',
  },
  {
    date: '2025-09-15',
    name: 'Giải thưởng toàn quốc về thông tin đối ngoại lần thứ XI',
    note: 'phát động ngày 12/6/2025; hạn nhận tác phẩm ngày 15/9/2025',
  },
];

/** One dated item of the coming period. */
export type CalendarItem = { date: string; kind: 'anniversary' | 'festival' | 'contest'; text: string };

/**
 * The anniversaries the plan lists with their dates: "80 năm Ngày thành lập nước … (2/9/1945 -
 * 2/9/2025)" → 2025-09-02 with the plan's own words.
 */
export function planAnniversaries(content: string): CalendarItem[] {
  const out: CalendarItem[] = [];
  const re = /([^;:(]{6,220}?)\s*\((\d{1,2})\/(\d{1,2})\/(\d{4})\s*[-–]\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\)/gu;
  for (const m of content.matchAll(re)) {
    const phrase = stripEnd(
      m[1]!
        .trim()
        .replace(/^(?:(?:và|đặc biệt là|là|gồm)\s+)+/u, '')
        .replace(/^kỷ niệm\s+/iu, ''),
    );
    const date = `${m[7]}-${m[6]!.padStart(2, '0')}-${m[5]!.padStart(2, '0')}`;
    if (!/^\d+\s+năm/u.test(phrase)) continue;
    out.push({
      date,
      kind: 'anniversary',
      text: `Kỷ niệm ${phrase} (${m[2]}/${m[3]}/${m[4]} - ${m[5]}/${m[6]}/${m[7]})`,
    });
  }
  return out;
}

/** The calendar of [from, to] for a province: anniversaries, festivals, contests, in date order. */
export function calendarBetween(
  from: string,
  to: string,
  province: string,
  planItems: readonly CalendarItem[] = [],
): CalendarItem[] {
  const items: CalendarItem[] = planItems.filter((i) => i.date >= from && i.date <= to);
  const planDates = new Set(items.map((i) => i.date.slice(5)));
  const years = [...new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))])];
  for (const year of years) {
    for (const a of ANNIVERSARIES) {
      const date = `${year}-${String(a.month).padStart(2, '0')}-${String(a.day).padStart(2, '0')}`;
      const count = year - a.since;
      if (date < from || date > to || planDates.has(date.slice(5))) continue;
      if (!a.everyYear && count % 5 !== 0) continue;
      items.push({
        date,
        kind: 'anniversary',
        text: `Kỷ niệm ${count} năm ${a.name} (${a.day}/${a.month}/${a.since} - ${a.day}/${a.month}/${year})`,
      });
    }
    for (const f of FESTIVALS) {
      if (f.province !== province) continue;
      const date = f.lunar
        ? lunarToSolar({ year, month: f.lunar.month, day: f.lunar.day, leap: false })
        : `${year}-${String(f.month).padStart(2, '0')}-01`;
      if (!date || date < from || date > to || (f.validFrom && date < f.validFrom)) continue;
      const when = f.lunar
        ? `dịp rằm tháng ${f.lunar.month === 8 ? 'Tám' : f.lunar.month} âm lịch, ngày ${formatDateShort(date)}`
        : `tháng ${f.month}/${year}`;
      items.push({ date, kind: 'festival', text: `${f.name} năm ${year} (${when})` });
    }
  }
  for (const k of CONTESTS)
    if (k.date >= from && k.date <= to) items.push({ date: k.date, kind: 'contest', text: `${k.name} (${k.note})` });
  return items.sort((a, b) => a.date.localeCompare(b.date));
}
