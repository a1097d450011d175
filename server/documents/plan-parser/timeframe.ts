/**
 * Timeframes ("Thường xuyên", "Quý II/2025", "Trước ngày 30/6/2025" …) and dates as printed,
 * turned into the contract's kinds and due dates.
 */
import type { PlanTimeframe } from '../../../common/contracts/plan-json.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import { fold } from './lines.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO date from numbers as printed (a typo'd year stays); null when day or month is impossible. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1 && year <= 9999)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** The last day of a month, as an ISO date. */
export function endOfMonth(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(last)}`;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** "15/6/2023", "15-6-2023", "15.6.2023", "ngày 15 tháng 6 năm 2023" → ISO (year defaults). */
export function parseDate(text: string, defaultYear: number | null): string | null {
  const f = foldDiacritics(text);
  let m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(f);
  const long = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/.exec(f);
  if (long && (!m || long.index <= m.index)) m = long;
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : defaultYear;
  if (year === null) return null;
  return isoDate(year, Number(m[2]), Number(m[1]));
}

/** A timeframe with no text. */
export const NO_TIMEFRAME: PlanTimeframe = { text: null, kind: null, due: null };

/** Classifies a timeframe value; `year` is the plan's year, used when the text omits one. */
export function parseTimeframe(raw: string, year: number | null): PlanTimeframe {
  const text = fold(raw).replace(/[\s.;,]+$/u, '');
  if (text === '') return NO_TIMEFRAME;
  const f = foldDiacritics(text);
  const yearIn = (s: string): number | null => {
    const m = /(?:\/|nam\s+|-\s*)(\d{4})\b/.exec(s) ?? /\b(\d{4})\b/.exec(s);
    return m ? Number(m[1]) : year;
  };
  if (/^(?:thuong xuyen|lien tuc|thuong xuyen, lien tuc)/.test(f)) return { text, kind: 'continuous', due: null };
  if (/^(?:hang|hang) (?:quy|thang|tuan|ngay)|^dinh ky|^theo /.test(f)) return { text, kind: 'other', due: null };
  if (/^(?:hang|hang) nam|^hằng năm/.test(f)) return { text, kind: 'annual', due: null };
  // An explicit date: "trước ngày 30/6/2025", "trước 15/11", "30/6/2025".
  const dm = /(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)/.exec(f);
  if (dm && !/^quy|^thang/.test(f.replace(/^(?:trong|hoan thanh trong|hoan thanh|truoc|den|den het)\s+/, ''))) {
    const y = dm[3] ? Number(dm[3]) : year;
    const due = y === null ? null : isoDate(y, Number(dm[2]), Number(dm[1]));
    if (due) return { text, kind: 'deadline', due };
  }
  const long = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/.exec(f);
  if (long) {
    const y = long[3] ? Number(long[3]) : year;
    const due = y === null ? null : isoDate(y, Number(long[2]), Number(long[1]));
    if (due) return { text, kind: 'deadline', due };
  }
  const quarters = [...f.matchAll(/quy\s+(iv|iii|ii|i|[1-4])\b/g)];
  if (quarters.length > 0) {
    const q = Math.max(...quarters.map((m) => ROMAN[m[1] ?? ''] ?? 0));
    const y = yearIn(f.slice(quarters[quarters.length - 1]?.index ?? 0)) ?? yearIn(f);
    return { text, kind: 'quarter', due: y === null || q === 0 ? null : endOfMonth(y, q * 3) };
  }
  const months = [...f.matchAll(/thang\s+(\d{1,2})(?!\d)/g)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= 12);
  if (months.length > 0 && !/\d+\s+thang/.test(f.replace(/thang\s+\d+/g, ''))) {
    const y = yearIn(f);
    return { text, kind: 'month', due: y === null ? null : endOfMonth(y, Math.max(...months)) };
  }
  const yearM =
    /^(?:trong|ca|suot|trong ca)?\s*nam\s*(\d{4})?$|^(?:trong|ca|suot)\s+nam\s+(\d{4})|^nam\s+(\d{4})$/.exec(f);
  if (yearM) {
    const y = Number(yearM[1] ?? yearM[2] ?? yearM[3] ?? year ?? NaN);
    return { text, kind: 'within-year', due: Number.isFinite(y) ? `${y}-12-31` : null };
  }
  return { text, kind: 'other', due: null };
}
