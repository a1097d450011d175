/**
 * Task tables (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện) as text
 * extraction renders them: one row per line with tab-separated cells, or one cell per line.
 */
import type { PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import { splitAgencies, startsHead } from './agencies.js';
import { DANGLING_END, fold, type PhysLine } from './lines.js';
import { type CodeSequence, parentOf, type ParseContext } from './tasks.js';
import { NO_TIMEFRAME, parseTimeframe } from './timeframe.js';

type Column = 'code' | 'title' | 'lead' | 'coordinators' | 'implementers' | 'guides' | 'timeframe' | 'other';

/** A detected task table: its physical line span and the column meaning of each cell. */
export interface TableBlock {
  start: number;
  end: number;
  columns: Column[];
  mode: 'tabs' | 'lines';
  /** First line after the header. */
  bodyStart: number;
}

/** What a header cell names. */
export function columnOf(header: string): Column | null {
  const f = foldDiacritics(header)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(?:s?tt|so tt|stt|so thu tu)$/.test(f)) return 'code';
  if (/thoi gian|thoi han|tien do/.test(f)) return 'timeframe';
  if (/chu tri/.test(f)) return 'lead';
  if (/phoi hop/.test(f)) return 'coordinators';
  if (/chi dao|huong dan/.test(f)) return 'guides';
  if (/(?:co quan|don vi).*thuc hien|^thuc hien$/.test(f)) return 'implementers';
  if (/noi dung|nhiem vu|ten (?:hoat dong|nhiem vu)|hoat dong/.test(f)) return 'title';
  if (/ghi chu|san pham|ket qua|kinh phi|nguon/.test(f)) return 'other';
  return null;
}

function usable(cols: Column[]): boolean {
  return (
    cols[0] === 'code' && cols.includes('title') && cols.some((c) => c !== 'code' && c !== 'title' && c !== 'other')
  );
}

const CODE_CELL = /^(\d{1,3}(?:\.\d{1,3}){0,5})\.?$/u;
const ROMAN_CELL = /^[IVX]{1,5}\.?$/u;
const TABLE_END = /^(?:[IVX]+\s*[.)]\s+\p{Lu}|PHẦN\s|Nơi nhận|TM\.|KT\.|PHỤ LỤC|Phụ lục\s|Trên đây)/u;

/**
 * Whether the first cells of the table lines from `start` on are row numbers ("1", "1.2", "II"):
 * then the first column is the numbering whatever its header says ("TT" misread by the OCR,
 * or a header left empty).
 */
function numbersBelow(lines: PhysLine[], start: number): boolean {
  const firsts: string[] = [];
  for (let j = start; j < lines.length && firsts.length < 8; j++) {
    const text = lines[j]?.text ?? '';
    if (!text.includes('\t')) break;
    const first = (text.split('\t')[0] ?? '').trim();
    if (first !== '') firsts.push(first);
  }
  const numbered = firsts.filter((f) => CODE_CELL.test(f) || ROMAN_CELL.test(f)).length;
  return firsts.length >= 2 && numbered >= firsts.length * 0.7;
}

/** Finds task tables in the physical lines. */
export function findTables(lines: PhysLine[]): TableBlock[] {
  const out: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    if (t.includes('\t')) {
      // A header whose cells wrap ("Cơ quan phối" / "hợp") continues on lines with an empty first cell.
      const head = t.split('\t');
      let h = i + 1;
      while (h < lines.length && h < i + 4 && /^\t/u.test(lines[h]?.text ?? '') && !head.every((c) => columnOf(c))) {
        const cells = (lines[h]?.text ?? '').split('\t');
        cells.forEach((c, k) => {
          if (c.trim() !== '') head[k] = `${head[k] ?? ''} ${c}`.trim();
        });
        h++;
      }
      const cols = head.map((c) => columnOf(c) ?? 'other');
      if (cols[0] === 'other' && numbersBelow(lines, h)) cols[0] = 'code';
      if (!usable(cols)) continue;
      let j = h;
      while (j < lines.length && ((lines[j]?.text ?? '').includes('\t') || lines[j]?.bareNumber)) j++;
      out.push({ start: i, end: j, columns: cols, mode: 'tabs', bodyStart: h });
      i = j - 1;
      continue;
    }
    if (columnOf(t) !== 'code') continue;
    const cols: Column[] = ['code'];
    let j = i + 1;
    for (; j < lines.length && j < i + 9; j++) {
      const c = columnOf(lines[j]?.text ?? '');
      if (!c || c === 'code') break;
      cols.push(c);
    }
    if (!usable(cols)) continue;
    let k = j;
    while (k < lines.length && !TABLE_END.test(lines[k]?.text ?? '')) k++;
    out.push({ start: i, end: k, columns: cols, mode: 'lines', bodyStart: j });
    i = k - 1;
  }
  return out;
}

