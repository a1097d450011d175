/**
 * Data cut-off windows of periodic reports, NĐ 09/2019/NĐ-CP Art. 12 (domain-facts §2.4): every
 * window runs from the 15th of one month to the 14th of the last month of the period, so that the
 * report can be written before the period ends. Statistical reports use calendar periods instead.
 */

import { isoFromParts, type IsoDate } from './iso-date.js';

/** Periodic report kinds with a cut-off window. */
export type ReportPeriodKind = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

/** A data window, both ends inclusive. */
export interface ReportDataWindow {
  kind: ReportPeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; null for annual. */
  index: number | null;
  from: IsoDate;
  to: IsoDate;
}

/**
 * The cut-off window of a report. `index` is required for monthly and quarterly reports; for a
 * semiannual report it defaults to 1, because "báo cáo 06 tháng" always means the first half.
 */
export function reportDataWindow(kind: ReportPeriodKind, year: number, index?: number): ReportDataWindow {
  if (!Number.isInteger(year) || year < 2 || year > 9999) throw new RangeError(`Năm không hợp lệ: ${year}`);
  const range = (first: number, last: number, idx: number | null): ReportDataWindow => ({
    kind,
    year,
    index: idx,
    from: monthDay15(year, first - 1),
    to: isoFromParts(year, last, 14)!,
  });
  switch (kind) {
    case 'monthly': {
      const m = requireIndex(kind, index, 12);
      return range(m, m, m);
    }
    case 'quarterly': {
      const q = requireIndex(kind, index, 4);
      return range(3 * q - 2, 3 * q, q);
    }
    case 'semiannual': {
      const h = requireIndex(kind, index ?? 1, 2);
      return range(6 * h - 5, 6 * h, h);
    }
    case 'annual':
      return range(1, 12, null);
  }
}

/** The 15th of a month given as 0–12, where 0 is December of the previous year. */
function monthDay15(year: number, month: number): IsoDate {
  return month === 0 ? isoFromParts(year - 1, 12, 15)! : isoFromParts(year, month, 15)!;
}

function requireIndex(kind: ReportPeriodKind, index: number | undefined, max: number): number {
  if (index === undefined || !Number.isInteger(index) || index < 1 || index > max) {
    throw new RangeError(`Kỳ báo cáo ${kind} cần chỉ số từ 1 đến ${max}, nhận được ${String(index)}`);
  }
  return index;
}
