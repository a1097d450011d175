/**
 * Reporting deadlines of the "Tổ chức thực hiện" part: each agency's own plan, the six-month
 * report and the annual report. Every time expression introduced by a deadline word is given the
 * kind of the nearest report keyword in its clause.
 */
import type { ReportingDeadlineKind } from '../../../common/contracts/plan-json.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import { endOfMonth, isoDate } from './timeframe.js';

/** A reporting deadline of the contract. */
export interface ReportingDeadline {
  kind: ReportingDeadlineKind;
  due: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const TIME =
  /(?:truoc|cham nhat(?: la)?|han chot|hoan thanh trong|hoan thanh truoc|trong|xong truoc|den het|truoc het)\s+(?:ngay\s+)?(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)|quy\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|nam)\s*(\d{4}))?|thang\s+(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?)/g;
const KEYWORDS: Array<[RegExp, ReportingDeadlineKind | 'report']> = [
  [/(?:0?6|sau) thang/g, 'semiannual'],
  [/so ket/g, 'semiannual'],
  [
    /bao cao (?:ket qua )?(?:ca |tong ket )?nam(?!\s*\d)|tong ket(?: nam)?|(?<!dau|giua)(?:^|[\s,(])nam\s*(?=\(|truoc|cham)|ca nam/g,
    'annual',
  ],
  [/(?:xay dung|ban hanh|trien khai xay dung)\s+(?:va ban hanh\s+)?ke hoach/g, 'agency-plan'],
  [/bao cao/g, 'report'],
];

/** Finds the reporting deadlines in the text of the "Tổ chức thực hiện" part. */
export function extractReportingDeadlines(text: string, year: number | null): ReportingDeadline[] {
  const f = foldDiacritics(text);
  const out: ReportingDeadline[] = [];
  const seen = new Set<string>();
  for (const m of f.matchAll(TIME)) {
    const at = m.index ?? 0;
    let due: string | null = null;
    if (m[1]) {
      const y = m[3] ? Number(m[3]) : year;
      due = y === null ? null : isoDate(y, Number(m[2]), Number(m[1]));
    } else if (m[4]) {
      const y = m[5] ? Number(m[5]) : year;
      due = y === null ? null : endOfMonth(y, (ROMAN[m[4]] ?? 1) * 3);
    } else if (m[6]) {
      const y = m[7] ? Number(m[7]) : year;
      const month = Number(m[6]);
      due = y === null || month < 1 || month > 12 ? null : endOfMonth(y, month);
    }
    if (!due) continue;
    // The clause around the time expression: from the previous ";" / "." to the next one.
    const clauseStart = Math.max(f.lastIndexOf(';', at), f.lastIndexOf('. ', at), f.lastIndexOf('\n', at), 0);
    const nexts = [f.indexOf(';', at), f.indexOf('. ', at), f.indexOf('\n', at)].filter((n) => n >= 0);
    const clauseEnd = nexts.length > 0 ? Math.min(...nexts) : f.length;
    const clause = f.slice(clauseStart, clauseEnd);
    const rel = at - clauseStart;
    let best: { kind: ReportingDeadlineKind | 'report'; dist: number } | null = null;
    for (const [re, kind] of KEYWORDS) {
      for (const k of clause.matchAll(re)) {
        const pos = k.index ?? 0;
        if (pos >= rel && pos < rel + m[0].length) continue;
        const dist = Math.abs(pos - rel);
        if (!best || dist < best.dist || (best.kind === 'report' && kind !== 'report' && dist < best.dist + 80))
          best = { kind, dist };
      }
    }
    if (!best) continue;
    let kind: ReportingDeadlineKind | null = best.kind === 'report' ? null : best.kind;
    if (best.kind === 'report')
      kind =
        Number(due.slice(5, 7)) >= 10
          ? 'annual'
          : Number(due.slice(5, 7)) >= 5 && Number(due.slice(5, 7)) <= 7
            ? 'semiannual'
            : null;
    if (!kind) continue;
    const key = `${kind}|${due}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, due });
  }
  return out;
}
