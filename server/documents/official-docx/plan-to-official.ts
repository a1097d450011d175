/**
 * A stored plan (PlanJson) back to an official document. The wording follows the province's own
 * plans (the seed), so that the team's plan parser reads the DOCX back to the same JSON: one
 * "Căn cứ" paragraph per legal basis, tasks as "code. title" + labelled lines, agencies separated by
 * ";", reporting deadlines in "Tổ chức thực hiện".
 */

import { isoParts } from '../../../common/calendar/iso-date.js';
import type { PlanJson, PlanJsonLegalBasis, PlanJsonTask } from '../../../common/contracts/plan-json.js';
import type { BodyBlock, OfficialDocument, Signature } from './official-document.js';
import { renderOfficialDocx } from './render-official-docx.js';

/** Parts of a plan that PlanJson does not store, supplied by the caller when known. */
export interface PlanDocxOptions {
  /** Paragraphs of "Mục đích, yêu cầu"; the part is left out when absent. */
  purpose?: string[];
  /** Paragraphs of "Kinh phí thực hiện"; left out when absent. */
  budget?: string[];
  /** Extra paragraphs of "Tổ chức thực hiện", before the reporting duties. */
  organisation?: string[];
  /** The plan's year when its document states none (the stored plan's year; never the machine's clock). */
  year?: number;
  /** Text after "Lưu:" (default "VT"). */
  archive?: string;
  /** Year printed in an undated date line (default: the plan's year). */
  issueYear?: number;
}

