/**
 * The report's narrative (domain-facts §7.2): five sections drafted from the submissions, each
 * replaceable by the coordinator's own text. Text conventions, shared with the DOCX: a line
 * "1. …" / "1.2. …" is a sub-heading, "- …" or "+ …" a bullet, anything else a paragraph.
 */

import { formatDateVi } from '../../../common/calendar/iso-date.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import type { LineStatus } from '../../db/schema/reporting.js';
import { BREAKDOWN_LABELS } from '../reporting/index.js';
import type { Consolidation, IndicatorTotal } from './consolidate.js';

/** Section keys in print order. */
export const SECTION_KEYS = ['direction', 'results', 'assessment', 'nextSteps', 'proposals'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type NarrativeSections = Record<SectionKey, string>;

/** Printed headings of the sections (NĐ 30 practice: Roman numeral, upper case). */
export const SECTION_TITLES: Record<SectionKey, string> = {
  direction: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  results: 'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
  assessment: 'III. ĐÁNH GIÁ',
  nextSteps: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
  proposals: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
};

/** Vietnamese words for a task line's status. */
export const LINE_STATUS_LABELS: Record<LineStatus, string> = {
  done: 'hoàn thành',
  'in-progress': 'đang thực hiện',
  continuing: 'thực hiện thường xuyên',
  'not-started': 'chưa triển khai',
};

/** How a breakdown key reads in the report: "tiếng Anh" for "en". */
export function breakdownLabel(key: string): string {
  const label = BREAKDOWN_LABELS[key];
  // The catalogue's labels start a form field ("Tiếng Anh"); in a sentence they read "tiếng Anh".
  return label ? label.charAt(0).toLocaleLowerCase('vi') + label.slice(1) : key;
}

/** "6 tháng đầu năm 2025", "năm 2025", or the period's own label for other kinds. */
export function periodPhrase(c: Pick<Consolidation, 'period'>): string {
  if (c.period.kind === 'semiannual') return `6 tháng đầu năm ${c.period.year}`;
  if (c.period.kind === 'annual') return `năm ${c.period.year}`;
  return c.period.label;
}

/** The saved edits win section by section; a section without an edit keeps the fresh draft. */
export function mergeNarrative(draft: NarrativeSections, edits: Partial<Record<string, unknown>>): NarrativeSections {
  const out = { ...draft };
  for (const key of SECTION_KEYS) {
    const edit = edits[key];
    if (typeof edit === 'string') out[key] = edit;
  }
  return out;
}

/** Drafts every section from the consolidated figures and lines. */
export function draftNarrative(c: Consolidation): NarrativeSections {
  return {
    direction: draftDirection(c),
    results: draftResults(c),
    assessment: draftAssessment(c),
    nextSteps: draftNextSteps(c),
    proposals: draftProposals(c),
  };
}

/** "1.250" — Vietnamese digit grouping, comma decimals. */
export function formatNumberVi(n: number): string {
  return NUMBER_VI.format(n);
}
// One formatter for all cells: toLocaleString builds a new one per call (a 250-agency appendix makes 13,000 calls).
const NUMBER_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

function planReference(c: Consolidation): string {
  const title = c.plan.title.charAt(0).toLocaleLowerCase('vi') + c.plan.title.slice(1);
  const number = c.plan.number ? ` số ${c.plan.number}` : '';
  const date = c.plan.issuedOn ? ` ngày ${formatDateVi(c.plan.issuedOn)}` : '';
  const bare = title.replace(/^kế hoạch\s+/u, '');
  return `Kế hoạch${number}${date} của Ủy ban nhân dân tỉnh về ${bare}`;
}

function indicatorLine(i: IndicatorTotal): string {
  const parts = i.byBreakdown.filter((b) => b.value !== 0).map((b) => `${breakdownLabel(b.key)}: ${formatNumberVi(b.value)}`);
  const detail = parts.length > 0 ? ` (trong đó ${parts.join('; ')})` : '';
  return `- ${i.name}: ${formatNumberVi(i.total)} ${i.unit.toLocaleLowerCase('vi')}${detail};`;
}

function isDirectionGroup(groupName: string): boolean {
  return /chi dao|dieu hanh/.test(foldDiacritics(groupName).toLowerCase());
}

function draftDirection(c: Consolidation): string {
  const n = c.counts;
  const lines = [
    `Thực hiện ${planReference(c)}, các sở, ban, ngành, địa phương và cơ quan, đơn vị đã quán triệt, xây dựng kế hoạch và triển khai các nhiệm vụ được giao.`,
    `Trong kỳ báo cáo (từ ngày ${formatDateVi(c.period.windowFrom)} đến ngày ${formatDateVi(c.period.windowTo)}), có ${n.submitted}/${n.expected} cơ quan, đơn vị gửi báo cáo (đạt ${formatNumberVi(n.submittedRate)}%), trong đó ${n.onTime} cơ quan, đơn vị gửi đúng hạn (hạn gửi: ngày ${formatDateVi(c.period.dueOn)}).`,
  ];
  const direction = c.indicators.filter((i) => isDirectionGroup(i.groupName));
  if (direction.length > 0) lines.push('Kết quả công tác chỉ đạo, điều hành:', ...direction.map(indicatorLine));
  return lines.join('\n');
}

function draftResults(c: Consolidation): string {
  const out: string[] = [];
  const parents = new Set(c.tasks.flatMap((t) => (t.depth > 1 ? [t.code.split('.').slice(0, -1).join('.')] : [])));
  for (const t of c.tasks) {
    out.push(`${t.code}. ${t.title}`);
    if (t.lines.length === 0) {
      // A group heading has its results under its sub-tasks.
      if (!parents.has(t.code)) out.push('- Chưa có cơ quan, đơn vị báo cáo kết quả thực hiện nhiệm vụ này.');
      continue;
    }
    // A report lists what agencies did, not 250 lines per task: the rest is in the XLSX synthesis.
    const shown = t.lines.length <= MAX_LINES_PER_TASK ? t.lines : [...t.lines].sort(byInformative).slice(0, MAX_LINES_PER_TASK - 1);
    for (const l of shown) {
      const done = l.doneText || 'Không nêu nội dung cụ thể';
      const results = l.resultsText ? `; kết quả: ${stripEnd(l.resultsText)}` : '';
      out.push(`- ${l.agencyName}: ${stripEnd(done)}${results} (${LINE_STATUS_LABELS[l.status]}).`);
    }
    const rest = t.lines.length - shown.length;
    if (rest > 0) out.push(`- ${rest} cơ quan, đơn vị khác đã báo cáo kết quả thực hiện nhiệm vụ này (chi tiết tại biểu tổng hợp kèm theo).`);
    const counts = (Object.entries(t.statusCounts) as Array<[LineStatus, number]>).filter(([, k]) => k > 0);
    out.push(`Tổng hợp: ${t.lines.length} cơ quan, đơn vị báo cáo; ${counts.map(([st, k]) => `${k} ${LINE_STATUS_LABELS[st]}`).join(', ')}.`);
  }
  // The figures follow as a table in the document; the text only introduces it.
  if (c.indicators.length > 0) out.push('Kết quả một số chỉ tiêu chủ yếu tại biểu số liệu dưới đây.');
  return out.join('\n');
}

/** Agency lines printed per task in section II; more are counted, not listed. */
export const MAX_LINES_PER_TASK = 8;

/** Done before other statuses, then the lines with results, then the longer accounts. */
function byInformative(a: Consolidation['tasks'][number]['lines'][number], b: Consolidation['tasks'][number]['lines'][number]): number {
  const rank = (l: typeof a) => (l.status === 'done' ? 0 : 1) + (l.resultsText ? 0 : 2);
  return rank(a) - rank(b) || b.doneText.length - a.doneText.length;
}

function draftAssessment(c: Consolidation): string {
  const lines = c.tasks.flatMap((t) => t.lines);
  const done = lines.filter((l) => l.status === 'done').length;
  const n = c.counts;
  const out = ['1. Ưu điểm'];
  out.push(`- Các cơ quan, đơn vị đã báo cáo kết quả thực hiện ${lines.length} lượt nhiệm vụ, trong đó ${done} lượt đã hoàn thành.`);
  out.push(`- ${n.onTime}/${n.expected} cơ quan, đơn vị gửi báo cáo đúng hạn (${formatNumberVi(n.onTimeRate)}%).`);
  out.push('2. Tồn tại, hạn chế');
  if (c.missing.length > 0) out.push(`- ${c.missing.length} cơ quan, đơn vị chưa gửi báo cáo: ${c.missing.map((a) => a.agencyName).join('; ')}.`);
  if (c.late.length > 0) out.push(`- ${c.late.length} cơ quan, đơn vị gửi báo cáo muộn: ${c.late.map((a) => a.agencyName).join('; ')}.`);
  const notDone = lines.length - done;
  if (notDone > 0) out.push(`- ${notDone} lượt nhiệm vụ chưa hoàn thành hoặc đang triển khai.`);
  const difficulties = groupRemarks(c, 'difficulties', '+');
  if (difficulties.length > 0) out.push('- Khó khăn, vướng mắc các cơ quan, đơn vị nêu:', ...difficulties);
  if (out.at(-1) === '2. Tồn tại, hạn chế') out.push('- Không có tồn tại, hạn chế nổi bật được các cơ quan, đơn vị nêu.');
  return out.join('\n');
}

function draftNextSteps(c: Consolidation): string {
  const next = c.period.kind === 'semiannual' ? `6 tháng cuối năm ${c.period.year}` : `năm ${c.period.year + 1}`;
  const out = [`Trong ${next}, các cơ quan, đơn vị tiếp tục triển khai đồng bộ, hiệu quả các nhiệm vụ của Kế hoạch, tập trung:`];
  const open = c.tasks.filter((t) => t.lines.length > 0 && t.statusCounts.done < t.lines.length);
  for (const t of open) out.push(`- ${t.code}. ${stripEnd(t.title)};`);
  if (open.length === 0) out.push('- Duy trì các nhiệm vụ thường xuyên; nâng cao chất lượng thông tin đối ngoại trên nền tảng số;');
  out.push('- Các cơ quan, đơn vị gửi báo cáo đầy đủ, đúng hạn theo quy định.');
  return out.join('\n');
}

function draftProposals(c: Consolidation): string {
  const proposals = groupRemarks(c, 'proposals', '-');
  return proposals.length === 0 ? 'Không có đề xuất, kiến nghị.' : proposals.join('\n');
}

/**
 * One bullet per distinct text, in agency order: "Agency: text." for one agency, "text (A; B; C)."
 * when several wrote the same words (common when agencies copy a template).
 */
function groupRemarks(c: Consolidation, field: 'difficulties' | 'proposals', marker: '-' | '+'): string[] {
  const byText = new Map<string, string[]>();
  for (const r of c.remarks) {
    const text = stripEnd(r[field]);
    if (text === '') continue;
    byText.set(text, [...(byText.get(text) ?? []), r.agencyName]);
  }
  return [...byText].map(([text, names]) => (names.length === 1 ? `${marker} ${names[0]}: ${text}.` : `${marker} ${text} (${names.join('; ')}).`));
}

/** One line without trailing punctuation: agencies' multi-line text must not turn into headings. */
function stripEnd(text: string): string {
  return text.replace(/[\s.;,]*\n+\s*/gu, '; ').trim().replace(/[\s.;,]+$/u, '');
}
