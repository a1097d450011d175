/**
 * Legal bases: every document cited in the preamble's "Căn cứ …" / "Thực hiện …" paragraphs
 * (citations inside citations included), deduplicated by symbol in order of first appearance.
 */
import type { PlanJsonLegalBasis } from '../../../common/contracts/plan-json.js';
import { fold } from './lines.js';
import { isoDate } from './timeframe.js';

/** Type words of cited documents, longest first. */
const KINDS = [
  'Chương trình phối hợp',
  'Chương trình hành động',
  'Nghị quyết liên tịch',
  'Thông tư liên tịch',
  'Kết luận',
  'Nghị quyết',
  'Nghị định',
  'Thông tư',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Chương trình',
  'Văn bản',
  'Công văn',
  'Hướng dẫn',
  'Thông báo',
  'Đề án',
  'Công điện',
  'Quy chế',
  'Quy định',
  'Pháp lệnh',
  'Hiến pháp',
  'Luật',
  'Bộ luật',
];
const KIND_BY_SYMBOL: Array<[RegExp, string]> = [
  [/(?:^|[-/])NĐ(?:[-/]|$)/u, 'Nghị định'],
  [/(?:^|[-/])NQ(?:[-/]|$)/u, 'Nghị quyết'],
  [/(?:^|[-/])TT(?:[-/]|$)/u, 'Thông tư'],
  [/(?:^|[-/])QĐ(?:[-/]|$)/u, 'Quyết định'],
  [/(?:^|[-/])KL(?:[-/]|$)/u, 'Kết luận'],
  [/(?:^|[-/])CT(?:[-/]|$)/u, 'Chỉ thị'],
  [/(?:^|[-/])KH(?:[-/]|$)/u, 'Kế hoạch'],
  [/(?:^|[-/])CTr(?:[-/]|$)/u, 'Chương trình'],
  [/(?:^|[-/])HD(?:[-/]|$)/u, 'Hướng dẫn'],
  [/(?:^|[-/])TB(?:[-/]|$)/u, 'Thông báo'],
  [/(?:^|[-/])QH\d*(?:[-/]|$)/u, 'Luật'],
];
const esc = (s: string): string => s.replace(/ /g, '\\s+');
/** A document symbol: "57-KL/TW", "72/2015/NĐ-CP", "3837/BTTTT-TTĐN", "202/2025/QH15". */
const SYMBOL = String.raw`\d{1,5}(?:\s?[-/]\s?[\p{L}\d&]+)*(?:\s?[-/]\s?\p{Lu}[\p{L}\d&]*)(?:\s?[-/]\s?[\p{L}\d&]+)*`;
const CITATION = new RegExp(
  String.raw`(?<![\p{L}])(?<kind>${KINDS.map(esc).join('|')})(?:\s+(?:liên tịch|số|hợp nhất))*\s*(?:số\s*)?(?<symbol>${SYMBOL})`,
  'gu',
);
const BARE_SYMBOL = /(?<![\p{L}\d/-])(?<symbol>\d{1,5}(?:\/\d{4})?[-/](?:\p{Lu}[\p{L}&]*)(?:[-/][\p{L}\d&]+)*)/gu;
const LAW =
  /(?<![\p{L}])(?<kind>Luật|Bộ luật|Hiến pháp)\s+(?<name>[\p{Lu}][^;,()]*?)(?=\s+(?:ngày|năm\s+\d{4}|số)|[;,.]|$)/gu;
const DATE_AFTER =
  /^[\s,]*(?:\([^)]*\)\s*)?(?:ban hành\s+)?ngày\s+(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|tháng\s+(\d{1,2})\s+năm\s+(\d{4}))/u;
