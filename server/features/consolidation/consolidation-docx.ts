/**
 * The consolidated report as an official document (NĐ 30/2020, Mẫu 1.4): "BÁO CÁO / Kết quả công
 * tác thông tin đối ngoại …", the opening citing the ministry's request and the plan, the five
 * sections, signature and "Nơi nhận"; then the appendices after the closing — Phụ lục I (the figures
 * with last year's), II (figures by agency) and, unless left out, III (the agencies' own lines).
 * Who reported late is not here: that is the internal note (internal-note.ts).
 */

import type { BodyBlock, OfficialDocument, Signature } from '../../documents/official-docx/index.js';
import { budgetAppendix } from '../budget/budget-report.js';
import type { ConsolidationWithNarrative } from './build-consolidation.js';
import type { AgencyReportStatus, Consolidation, IndicatorTotal } from './consolidate.js';
import { SECTION_KEYS, SECTION_TITLES } from './narrative-sections.js';
import type { ReportOptions } from './report-options.js';
import { breakdownLabel, changePercent, formatChange } from './synthesis/figures-text.js';
import { cleanProse, formatNumberVi, isSubstantive, stripEnd } from './synthesis/prose.js';
import {
  archiveLine,
  closingParagraph,
  openingParagraph,
  periodPhrase,
  recipientsFor,
} from './synthesis/report-form.js';

/** Indicator columns per appendix table: more would not fit a portrait A4 text block. */
const INDICATORS_PER_TABLE = 5;

/** The report's subject line: "Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025". */
export function reportSubject(c: Pick<Consolidation, 'period'>): string {
  return `Kết quả công tác thông tin đối ngoại ${periodPhrase(c)}`;
}

/** The main document: opening, the five sections and the closing (the appendices are separate blocks). */
export function consolidationToOfficialDocument(
  c: ConsolidationWithNarrative,
  options: { issueYear?: number } = {},
): OfficialDocument {
  const issuer = c.plan.issuer?.trim() || `Ủy ban nhân dân tỉnh ${c.plan.province}`;
  const settings = c.narrative.options;
  const body: BodyBlock[] = [{ type: 'paragraph', content: openingParagraph(c, settings) }];
  for (const key of SECTION_KEYS)
    body.push({ type: 'heading', level: 1, text: SECTION_TITLES[key] }, ...textToBlocks(c.narrative.sections[key]));
  body.push({ type: 'paragraph', content: closingParagraph(c) });
  return {
    form: 'typed',
    issuer: { parent: null, nameLines: issuerLines(issuer) },
    number: null,
    symbol: 'BC-UBND',
    place: c.plan.province,
    date: null,
    year: options.issueYear ?? c.period.year,
    typeName: 'BÁO CÁO',
    subject: reportSubject(c),
    body,
    signature: signature(c),
    recipients: recipientsFor(c),
    archive: archiveLine(c, settings),
  };
}

/** An appendix: its number line, its title and its content. */
export type Appendix = { title: string; subtitle: string; blocks: BodyBlock[] };

