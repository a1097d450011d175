/**
 * The line layer: normalises extracted text, drops page noise, and joins the physical lines of
 * hard-wrapped (PDF-like) text into logical lines while remembering where each physical line
 * starts, so that every warning can still name the line the user sees in the file.
 */

/** One physical line of the input, NFC, spaces folded (tabs kept: they separate table cells). */
export interface PhysLine {
  no: number;
  text: string;
  /** A lone small number: page number outside tables, a TT cell inside one-cell-per-line tables. */
  bareNumber: boolean;
}

/** A logical line: one or more physical lines joined by single spaces. */
export interface LogicalLine {
  text: string;
  /** Physical line numbers and the offset in `text` where each starts. */
  parts: Array<{ no: number; start: number }>;
}

const PAGE_NOISE =
  /^(?:trang\s*\d{1,4}(?:\s*(?:\/|trên|of)\s*\d{1,4})?|page\s*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4})$/iu;
const BARE_NUMBER = /^\d{1,3}\.?$/u;

/** Normalises a whole extracted text: NFC, unified line breaks, invisible characters removed. */
export function normalizeInput(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?|\u2028|\u2029|\f|\v/g, '\n')
      .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
      .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ' ')
  );
}

/** Splits normalised text into numbered physical lines, dropping blanks and unambiguous page noise. */
export function physicalLines(text: string): PhysLine[] {
  const out: PhysLine[] = [];
  const raw = normalizeInput(text).split('\n');
  for (let i = 0; i < raw.length; i++) {
    const cells = (raw[i] ?? '').split('\t').map((c) => c.replace(/ +/g, ' ').trim());
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
    const line = cells.length > 1 ? cells.join('\t') : (cells[0] ?? '');
    if (line.replace(/\t/g, '').trim() === '') continue;
    if (PAGE_NOISE.test(line)) continue;
    out.push({ no: i + 1, text: line, bareNumber: BARE_NUMBER.test(line) });
  }
  return out;
}

/** Words that cannot end a name or a sentence: a line ending with one continues on the next. */
export const DANGLING_END =
  /(?:[,:(&–-]|(?<![\p{L}\p{N}])(?:và|của|các|cho|với|về|tại|trong|theo|hoặc|Sở|Ban|Bộ|Ủy ban|Uỷ ban|Văn phòng|Trung tâm|Báo|Đài|Cổng|Tạp chí|Công an|Hội|Đoàn|Cục|Chi cục))$/u;

/** A line that starts a new paragraph: headings, markers, bullets, labels, closing blocks. */
export const STRUCTURAL_START =
  /^(?:(?:PHẦN|Phần)\s|[IVXLC]+\s*[.)/]\s*|\d+(?:\.\d+)*\s*[.)]|\d+\.\d+(?:\.\d+)*\s|[a-zđ]\s*[).]\s|[-+•*–—●▪◦·]|\(\d+\)|Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị|Nơi nhận|Lưu\s*:|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|Số\s*:|Điều\s+\d|PHỤ LỤC|Phụ lục\s)/u;

/** The length that a hard-wrapped document's full lines reach, or null when lines are paragraphs. */
export function wrapWidth(lines: PhysLine[]): number | null {
  const lengths = lines.filter((l) => !l.text.includes('\t')).map((l) => l.text.length);
  if (lengths.length < 8) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  const long = lengths.filter((n) => n > 160).length;
  if (p90 < 40 || p90 > 140 || long > lengths.length * 0.03) return null;
  return p90;
}

function isUpperHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/**
 * Joins physical lines into logical lines. A line continues the previous one when it starts with
 * no marker and the previous one cannot have ended there (dangling word, lowercase start, or a
 * full line of hard-wrapped text without final punctuation).
 */
export function logicalLines(lines: PhysLine[], width: number | null): LogicalLine[] {
  const out: LogicalLine[] = [];
  let prevPhys: PhysLine | null = null;
  for (const line of lines) {
    if (line.bareNumber) continue;
    const cur = out[out.length - 1];
    const text = line.text;
    let join = false;
    if (cur && prevPhys && !text.includes('\t') && !prevPhys.text.includes('\t') && !STRUCTURAL_START.test(text)) {
      const prev = prevPhys.text;
      const prevUpper = isUpperHeading(prev);
      const nextUpper = isUpperHeading(text);
      if (prevUpper !== nextUpper) join = false;
      else if (DANGLING_END.test(prev)) join = true;
      else if (/^[\p{Ll}]/u.test(text) && !/[.!?…]$/u.test(prev)) join = true;
      else if (width !== null && prev.length >= width * 0.75 && !/[.:;!?…]$/u.test(prev)) join = true;
      else if (width !== null && prev.length >= width * 0.75 && /^[\p{Ll}]/u.test(text)) join = true;
    }
    if (join && cur) {
      cur.parts.push({ no: line.no, start: cur.text.length + 1 });
      cur.text = `${cur.text} ${text}`;
    } else {
      out.push({ text, parts: [{ no: line.no, start: 0 }] });
    }
    prevPhys = line;
  }
  return out;
}

/** The physical line number at a character offset of a logical line. */
export function lineAt(line: LogicalLine, offset: number): number {
  let no = line.parts[0]?.no ?? 0;
  for (const p of line.parts) if (p.start <= offset) no = p.no;
  return no;
}

/** Whether the offset is at the start of a physical line (ignoring spaces). */
export function atPhysicalStart(line: LogicalLine, offset: number): boolean {
  for (const p of line.parts) {
    if (p.start <= offset && line.text.slice(p.start, offset).trim() === '') return true;
  }
  return false;
}

/** Folds whitespace and trims. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