const ISSUER_STOP =
  /\s+(?:ngày\s+\d+|về|hướng dẫn|thực hiện|triển khai|phê duyệt|ban hành|quy định|sửa đổi|tiếp tục|đẩy mạnh|tăng cường|việc|đến năm|giai đoạn|nhằm|trong|và\s+(?:các\s+)?(?:Kế hoạch|Kết luận|Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Văn bản|Công văn|Chương trình|Hướng dẫn))(?![\p{L}\p{N}])|[;.:()“"]|,\s*(?=\p{Ll})/u;

function cleanSymbol(s: string): string {
  return s.replace(/\s+/g, '').replace(/[.,;:]+$/u, '');
}

function dateAfter(text: string): string | null {
  const m = DATE_AFTER.exec(text);
  if (!m) return null;
  return isoDate(Number(m[3] ?? m[5]), Number(m[2] ?? m[4]), Number(m[1]));
}

/** A date printed after the issuer instead of after the symbol ("… của Bộ Chính trị ngày 15/6/2023"). */
function dateAfterIssuer(text: string): string | null {
  const m = /^[\s,]*của\s+[^;.:()“"]{2,120}?\s+(?=ngày\s+\d)/su.exec(text);
  return m ? dateAfter(text.slice(m[0].length)) : null;
}

function issuerAfter(text: string): string | null {
  const m =
    /^[\s,]*(?:\([^)]*\)\s*)?(?:(?:ban hành\s+)?ngày\s+[\d/.\s-]+(?:tháng\s+\d+\s+năm\s+\d{4})?\s*)?,?\s*của\s+(.+)$/su.exec(
      text,
    );
  if (!m) return null;
  const rest = m[1] ?? '';
  const stop = ISSUER_STOP.exec(rest);
  const issuer = fold(stop ? rest.slice(0, stop.index) : rest.slice(0, 120));
  return /^[\p{Lu}]/u.test(issuer) ? issuer : null;
}

/** The preamble paragraphs that cite legal bases: "Căn cứ …" and "Thực hiện …" (not "Theo đề nghị"). */
export function citingParagraphs(preamble: string[]): string[] {
  const out: string[] = [];
  let citing = false;
  for (const line of preamble) {
    if (/^(?:Căn cứ|Thực hiện|Triển khai|Thi hành)(?![\p{L}\p{N}])/iu.test(line)) citing = true;
    else if (
      /^(?:Theo đề nghị|Xét đề nghị|Theo|Xét|Để|Nhằm|Ủy ban nhân dân|Uỷ ban nhân dân|UBND)(?![\p{L}\p{N}])/iu.test(line)
    )
      citing = false;
    if (citing) out.push(line);
  }
  return out;
}

/** Extracts the cited documents from the citing paragraphs. */
export function extractLegalBases(paragraphs: string[]): PlanJsonLegalBasis[] {
  const found: Array<PlanJsonLegalBasis & { at: number }> = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const para of paragraphs) {
    const text = fold(para);
    const taken: Array<[number, number]> = [];
    for (const m of text.matchAll(CITATION)) {
      const symbol = cleanSymbol(m.groups?.symbol ?? '');
      if (!/\p{Lu}/u.test(symbol)) continue;
      const end = (m.index ?? 0) + m[0].length;
      taken.push([(m.index ?? 0) + m[0].length - (m.groups?.symbol ?? '').length, end]);
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      const after = text.slice(end);
      found.push({
        symbol,
        kind: m.groups?.kind ?? null,
        date: dateAfter(after) ?? dateAfterIssuer(after),
        issuer: issuerAfter(after),
        at: offset + (m.index ?? 0),
      });
    }
    for (const m of text.matchAll(BARE_SYMBOL)) {
      const at = m.index ?? 0;
      if (taken.some(([a, b]) => at >= a && at < b)) continue;
      const symbol = cleanSymbol(m.groups?.symbol ?? '');
      if (seen.has(symbol) || !/[A-ZĐ]{2}/u.test(symbol)) continue;
      seen.add(symbol);
      const after = text.slice(at + m[0].length);
      const kind = KIND_BY_SYMBOL.find(([re]) => re.test(symbol))?.[1] ?? null;
      found.push({ symbol, kind, date: dateAfter(after), issuer: issuerAfter(after), at: offset + at });
    }
    for (const m of text.matchAll(LAW)) {
      const at = m.index ?? 0;
      const before = text.slice(0, at).trimEnd();
      if (before !== '' && !/(?:Căn cứ|Thực hiện|[;,]|và)$/iu.test(before)) continue;
      const after = text.slice(at + m[0].length);
      if (/^\s*(?:số\s*)?\d/u.test(after)) continue;
      const name = fold(`${m.groups?.kind ?? ''} ${m.groups?.name ?? ''}`);
      if (seen.has(`law:${name}`)) continue;
      seen.add(`law:${name}`);
      const yearOnly = /^\s*năm\s+(\d{4})/u.exec(after);
      found.push({
        symbol: null,
        kind: m.groups?.kind ?? 'Luật',
        date: dateAfter(after) ?? (yearOnly ? null : null),
        issuer: issuerAfter(after),
        at: offset + at,
      });
    }
    offset += text.length + 1;
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...rest }) => rest);
}
