/**
 * parsePlanText: the whole pipeline from extracted text to the contract's plan JSON. Pure and
 * synchronous; it never throws on odd input, it reports what it could not understand as warnings.
 */
import type { PlanJson, PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import { readClosing } from './closing.js';
import {
  annexNote,
  findTitle,
  provinceFromText,
  readHeader,
  restoreProvince,
  titleCase,
  yearFromTitle,
} from './document.js';
import { citingParagraphs, extractLegalBases } from './legal-bases.js';
import { fold, logicalLines, physicalLines, wrapWidth, type LogicalLine, type PhysLine } from './lines.js';
import { extractReportingDeadlines } from './reporting.js';
import { findTables, tableTasks } from './tables.js';
import { buildTasks, CodeSequence, HEADING, type LineWarning, type ParseContext } from './tasks.js';

/** Options of parsePlanText. */
export interface ParseOptions {
  /** Known agency names and aliases (from the organisation registry) that must stay whole. */
  lexicon?: readonly string[];
  /** The text was read by OCR (enables repairs of typical misreadings). */
  ocr?: boolean;
}

const ROMAN_OK = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u;
const PART =
  /^(?:(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?(?<word>[IVX]+|[\p{L}]+)(?![\p{L}\p{N}])\s*[.:-]?\s*(?<rest1>.*)|(?<roman>[IVX]+)\s*[.)/]\s*(?<rest2>\S.*))$/u;

interface Part {
  index: number;
  name: string;
  line: number;
}

/** OCR's usual misreadings of a Roman part numeral ("II." read as "H." or "Il."). */
const OCR_ROMAN: Array<[RegExp, string]> = [
  [/^(?:H|Il|lI|ll|11)(?=\s*\.\s)/u, 'II'],
  [/^(?:Ill|lll|111|IIl|lIl|HI|IH|Hl|lH|H1|1H)(?=\s*\.\s)/u, 'III'],
  [/^(?:lV|1V|TV|IY|lY)(?=\s*\.\s)/u, 'IV'],
];

/** Repairs a misread numeral, but only on an all-capitals heading, where a part starts. */
function repairOcrNumeral(text: string): string {
  const rest = text.replace(/^\S+\s*\.\s*/u, '');
  if (rest.length < 4 || rest !== rest.toLocaleUpperCase('vi')) return text;
  for (const [pattern, numeral] of OCR_ROMAN) if (pattern.test(text)) return text.replace(pattern, numeral);
  // "I." printed close reads as one "L": "L MỤC ĐÍCH" is "I.", "IIL NỘI DUNG" is "III.".
  const glued = /^([IVX]{0,3})L(?:\s+|[.,:]\s*)(?=\p{Lu})/u.exec(text);
  if (glued && ROMAN_OK.test(`${glued[1] ?? ''}I`)) return `${glued[1] ?? ''}I. ${text.slice(glued[0].length)}`;
  // A part numeral whose dot was lost ("II NHIỆM VỤ"): the capitals after it make it a heading.
  const bare = /^([IVX]{1,4})\s+(?=\p{Lu})/u.exec(text);
  if (bare && ROMAN_OK.test(bare[1] ?? '')) return text.replace(/^([IVX]{1,4})\s+/u, '$1. ');
  return text;
}

function findParts(lines: LogicalLine[]): Part[] {
  const parts: Part[] = [];
  lines.forEach((l, index) => {
    const m = PART.exec(repairOcrNumeral(l.text));
    if (!m?.groups) return;
    const roman = m.groups.roman ?? m.groups.word ?? '';
    if (m.groups.roman && !ROMAN_OK.test(roman)) return;
    let name = m.groups.rest1 ?? m.groups.rest2 ?? '';
    if (name === '' && lines[index + 1]) name = lines[index + 1]?.text ?? '';
    parts.push({ index, name, line: l.parts[0]?.no ?? 0 });
  });
  return parts;
}

function isTasksPart(name: string): boolean {
  const f = foldDiacritics(name);
  return /nhiem vu|noi dung/.test(f) && !/ket qua|danh gia|tinh hinh|muc dich|to chuc thuc hien|kinh phi/.test(f);
}

/** The type line of a plan printed as an annex after a decision's signature. */
const ANNEX_TYPE_LINE = /^(?:KẾ HOẠCH|CHƯƠNG TRÌNH)$/u;

const CLOSING_START = /^(?:Nơi nhận|TM\.|KT\.|TL\.|TUQ\.)/u;

/** Parses a plan's extracted text into the contract's JSON (NFC, every key present). */
export function parsePlanText(text: string, opts: ParseOptions = {}): PlanJson {
  const warnings: LineWarning[] = [];
  const phys = physicalLines(typeof text === 'string' ? text : '');
  const titleInfo = findTitle(phys);
  const header = readHeader(phys, titleInfo.typeLine);
  const width = wrapWidth(phys);
  const tables = findTables(phys);
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.start; i < t.end; i++) inTable.add(i);

  // The closing block starts at the first "Nơi nhận" / authority line after the body.
  const bodyStart = titleInfo.endLine;
  let closingAt = phys.length;
  for (let i = phys.length - 1; i >= bodyStart; i--) {
    const cells = (phys[i]?.text ?? '').split('\t');
    if (cells.some((c) => /^Nơi nhận/iu.test(c.trim()))) {
      closingAt = i;
      break;
    }
  }
  if (closingAt === phys.length) {
    for (let i = bodyStart; i < phys.length; i++) {
      if ((phys[i]?.text ?? '').split('\t').some((c) => CLOSING_START.test(c.trim()))) {
        closingAt = i;
        break;
      }
    }
  }
  let appendixAt = phys.length;
  for (let i = closingAt; i < phys.length; i++)
    if (/^(?:PHỤ LỤC|Phụ lục)(?:\s|$)/u.test(phys[i]?.text ?? '')) {
      appendixAt = i;
      break;
    }

  const bodyPhys: PhysLine[] = phys.slice(bodyStart, closingAt).filter((_, k) => !inTable.has(bodyStart + k));
  const body = logicalLines(bodyPhys, width);
  const preambleParts = findParts(body);
  let parts = preambleParts;
  let partsBody = body;
  // A Decision that carries its plan as an annex: the plan's parts follow the decision's signature.
  const annexAt = phys.findIndex((l, i) => i > closingAt && ANNEX_TYPE_LINE.test(l.text.trim()));
  if (!parts.some((p) => isTasksPart(p.name)) && annexAt >= 0) {
    const annex = logicalLines(
      phys.slice(annexAt).filter((_, k) => !inTable.has(annexAt + k)),
      width,
    );
    const annexParts = findParts(annex);
    if (annexParts.some((p) => isTasksPart(p.name))) {
      parts = annexParts;
      partsBody = annex;
    }
  }
  const firstNumbered = body.findIndex((l) => HEADING.test(l.text) || /^(?:Điều\s+1\b|QUYẾT ĐỊNH\s*:)/u.test(l.text));
  const preambleEnd = preambleParts[0]?.index ?? Math.max(firstNumbered, 0);
  const preamble = body.slice(0, preambleEnd).map((l) => l.text);

  const province =
    header.province ??
    (titleInfo.title
      ? (/tỉnh\s+(.+?)(?:\s+năm\s+\d{4}|\s+giai đoạn|$)/iu.exec(titleInfo.title)?.[1] ?? null)
      : null
    )?.replace(/^./u, (c) => c) ??
    provinceFromText(phys.map((l) => l.text).join('\n'));
  const provinceName = province
    ? province === province.toLocaleUpperCase('vi') || province === province.toLocaleLowerCase('vi')
      ? titleCase(province)
      : province
    : null;
  const title = restoreProvince(titleInfo.title, provinceName);
  const tasksPartIdx = parts.findIndex((p) => isTasksPart(p.name));
  const yearFromTasksHeading = tasksPartIdx >= 0 ? yearFromTitle(parts[tasksPartIdx]?.name ?? null) : null;
  const year =
    yearFromTitle(title) ?? yearFromTasksHeading ?? (header.issuedOn ? Number(header.issuedOn.slice(0, 4)) : null);
  const ctx: ParseContext = { year, lexicon: opts.lexicon ?? [], warnings, ocr: opts.ocr ?? false };
  const seq = new CodeSequence();

  let tasks: PlanJsonTask[] = [];
  let partStartLine = -1;
  let partEndLine = -1;
  if (tasksPartIdx >= 0) {
    const part = parts[tasksPartIdx];
    const next = parts[tasksPartIdx + 1];
    const lines = partsBody.slice((part?.index ?? 0) + 1, next ? next.index : partsBody.length);
    tasks = buildTasks(lines, ctx, seq);
    partStartLine = part?.line ?? -1;
    partEndLine = next ? next.line : Number.POSITIVE_INFINITY;
  } else {
    warnings.push({ line: 0, text: 'no tasks part found (no heading naming NHIỆM VỤ or NỘI DUNG)' });
  }
  // Task tables inside the tasks part, or in an appendix when the part has no numbered tasks.
  for (const t of tables) {
    const no = phys[t.start]?.no ?? 0;
    const inPart = no > partStartLine && no < partEndLine && partStartLine >= 0;
    const inAppendix = t.start >= appendixAt || (t.start >= closingAt && tasks.length === 0);
    if (
      inPart ||
      (inAppendix && tasks.length === 0) ||
      (tasksPartIdx < 0 && tasks.length === 0 && t.start >= bodyStart)
    ) {
      const rows = tableTasks(phys, t, ctx, seq);
      tasks = [...tasks, ...rows];
    }
  }
  if (tasks.length === 0 && tasksPartIdx >= 0)
    warnings.push({
      line: parts[tasksPartIdx]?.line ?? 0,
      text: `line ${parts[tasksPartIdx]?.line ?? 0}: the tasks part has no numbered tasks`,
    });

  const tcthIdx = parts.findIndex((p) => /to chuc thuc hien/.test(foldDiacritics(p.name)));
  let reportingDeadlines: PlanJson['reportingDeadlines'] = [];
  if (tcthIdx >= 0) {
    const next = parts[tcthIdx + 1];
    const lines = partsBody.slice((parts[tcthIdx]?.index ?? 0) + 1, next ? next.index : partsBody.length);
    reportingDeadlines = extractReportingDeadlines(lines.map((l) => l.text).join('\n'), year);
  }

  const closing = readClosing(annexAt >= 0 ? phys.slice(0, annexAt) : phys, closingAt);
  const fullText = phys.map((l) => l.text).join('\n');
  const note = header.number ? null : annexNote(phys.slice(0, Math.min(phys.length, titleInfo.endLine + 4)));
  let issuer = header.issuer ?? note?.issuer ?? null;
  if (!issuer && /TM\.\s*(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN/u.test(fullText) && provinceName)
    issuer = `Ủy ban nhân dân tỉnh ${provinceName}`;
  if (!issuer && provinceName && /^(?:Ủy|Uỷ) ban nhân dân tỉnh (?:ban hành|xây dựng)/mu.test(fullText))
    issuer = `Ủy ban nhân dân tỉnh ${provinceName}`;

  const legalBases = extractLegalBases(citingParagraphs(preamble));
  const sorted = [...warnings].sort((a, b) => a.line - b.line).map((w) => w.text.normalize('NFC'));
  const nfc = (s: string): string => fold(s).normalize('NFC');
  return {
    document: {
      kind: titleInfo.kind ?? header.kindFromNumber,
      number: header.number ? nfc(header.number) : note?.number ? nfc(note.number) : null,
      title: title ? nfc(title) : null,
      year,
      issuer: issuer ? nfc(issuer) : null,
      province: provinceName ? nfc(provinceName) : null,
      issuedOn: header.issuedOn ?? note?.issuedOn ?? null,
      signer: closing.signer,
    },
    legalBases,
    tasks,
    reportingDeadlines,
    recipients: closing.recipients,
    warnings: sorted,
  };
}
