import { isoFromParts, isoParts, type IsoDate } from '../../../common/calendar/index.js';

/** A national anniversary [ngày kỷ niệm] counted from the date of the event it remembers. */
export type Anniversary = { key: string; name: string; nameEn: string; baseDate: IsoDate };

/**
 * The anniversaries the plan names (task 5.3 of the seed: the five great anniversaries of 2025) and the
 * others of the foreign-information year (domain facts §5.5). Names are the official ones, in NFC.
 */
export const NATIONAL_ANNIVERSARIES: readonly Anniversary[] = [
  {
    key: 'party',
    name: 'Ngày thành lập Đảng Cộng sản Việt Nam',
    nameEn: 'Founding of the Communist Party of Viet Nam',
    baseDate: '1930-02-03',
  },
  {
    key: 'happiness-day',
    name: 'Ngày Quốc tế Hạnh phúc',
    nameEn: 'International Day of Happiness',
    baseDate: '2013-03-20',
  },
  {
    key: 'liberation',
    name: 'Ngày giải phóng miền Nam, thống nhất đất nước',
    nameEn: 'Liberation of the South and national reunification',
    baseDate: '1975-04-30',
  },
  {
    key: 'ho-chi-minh',
    name: 'Ngày sinh Chủ tịch Hồ Chí Minh',
    nameEn: 'Birthday of President Hồ Chí Minh',
    baseDate: '1890-05-19',
  },
  {
    key: 'press-day',
    name: 'Ngày Báo chí cách mạng Việt Nam',
    nameEn: 'Vietnam Revolutionary Press Day',
    baseDate: '1925-06-21',
  },
  {
    key: 'religion-management',
    name: 'Ngày truyền thống công tác quản lý nhà nước về tín ngưỡng, tôn giáo',
    nameEn: 'Tradition day of the state management of religion',
    baseDate: '1955-08-02',
  },
  {
    key: 'august-revolution',
    name: 'Ngày Cách mạng Tháng Tám thành công',
    nameEn: 'August Revolution',
    baseDate: '1945-08-19',
  },
  {
    key: 'people-police',
    name: 'Ngày truyền thống Công an nhân dân Việt Nam',
    nameEn: "Tradition day of the People's Public Security",
    baseDate: '1945-08-19',
  },
  {
    key: 'security-festival',
    name: 'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc',
    nameEn: 'National Security Protection Day',
    baseDate: '2005-08-19',
  },
  {
    key: 'national-day',
    name: 'Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    nameEn: 'National Day',
    baseDate: '1945-09-02',
  },
  {
    key: 'people-army',
    name: 'Ngày thành lập Quân đội nhân dân Việt Nam',
    nameEn: "Founding of the People's Army of Viet Nam",
    baseDate: '1944-12-22',
  },
];

/** One anniversary's occurrence in a year: which one it is, and whether it is a round year. */
export type AnniversaryOccurrence = Anniversary & {
  date: IsoDate;
  years: number;
  /** "Tròn năm": a multiple of 5 — the years the Secretariat's conclusions single out for celebration. */
  round: boolean;
  /** A multiple of 10 ("năm chẵn"): the larger celebrations (95 years of the Party is round, 50 years of 30/4 both). */
  decade: boolean;
};

/** The occurrences of the given anniversaries in a solar year (none before the first anniversary). */
export function anniversariesOf(
  year: number,
  list: readonly Anniversary[] = NATIONAL_ANNIVERSARIES,
): AnniversaryOccurrence[] {
  const out: AnniversaryOccurrence[] = [];
  for (const a of list) {
    const base = isoParts(a.baseDate);
    const years = year - base.year;
    if (years <= 0) continue;
    // 29/02 falls back to 28/02 in a common year.
    const date = isoFromParts(year, base.month, base.day) ?? isoFromParts(year, base.month, base.day - 1)!;
    out.push({ ...a, date, years, round: years % 5 === 0, decade: years % 10 === 0 });
  }
  return out.sort((x, y) => x.date.localeCompare(y.date) || x.key.localeCompare(y.key));
}

/** The title as the plan words it: "kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)". */
export function anniversaryTitle(o: AnniversaryOccurrence): string {
  const fmt = (iso: string) => iso.split('-').reverse().join('/');
  return `Kỷ niệm ${o.years} năm ${o.name} (${fmt(o.baseDate)} - ${fmt(o.date)})`;
}

/** An anniversary by key, or undefined. */
export function anniversaryByKey(key: string): Anniversary | undefined {
  return NATIONAL_ANNIVERSARIES.find((a) => a.key === key);
}
