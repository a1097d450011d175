/**
 * Task tables (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện) as text
 * extraction renders them: one row per line with tab-separated cells, or one cell per line.
 */
import type { PlanJsonTask } from '../../../common/contracts/plan-json.js';
import { foldDiacritics } from '../../../common/text/vietnamese.js';
import { splitAgencies } from './agencies.js';
import { fold, type PhysLine } from './lines.js';
import { CodeSequence, parentOf, type ParseContext } from './tasks.js';
import { NO_TIMEFRAME, parseTimeframe } from './timeframe.js';

type Column = 'code' | 'title' | 'lead' | 'coordinators' | 'implementers' | 'guides' | 'timeframe' | 'other';

/** A detected task table: its physical line span and the column meaning of each cell. */
export interface TableBlock { start: number; end: number; columns: Column[]; mode: 'tabs' | 'lines' }

/** What a header cell names. */
export function columnOf(header: string): Column | null {
  const f = foldDiacritics(header).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
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
  return cols[0] === 'code' && cols.includes('title') && cols.some((c) => c !== 'code' && c !== 'title' && c !== 'other');
}

const CODE_CELL = /^(\d{1,3}(?:\.\d{1,3}){0,5})\.?$/u;
const ROMAN_CELL = /^[IVX]{1,5}\.?$/u;
const TABLE_END = /^(?:[IVX]+\s*[.)]\s+\p{Lu}|PHẦN\s|Nơi nhận|TM\.|KT\.|PHỤ LỤC|Phụ lục\s|Trên đây)/u;

/** Finds task tables in the physical lines. */
export function findTables(lines: PhysLine[]): TableBlock[] {
  const out: TableBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]?.text ?? '';
    if (t.includes('\t')) {
      const cols = t.split('\t').map((c) => columnOf(c) ?? 'other');
      if (!usable(cols)) continue;
      let j = i + 1;
      while (j < lines.length && ((lines[j]?.text ?? '').includes('\t') || lines[j]?.bareNumber)) j++;
      out.push({ start: i, end: j, columns: cols, mode: 'tabs' });
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
    out.push({ start: i, end: k, columns: cols, mode: 'lines' });
    i = k - 1;
  }
  return out;
}

function looksLikeTime(s: string): boolean {
  return /^(?:thuong xuyen|hang|hang nam|dinh ky|quy|thang|truoc|trong|nam \d|ca nam|\d{1,2}\/\d|theo|tu thang|den|hoan thanh)/.test(foldDiacritics(s));
}

/** Reads the rows of a table into tasks. */
export function tableTasks(lines: PhysLine[], block: TableBlock, ctx: ParseContext, seq: CodeSequence): PlanJsonTask[] {
  const rows: Array<{ line: number; cells: string[] }> = [];
  const body = lines.slice(block.start + (block.mode === 'tabs' ? 1 : block.columns.length), block.end);
  if (block.mode === 'tabs') {
    for (const l of body) {
      if (l.bareNumber) continue;
      const cells = l.text.split('\t').map(fold);
      const code = (cells[0] ?? '').replace(/\.$/u, '');
      if (CODE_CELL.test(cells[0] ?? '') && seq.accepts(code)) {
        seq.add(code);
        rows.push({ line: l.no, cells });
      } else if (ROMAN_CELL.test(cells[0] ?? '')) {
        continue;
      } else if ((cells[0] ?? '') === '' && rows.length > 0) {
        const prev = rows[rows.length - 1];
        cells.forEach((c, idx) => { if (prev && c !== '') prev.cells[idx] = fold(`${prev.cells[idx] ?? ''} ${c}`); });
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
        continue;
      } else if (cur) {
        cur.cells.push(fold(l.text));
      }
    }
    // Cells were read one per line: when a row has more or fewer lines than columns, assign by content.
    for (const r of rows) {
      if (r.cells.length === block.columns.length) continue;
      const [code, title, ...rest] = r.cells;
      const cells: string[] = new Array(block.columns.length).fill('');
      cells[0] = code ?? '';
      cells[block.columns.indexOf('title')] = title ?? '';
      const timeCol = block.columns.indexOf('timeframe');
      if (timeCol >= 0 && rest.length > 0 && looksLikeTime(rest[rest.length - 1] ?? '')) cells[timeCol] = rest.pop() ?? '';
      const agencyCols = block.columns.map((c, i) => [c, i] as const).filter(([c]) => c === 'lead' || c === 'coordinators' || c === 'implementers' || c === 'guides').map(([, i]) => i);
      rest.forEach((cell, idx) => {
        const col = agencyCols[Math.min(idx, agencyCols.length - 1)];
        if (col !== undefined) cells[col] = cells[col] ? `${cells[col]}; ${cell}` : cell;
      });
      if (rest.length > 0 && agencyCols.length > 0) ctx.warnings.push({ line: r.line, text: `${code}: line ${r.line}: table cells assigned to columns by their content` });
      r.cells = cells;
    }
  }
  return rows.map((r) => {
    const code = (r.cells[0] ?? '').replace(/\.$/u, '');
    const task: PlanJsonTask = { code, parent: parentOf(code), title: '', content: '', lead: [], coordinators: [], implementers: [], guides: [], timeframe: NO_TIMEFRAME };
    block.columns.forEach((col, i) => {
      const cell = r.cells[i] ?? '';
      if (cell === '') return;
      if (col === 'title') task.title = task.title ? fold(`${task.title} ${cell}`) : cell;
      else if (col === 'timeframe') task.timeframe = parseTimeframe(cell, ctx.year);
      else if (col === 'lead' || col === 'coordinators' || col === 'implementers' || col === 'guides') task[col].push(...splitAgencies(cell, ctx.lexicon));
    });
    return task;
  });
}