function looksLikeTime(s: string): boolean {
  return /^(?:thuong xuyen|hang|hang nam|dinh ky|quy|thang|truoc|trong|nam \d|ca nam|\d{1,2}\/\d|theo|tu thang|den|hoan thanh)/.test(
    foldDiacritics(s),
  );
}

/** Reads the rows of a table into tasks. */
export function tableTasks(lines: PhysLine[], block: TableBlock, ctx: ParseContext, seq: CodeSequence): PlanJsonTask[] {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const body = lines.slice(block.bodyStart, block.end);
  if (block.mode === 'tabs') {
    for (const l of body) {
      if (l.bareNumber) continue;
      const cells = l.text.split('\t').map(fold);
      const code = (cells[0] ?? '').replace(/\.$/u, '');
      if (CODE_CELL.test(cells[0] ?? '') && seq.accepts(code)) {
        seq.add(code);
        rows.push({ line: l.no, cells });
      } else if (ROMAN_CELL.test(cells[0] ?? '')) {
      } else if ((cells[0] ?? '') === '' && rows.length > 0) {
        const prev = rows[rows.length - 1];
        cells.forEach((c, idx) => {
          if (prev && c !== '') prev.cells[idx] = joinCell(block.columns[idx], prev.cells[idx] ?? '', c);
        });
      } else if (CODE_CELL.test(cells[0] ?? '')) {
        ctx.warnings.push({ line: l.no, text: `line ${l.no}: table row ${cells[0]} out of sequence, skipped` });
      }
    }
  } else {
    let cur: { line: number; cells: string[] } | null = null;
    for (const l of body) {
      const m = CODE_CELL.exec(l.text);
      if (m && seq.accepts(m[1] ?? '')) {
        seq.add(m[1] ?? '');
        cur = { line: l.no, cells: [m[1] ?? ''] };
        rows.push(cur);
      } else if (l.bareNumber || ROMAN_CELL.test(l.text)) {
      } else if (cur) {
        cur.cells.push(fold(l.text));
      }
    }
    // Cells were read one per line, and a cell may have taken several lines or none: align by content.
    for (const r of rows) {
      const cells = alignCells(r.cells, block.columns);
      if (cells.some((c, i) => c !== (r.cells[i] ?? '')) && r.cells.length !== block.columns.length)
        ctx.warnings.push({
          line: r.line,
          text: `${r.cells[0] ?? ''}: line ${r.line}: table cells assigned to columns by their content`,
        });
      r.cells = cells;
    }
  }
  return rows.map((r) => {
    const code = (r.cells[0] ?? '').replace(/\.$/u, '');
    const task: PlanJsonTask = {
      code,
      parent: parentOf(code),
      title: '',
      content: '',
      lead: [],
      coordinators: [],
      implementers: [],
      guides: [],
      timeframe: NO_TIMEFRAME,
    };
    block.columns.forEach((col, i) => {
      const cell = r.cells[i] ?? '';
      if (cell === '') return;
      if (col === 'title') task.title = task.title ? fold(`${task.title} ${cell}`) : cell;
      else if (col === 'timeframe') task.timeframe = parseTimeframe(cell, ctx.year);
      else if (col === 'lead' || col === 'coordinators' || col === 'implementers' || col === 'guides')
        task[col].push(...splitAgencies(cell, ctx.lexicon));
    });
    return task;
  });
}

