/**
 * The consolidated report as an official document (NĐ 30/2020, Mẫu 1.4): "BÁO CÁO / Kết quả công
 * tác thông tin đối ngoại …", the five narrative sections, the indicator table, signature and
 * "Nơi nhận"; then the appendices (figures by agency, late and missing agencies) after the closing.
 */

import { formatDateVi } from '../../../common/calendar/iso-date.js';
import type { BodyBlock, OfficialDocument, Signature } from '../../documents/official-docx/index.js';
import type { ConsolidationWithNarrative } from './build-consolidation.js';
import type { AgencyReportStatus, Consolidation, IndicatorTotal } from './consolidate.js';
import { breakdownLabel, formatNumberVi, periodPhrase, SECTION_KEYS, SECTION_TITLES } from './narrative.js';

/** Recipients of a provincial result report; the Ministry and the Party committee get it "để báo cáo". */
export const REPORT_RECIPIENTS = [
  'Bộ Văn hóa, Thể thao và Du lịch (b/c)',
  'Thường trực Tỉnh ủy (b/c)',
  'Thường trực HĐND tỉnh (b/c)',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  'Chủ tịch, các Phó Chủ tịch UBND tỉnh',
  'Các sở, ban, ngành, đoàn thể tỉnh',
  'UBND các xã, phường',
];

/** Indicator columns per appendix table: more would not fit a portrait A4 text block. */
const INDICATORS_PER_TABLE = 5;

/** The report's subject line: "Kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025". */
export function reportSubject(c: Pick<Consolidation, 'period'>): string {
  return `Kết quả công tác thông tin đối ngoại ${periodPhrase(c)}`;
}

/** The main document: narrative, indicator table and closing (the appendices are separate blocks). */
export function consolidationToOfficialDocument(c: ConsolidationWithNarrative, options: { issueYear?: number } = {}): OfficialDocument {
  const issuer = c.plan.issuer?.trim() || `Ủy ban nhân dân tỉnh ${c.plan.province}`;
  const body: BodyBlock[] = [
    { type: 'paragraph', content: `Ủy ban nhân dân tỉnh báo cáo kết quả công tác thông tin đối ngoại ${periodPhrase(c)} trên địa bàn tỉnh như sau:` },
  ];
  for (const key of SECTION_KEYS) {
    body.push({ type: 'heading', level: 1, text: SECTION_TITLES[key] }, ...textToBlocks(c.narrative.sections[key]));
    if (key === 'results' && c.indicators.length > 0) body.push(indicatorTable(c.indicators));
  }
  body.push({
    type: 'paragraph',
    content: `Trên đây là báo cáo kết quả công tác thông tin đối ngoại ${periodPhrase(c)} của Ủy ban nhân dân tỉnh ${c.plan.province}, kính gửi Bộ Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo./.`,
  });
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
    recipients: REPORT_RECIPIENTS,
    archive: 'VT',
  };
}

/** An appendix: its number line, its title and its content. */
export type Appendix = { title: string; subtitle: string; blocks: BodyBlock[] };

/** Appendix I (figures by agency) and II (late and missing agencies), printed after the closing. */
export function appendixBlocks(c: Consolidation): Appendix[] {
  const reporting = c.agencies.filter((a) => a.counted);
  const out: Appendix[] = [];
  if (c.indicators.length > 0) {
    const blocks: BodyBlock[] = [];
    for (let i = 0; i < c.indicators.length; i += INDICATORS_PER_TABLE) {
      blocks.push(agencyIndicatorTable(c.indicators.slice(i, i + INDICATORS_PER_TABLE), reporting, i === 0 ? undefined : `(tiếp theo)`));
    }
    out.push({ title: 'Phụ lục I', subtitle: 'SỐ LIỆU THEO CƠ QUAN, ĐƠN VỊ', blocks });
  }
  const rows = [...c.missing, ...c.late].map((a, i) => [String(i + 1), a.agencyName, statusText(a), a.submittedAt ? formatDateVi(vnDate(a.submittedAt)) : '']);
  out.push({
    title: out.length === 0 ? 'Phụ lục I' : 'Phụ lục II',
    subtitle: 'CƠ QUAN, ĐƠN VỊ CHƯA GỬI HOẶC GỬI BÁO CÁO MUỘN',
    blocks: [
      rows.length === 0
        ? { type: 'paragraph' as const, content: 'Tất cả cơ quan, đơn vị đã gửi báo cáo đúng hạn.', indent: false }
        : {
            type: 'table' as const,
            fontSize: 12,
            columns: [
              { header: 'TT', weight: 0.8, align: 'center' as const },
              { header: 'Cơ quan, đơn vị', weight: 6 },
              { header: 'Tình trạng', weight: 3 },
              { header: 'Ngày gửi', weight: 2, align: 'center' as const },
            ],
            rows,
          },
    ],
  });
  return out;
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

function indicatorTable(list: IndicatorTotal[]): BodyBlock {
  const rows: string[][] = [];
  list.forEach((i, n) => {
    rows.push([String(n + 1), i.name, i.unit, formatNumberVi(i.total)]);
    // Zero rows of a seven-language breakdown are noise in a printed table (the XLSX keeps them).
    for (const b of i.byBreakdown) if (b.value !== 0) rows.push(['', `Trong đó: ${breakdownLabel(b.key)}`, i.unit, formatNumberVi(b.value)]);
  });
  return {
    type: 'table',
    title: 'Biểu số liệu: Một số chỉ tiêu chủ yếu',
    fontSize: 12,
    columns: [
      { header: 'TT', weight: 0.8, align: 'center' },
      { header: 'Chỉ tiêu', weight: 7 },
      { header: 'Đơn vị tính', weight: 2, align: 'center' },
      { header: 'Tổng số', weight: 2, align: 'right' },
    ],
    rows,
  };
}

function agencyIndicatorTable(list: IndicatorTotal[], reporting: AgencyReportStatus[], title?: string): BodyBlock {
  const values = list.map((i) => new Map(i.byAgency.map((a) => [a.agencyId, a.value])));
  // Agencies without any figure in these columns would only print empty rows.
  const rows = reporting.filter((a) => values.some((v) => v.has(a.agencyId))).map((a, n) => [String(n + 1), a.agencyName, ...values.map((v) => (v.has(a.agencyId) ? formatNumberVi(v.get(a.agencyId)!) : ''))]);
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

function signature(c: Consolidation): Signature {
  const s = c.plan.signer;
  const authority = s?.authority?.trim().toLocaleUpperCase('vi') || 'KT. CHỦ TỊCH';
  const lines = authority.startsWith('TM.') ? [authority] : ['TM. ỦY BAN NHÂN DÂN', authority];
  const title = s?.position?.trim() || (authority.startsWith('KT.') ? 'PHÓ CHỦ TỊCH' : 'CHỦ TỊCH');
  return { authority: lines, title: title.toLocaleUpperCase('vi'), name: s?.name ?? null };
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"]. */
function issuerLines(issuer: string): string[] {
  const upper = issuer.toLocaleUpperCase('vi');
  const m = /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(.+)$/u.exec(upper);
  return m ? [m[1]!, m[2]!] : [upper];
}