const TYPE_NAMES: Record<string, string> = {
  KH: 'KẾ HOẠCH',
  CTr: 'CHƯƠNG TRÌNH',
  BC: 'BÁO CÁO',
  QĐ: 'QUYẾT ĐỊNH',
  HD: 'HƯỚNG DẪN',
  TB: 'THÔNG BÁO',
  ĐA: 'ĐỀ ÁN',
  PA: 'PHƯƠNG ÁN',
};
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const QUARTER = ['I', 'II', 'III', 'IV'];
const COLLECTIVE = /^(Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\b/iu;

/** Rebuilds the official document of a stored plan. */
export function planToOfficialDocument(plan: PlanJson, options: PlanDocxOptions = {}): OfficialDocument {
  const d = plan.document;
  // A document without its year: the stored plan's, else the year its first deadline falls in.
  const firstDue = plan.reportingDeadlines[0]?.due;
  const year =
    d.year ?? (d.issuedOn ? isoParts(d.issuedOn).year : (options.year ?? (firstDue ? isoParts(firstDue).year : 0)));
  const kind = d.kind ?? 'KH';
  const typeName = TYPE_NAMES[kind] ?? 'KẾ HOẠCH';
  const issuer = d.issuer ?? (d.province ? `Ủy ban nhân dân tỉnh ${d.province}` : 'Ủy ban nhân dân tỉnh');
  const title = d.title ?? `${sentence(typeName)} công tác thông tin đối ngoại năm ${year}`;
  const subject = capitalise(stripTypeWord(title, typeName));
  const { number, symbol } = splitNumber(d.number, kind);

  const body: BodyBlock[] = [...preamble(plan.legalBases, issuerShort(issuer, d.province), title)];
  let part = 0;
  const partHeading = (text: string): BodyBlock => ({ type: 'heading', level: 1, text: `${ROMAN[part++]}. ${text}` });
  if (options.purpose?.length) {
    body.push(partHeading('MỤC ĐÍCH, YÊU CẦU'), ...options.purpose.map(subPart));
  }
  const tasksPart = ROMAN[part]!;
  body.push(partHeading(`NỘI DUNG CÁC NHIỆM VỤ TRỌNG TÂM NĂM ${year}`), ...plan.tasks.flatMap(taskBlocks));
  if (options.budget?.length) body.push(partHeading('KINH PHÍ THỰC HIỆN'), ...options.budget.map(subPart));
  body.push(partHeading('TỔ CHỨC THỰC HIỆN'), ...(options.organisation ?? []).map(subPart));
  const duties = reportingDuty(plan, year, issuerShort(issuer, d.province), tasksPart);
  if (duties) body.push(para(duties));
  body.push(para(`Trên đây là ${title}. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.`));

  return {
    form: 'typed',
    issuer: { parent: null, nameLines: issuerLines(issuer) },
    number,
    symbol,
    place: d.province ?? provinceOf(issuer) ?? 'Tuyên Quang',
    date: d.issuedOn,
    year: options.issueYear ?? year,
    typeName,
    subject,
    body,
    signature: signature(plan, issuer),
    recipients: plan.recipients,
    archive: options.archive ?? 'VT',
  };
}

/** Renders a stored plan as its official DOCX. */
export async function renderPlanDocx(plan: PlanJson, options?: PlanDocxOptions): Promise<Buffer> {
  return renderOfficialDocx(planToOfficialDocument(plan, options));
}

/** "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị". */
export function citeLegalBasis(b: PlanJsonLegalBasis): string {
  const parts = [b.kind ?? 'Văn bản'];
  if (b.symbol) parts.push(`số ${b.symbol}`);
  if (b.date) parts.push(`ngày ${formatCitationDate(b.date)}`);
  if (b.issuer) parts.push(`của ${b.issuer}`);
  return parts.join(' ');
}

/** Citation dates as NĐ 30 writes them: day < 10 and months 1–2 padded ("07/9/2015", "05/01/2026"). */
export function formatCitationDate(iso: string, withYear = true): string {
  const { year, month, day } = isoParts(iso);
  const dm = `${String(day).padStart(2, '0')}/${month <= 2 ? String(month).padStart(2, '0') : month}`;
  return withYear ? `${dm}/${year}` : dm;
}

function preamble(bases: PlanJsonLegalBasis[], issuerShortName: string, title: string): BodyBlock[] {
  const cites = bases.map((b, i) => para(`Căn cứ ${citeLegalBasis(b)}${i === bases.length - 1 ? '.' : ';'}`));
  return [...cites, para(`${issuerShortName} ban hành ${title}, như sau:`)];
}

/** Heading "code. title", then the labelled lines a), b) … in the seed's order. */
function taskBlocks(task: PlanJsonTask): BodyBlock[] {
  const depth = task.code.split('.').length;
  const heading: BodyBlock = { type: 'heading', level: depth <= 1 ? 2 : 3, text: `${task.code}. ${task.title}` };
  const labelled: Array<[string, string]> = [];
  const agencies = (label: string, names: string[]) => {
    if (names.length > 0) labelled.push([label, endWith(names.join('; '), '.')]);
  };
  agencies('Cơ quan chủ trì', task.lead);
  agencies('Cơ quan phối hợp', task.coordinators);
  agencies('Cơ quan chỉ đạo, hướng dẫn', task.guides);
  agencies('Cơ quan thực hiện', task.implementers);
  const timeframe =
    task.timeframe.text ?? (task.timeframe.due ? `Trước ngày ${formatCitationDate(task.timeframe.due)}` : null);
  if (timeframe) labelled.push(['Thời gian thực hiện', endWith(timeframe, '.')]);

  const content = task.content.trim();
  if (labelled.length === 0) return content ? [heading, para(content)] : [heading];
  if (content) labelled.unshift(['Nội dung', content]);
  return [heading, ...labelled.map(([label, value], i) => para(`${String.fromCharCode(97 + i)}) ${label}: ${value}`))];
}

/** The sentence of "Tổ chức thực hiện" that sets each agency's plan and report deadlines. */
function reportingDuty(plan: PlanJson, year: number, issuerShortName: string, tasksPart: string): string | null {
  const byKind = (k: string) => plan.reportingDeadlines.filter((r) => r.kind === k).map((r) => r.due);
  const agencyPlan = byKind('agency-plan');
  const reports = [
    ...byKind('semiannual').map((due) => `trước ngày ${shortDate(due, year)} đối với báo cáo 06 tháng`),
    ...byKind('annual').map((due) => `trước ngày ${shortDate(due, year)} đối với báo cáo năm`),
  ];
  if (agencyPlan.length === 0 && reports.length === 0) return null;
  let s =
    'Các sở, ban, ngành; Ủy ban nhân dân các địa phương, các cơ quan, đơn vị có liên quan căn cứ chức năng, nhiệm vụ';
  if (agencyPlan.length > 0) {
    s += `, xây dựng kế hoạch công tác thông tin đối ngoại năm ${year} (${agencyPlan.map((due) => completion(due, year)).join('; ')})`;
  }
  s += `, triển khai có hiệu quả các nhiệm vụ được giao tại mục ${tasksPart} của Kế hoạch này`;
  if (reports.length > 0) {
    s += `; báo cáo ${issuerShortName} kết quả thực hiện công tác thông tin đối ngoại năm ${year} ${reports.join('; ')}`;
  }
  return `${s}.`;
}

/** "hoàn thành trong Quý I/2025" for a quarter end, "trong tháng 2/2025" for a month end, else a date. */
function completion(due: string, planYear: number): string {
  const { year, month, day } = isoParts(due);
  const monthEnd = new Date(Date.UTC(year, month, 0)).getUTCDate() === day;
  if (monthEnd && month % 3 === 0) return `hoàn thành trong Quý ${QUARTER[month / 3 - 1]}/${year}`;
  if (monthEnd) return `hoàn thành trong tháng ${month}/${year}`;
  return `hoàn thành trước ngày ${shortDate(due, planYear)}`;
}

/** "15/5" within the plan's year (as the seed writes), "15/01/2026" otherwise. */
function shortDate(iso: string, planYear: number): string {
  return formatCitationDate(iso, isoParts(iso).year !== planYear);
}

function signature(plan: PlanJson, issuer: string): Signature {
  const s = plan.document.signer;
  const authority = s?.authority?.trim() || 'TM. ỦY BAN NHÂN DÂN';
  const lines = [authority.toLocaleUpperCase('vi')];
  const collective = COLLECTIVE.exec(issuer)?.[1];
  // A deputy signs for the chairman on behalf of the collective: TM. above KT.
  if (/^KT\./iu.test(authority) && collective) lines.unshift(`TM. ${collective.toLocaleUpperCase('vi')}`);
  const title =
    s?.position ??
    (/^KT\./iu.test(authority) ? `Phó ${authority.replace(/^KT\.\s*/iu, '').toLocaleLowerCase('vi')}` : 'Chủ tịch');
  return { authority: lines, title: title.toLocaleUpperCase('vi'), name: s?.name ?? null };
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG"]. */
function issuerLines(issuer: string): string[] {
  const m = COLLECTIVE.exec(issuer);
  const upper = (s: string) => s.trim().toLocaleUpperCase('vi');
  if (m && issuer.length > m[0].length) return [upper(m[0]), upper(issuer.slice(m[0].length))];
  return [upper(issuer)];
}

/** "Ủy ban nhân dân tỉnh Tuyên Quang" → "Ủy ban nhân dân tỉnh", as the body refers to itself. */
function issuerShort(issuer: string, province: string | null): string {
  const p = province ?? provinceOf(issuer);
  return p && issuer.endsWith(` ${p}`) ? issuer.slice(0, -p.length - 1) : issuer;
}

function provinceOf(issuer: string): string | null {
  return /\b(?:tỉnh|thành phố)\s+(.+)$/iu.exec(issuer)?.[1] ?? null;
}

function splitNumber(printed: string | null, kind: string): { number: number | string | null; symbol: string } {
  if (!printed) return { number: null, symbol: `${kind}-UBND` };
  const slash = printed.lastIndexOf('/');
  if (slash <= 0) return { number: null, symbol: printed };
  const n = printed.slice(0, slash);
  return { number: /^\d+$/.test(n) ? Number(n) : n, symbol: printed.slice(slash + 1) };
}

function stripTypeWord(title: string, typeName: string): string {
  const word = sentence(typeName);
  return title.toLocaleLowerCase('vi').startsWith(word.toLocaleLowerCase('vi'))
    ? title.slice(word.length).trim()
    : title;
}

function sentence(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function endWith(s: string, mark: string): string {
  const t = s.trim();
  return /[.;:!?…]$/u.test(t) ? t : t + mark;
}

/** A caller's paragraph; a short numbered line ("1. Mục đích") becomes a bold sub-heading. */
function subPart(text: string): BodyBlock {
  return /^\d+\.\s+\S/u.test(text) && text.length < 80 ? { type: 'heading', level: 2, text } : para(text);
}

function para(content: string): BodyBlock {
  return { type: 'paragraph', content };
}