const AGENCY_COLUMNS = new Set<Column>(['lead', 'coordinators', 'implementers', 'guides']);

/** Joins a cell's next line: a new agency after a complete name is a new element, else one text. */
function joinCell(column: Column | undefined, prev: string, next: string): string {
  if (prev === '') return next;
  if (column && AGENCY_COLUMNS.has(column) && !/[;,]$/u.test(prev) && startsHead(next) && !DANGLING_END.test(prev))
    return `${prev}; ${next}`;
  return fold(`${prev} ${next}`);
}

/** How well a cell's text fits a column (lower is better). */
function fit(column: Column, raw: string): number {
  const bullet = /^[-+•*–]\s*/u.test(raw);
  const text = raw.replace(/^[-+•*–]\s*/u, '');
  const time = looksLikeTime(text);
  const agency = startsHead(text) || /^(?:các|những)\s/iu.test(text);
  if (column === 'title' && bullet) return 1.5;
  switch (column) {
    case 'timeframe':
      return time ? 0 : 4;
    case 'lead':
    case 'coordinators':
    case 'implementers':
    case 'guides':
      return agency ? 0 : time ? 3 : /^\p{Ll}/u.test(text) ? 0.5 : 1.5;
    case 'title':
      return time || agency ? 1.5 : 0;
    default:
      return time ? 2 : 0.8;
  }
}

/**
 * Aligns a row's lines (code first) to the table's columns: each line goes to one column, in
 * column order, several lines may share a column (a cell with line breaks) and a column may stay
 * empty. The cheapest assignment by content wins (dynamic programming over lines × columns).
 */
export function alignCells(lines: string[], columns: Column[]): string[] {
  const out: string[] = new Array(columns.length).fill('');
  out[0] = lines[0] ?? '';
  const cells = lines.slice(1);
  const cols = columns.map((c, i) => [c, i] as const).slice(1);
  const n = cells.length;
  const k = cols.length;
  if (n === 0 || k === 0) return out;
  const INF = Number.POSITIVE_INFINITY;
  // cost[i][j]: best cost of the first i+1 lines with line i in column j.
  const cost: number[][] = Array.from({ length: n }, () => new Array<number>(k).fill(INF));
  const from: number[][] = Array.from({ length: n }, () => new Array<number>(k).fill(-1));
  for (let j = 0; j < k; j++) cost[0]![j] = fit(cols[j]![0], cells[0]!) + j * 0.3 + (cols[j]![0] === 'title' ? 0 : 2);
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const here = fit(cols[j]![0], cells[i]!);
      for (let p = 0; p <= j; p++) {
        if (cost[i - 1]![p] === INF) continue;
        // A second line in the same cell is likelier in the coordinators' column than in the lead's,
        // which usually names one agency.
        const stay =
          p === j
            ? /[;,]$/u.test(cells[i - 1]!) || /^\p{Ll}/u.test(cells[i]!)
              ? 0.1
              : cols[j]![0] === 'lead'
                ? 0.9
                : 0.6
            : 0;
        const skip = Math.max(0, j - p - 1) * 0.3;
        const c = cost[i - 1]![p]! + here + stay + skip;
        if (c < cost[i]![j]!) {
          cost[i]![j] = c;
          from[i]![j] = p;
        }
      }
    }
  }
  let j = 0;
  for (let x = 1; x < k; x++) if (cost[n - 1]![x]! < cost[n - 1]![j]!) j = x;
  const assigned: number[] = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    assigned[i] = j;
    j = from[i]![j]!;
  }
  cells.forEach((cell, i) => {
    const [column, index] = cols[assigned[i]!]!;
    out[index] = joinCell(column, out[index] ?? '', cell);
  });
  return out;
}