/** The appendices printed after the closing, numbered in order. */
export function appendixBlocks(c: Consolidation, options?: Pick<ReportOptions, 'includeAgencyLines'>): Appendix[] {
  const out: Array<Omit<Appendix, 'title'>> = [];
  if (c.indicators.length > 0) {
    out.push({ subtitle: 'BIỂU TỔNG HỢP SỐ LIỆU CÔNG TÁC THÔNG TIN ĐỐI NGOẠI', blocks: [summaryTable(c)] });
    const reporting = c.agencies.filter((a) => a.counted);
    const blocks: BodyBlock[] = [];
    for (let i = 0; i < c.indicators.length; i += INDICATORS_PER_TABLE)
      blocks.push(
        agencyIndicatorTable(
          c.indicators.slice(i, i + INDICATORS_PER_TABLE),
          reporting,
          i === 0 ? undefined : '(tiếp theo)',
        ),
      );
    out.push({ subtitle: 'SỐ LIỆU THEO CƠ QUAN, ĐƠN VỊ', blocks });
  }
  if (options?.includeAgencyLines ?? true) {
    const lines = agencyLinesTable(c);
    if (lines)
      out.push({ subtitle: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ', blocks: [lines] });
  }
  const budget = budgetAppendix(c.context.budget);
  if (budget) out.push(budget);
  return out.map((a, i) => ({ ...a, title: `Phụ lục ${['I', 'II', 'III', 'IV'][i]}` }));
}

/** Vietnamese words for an agency's standing. */
export function statusText(a: AgencyReportStatus): string {
  if (a.timeliness === 'on-time') return 'Đúng hạn';
  if (a.timeliness === 'late') return 'Gửi muộn';
  const term = a.overdue ? '' : ', còn hạn';
  if (a.submissionStatus === 'returned') return `Chưa gửi (báo cáo bị trả lại${term})`;
  if (a.submissionStatus === 'draft' || a.submissionStatus === 'approved') return `Chưa gửi (đang soạn${term})`;
  return a.overdue ? 'Chưa gửi' : 'Chưa gửi (còn hạn)';
}

/** The Vietnamese calendar date of an ISO instant. */
export function vnDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Section text → blocks: "1. …" sub-headings, "- …"/"+ …" bullets, other lines paragraphs. */
export function textToBlocks(text: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = /^(\d+(?:\.\d+)*)\.\s+\S/u.exec(line);
    const bullet = /^([-+])\s+(.*)$/u.exec(line);
    if (heading && line.length <= 600) {
      blocks.push({ type: 'heading', level: heading[1]!.includes('.') ? 3 : 2, text: line });
    } else if (bullet) {
      const marker = bullet[1] as '-' | '+';
      const last = blocks.at(-1);
      if (last?.type === 'bullets' && (last.marker ?? '-') === marker) last.items.push(bullet[2]!);
      else blocks.push({ type: 'bullets', marker, items: [bullet[2]!] });
    } else {
      blocks.push({ type: 'paragraph', content: line });
    }
  }
  return blocks;
}

/** Phụ lục I: every indicator with its breakdown, the same period last year and the change. */
export function summaryTable(c: Consolidation): Extract<BodyBlock, { type: 'table' }> {
  const history = c.context.history;
  const rows: string[][] = [];
  const cells = (value: number, previous: number | undefined, unit: string): string[] => {
    if (!history) return [unit, formatNumberVi(value)];
    // The same rounding as section III's sentences (changePercent), so the two always agree.
    const change = previous === undefined ? null : changePercent({ total: value, previous: { total: previous } });
    return [
      unit,
      formatNumberVi(value),
      previous === undefined ? '' : formatNumberVi(previous),
      change === null ? '' : formatChange(change),
    ];
  };
  c.indicators.forEach((i, n) => {
    const unit = i.unit.toLocaleLowerCase('vi');
    rows.push([String(n + 1), i.name, ...cells(i.total, i.previous?.total, unit)]);
    // Zero rows of a seven-language breakdown are noise in a printed table (the XLSX keeps them).
    for (const b of i.byBreakdown)
      if (b.value !== 0 || (i.previous?.byBreakdown[b.key] ?? 0) !== 0)
        rows.push(['', `Trong đó: ${breakdownLabel(b.key)}`, ...cells(b.value, i.previous?.byBreakdown[b.key], unit)]);
  });
  const year = c.period.year;
  return {
    type: 'table',
    fontSize: 12,
    columns: [
      { header: 'TT', weight: 0.8, align: 'center' },
      { header: 'Chỉ tiêu', weight: history ? 6 : 7 },
      { header: 'Đơn vị tính', weight: 1.9, align: 'center' },
      { header: upperFirst(periodPhrase(c)), weight: 1.9, align: 'right' },
      ...(history
        ? [
            { header: `Cùng kỳ năm ${year - 1}`, weight: 1.9, align: 'right' as const },
            { header: 'Tăng, giảm (%)', weight: 1.6, align: 'right' as const },
          ]
        : []),
    ],
    rows,
  };
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function agencyIndicatorTable(list: IndicatorTotal[], reporting: AgencyReportStatus[], title?: string): BodyBlock {
  const values = list.map((i) => new Map(i.byAgency.map((a) => [a.agencyId, a.value])));
  // Agencies without any figure in these columns would only print empty rows.
  const rows = reporting
    .filter((a) => values.some((v) => v.has(a.agencyId)))
    .map((a, n) => [
      String(n + 1),
      a.agencyName,
      ...values.map((v) => (v.has(a.agencyId) ? formatNumberVi(v.get(a.agencyId)!) : '')),
    ]);
  rows.push(['', 'Tổng cộng', ...list.map((i) => formatNumberVi(i.total))]);
  return {
    type: 'table',
    title,
    fontSize: 10,
    columns: [
      { header: 'TT', weight: 0.8, align: 'center' },
      { header: 'Cơ quan, đơn vị', weight: 4.2 },
      ...list.map((i) => ({ header: `${i.name} (${i.unit})`, weight: 2, align: 'right' as const })),
    ],
    rows,
  };
}

/**
 * Phụ lục III: what each agency wrote, task by task, in its own words; lines with nothing in them
 * are left out, and agencies that wrote the very same words share one row.
 */
function agencyLinesTable(c: Consolidation): BodyBlock | null {
  const rows: string[][] = [];
  for (const t of c.tasks) {
    const byText = new Map<string, string[]>();
    for (const l of t.lines) {
      const text = [l.doneText, l.resultsText]
        .filter(Boolean)
        .map((x) => stripEnd(cleanProse(x)))
        .join('; ');
      if (isSubstantive(text)) byText.set(text, [...(byText.get(text) ?? []), l.agencyName]);
    }
    for (const [text, agencies] of byText) rows.push([t.code, agencies.join('; '), `${text}.`]);
  }
  if (rows.length === 0) return null;
  return {
    type: 'table',
    fontSize: 11,
    columns: [
      { header: 'Nhiệm vụ', weight: 1.1, align: 'center' },
      { header: 'Cơ quan, đơn vị', weight: 3 },
      { header: 'Nội dung đã thực hiện, kết quả', weight: 9 },
    ],
    rows,
  };
}

function signature(c: Consolidation): Signature {
  const s = c.plan.signer;
  const authority = s?.authority?.trim().toLocaleUpperCase('vi') || 'KT. CHỦ TỊCH';
  const lines = authority.startsWith('TM.') ? [authority] : ['TM. ỦY BAN NHÂN DÂN', authority];
  const title = s?.position?.trim() || (authority.startsWith('KT.') ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH');
  return { authority: lines, title: title.toLocaleUpperCase('vi'), name: s?.name ?? null };
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"]. */
export function issuerLines(issuer: string): string[] {
  const upper = issuer.toLocaleUpperCase('vi');
  const m = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$/u.exec(upper);
  return m ? [m[1]!, m[2]!] : [upper];
}
