/**
 * Bordered tables on a recognised page: found from the ruling lines (column borders sharing a
 * vertical span, row borders across them), and read row by row, each cell's words in its column.
 * Scans break borders, leave them slightly slanted and let the recogniser glue two cells' words
 * into one; these are repaired here from the geometry, whatever the table says.
 */
import type { Ruling } from './rulings.js';
import type { OcrWord } from './words.js';

/** A bordered table: its box, its column borders (x) and row borders (y), in page pixels. */
export interface Table {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  columns: number[];
  rows: number[];
}

/** A piece of the page in reading order: its top, and its lines as cells of words. */
export interface Item {
  y: number;
  lines: Array<Array<OcrWord[]>>;
}

const overlap = (a: Ruling, b: Ruling): number => Math.min(a.to, b.to) - Math.max(a.from, b.from);

/** Whether a border piece starts and ends on row borders (a border that only some rows have: merged cells). */
function endsOnRows(v: Ruling, horizontal: Ruling[], tolerance: number): boolean {
  const on = (y: number): boolean =>
    horizontal.some((h) => Math.abs(h.at - y) <= tolerance && h.from - tolerance <= v.at && h.to + tolerance >= v.at);
  return on(v.from) && on(v.to);
}

/**
 * Bordered tables: column borders that share a vertical span (three or more, so two columns at
 * least) under a rule across them. A border broken into pieces at one x is one border; a shorter border counts when it
 * covers half the table's height or runs from one row border to another, so letters that happen
 * to stand one above another in a cell never make a column.
 */
export function findTables(vertical: Ruling[], horizontal: Ruling[], lineHeight: number): Table[] {
  const candidates = vertical.filter((v) => v.to - v.from >= lineHeight * 1.2).sort((a, b) => a.from - b.from);
  // One x, several pieces: join them across breaks up to two line heights.
  const joined: Ruling[] = [];
  for (const v of candidates) {
    const same = joined.find((o) => Math.abs(o.at - v.at) <= lineHeight * 0.4 && v.from <= o.to + lineHeight * 2);
    if (same) {
      same.to = Math.max(same.to, v.to);
      same.from = Math.min(same.from, v.from);
    } else joined.push({ ...v });
  }
  const tall = joined.filter((v) => v.to - v.from >= lineHeight * 2.5).sort((a, b) => b.to - b.from - (a.to - a.from));
  const groups: Ruling[][] = [];
  for (const v of tall) {
    const g = groups.find((grp) => grp.some((o) => overlap(o, v) > 0.5 * Math.min(o.to - o.from, v.to - v.from)));
    if (g) g.push(v);
    else groups.push([v]);
  }
  const tables: Table[] = [];
  for (const g of groups) {
    const y0 = Math.min(...g.map((v) => v.from));
    const y1 = Math.max(...g.map((v) => v.to));
    const span: Ruling = { at: 0, from: y0, to: y1 };
    const members = joined.filter(
      (v) =>
        overlap(v, span) > 0 &&
        (overlap(v, span) >= 0.5 * (y1 - y0) || endsOnRows(v, horizontal, Math.max(3, lineHeight * 0.3))),
    );
    const xs: number[] = [];
    for (const x of members.map((v) => v.at).sort((a, b) => a - b))
      if (xs.length === 0 || x - (xs[xs.length - 1] ?? 0) > lineHeight * 0.8) xs.push(x);
    if (xs.length < 3) continue;
    const x0 = xs[0] ?? 0;
    const x1 = xs[xs.length - 1] ?? 0;
    // A row border may be broken too: the pieces at one height count together.
    const byHeight: Array<{ at: number; covered: number }> = [];
    for (const h of horizontal
      .filter((h) => h.at >= y0 - lineHeight && h.at <= y1 + lineHeight)
      .sort((a, b) => a.at - b.at)) {
      const covered = Math.max(0, Math.min(h.to, x1) - Math.max(h.from, x0));
      const last = byHeight[byHeight.length - 1];
      if (last && h.at - last.at <= lineHeight * 0.6) last.covered += covered;
      else byHeight.push({ at: h.at, covered });
    }
    const rows = byHeight.filter((h) => h.covered >= (x1 - x0) * 0.5).map((h) => h.at);
    // A table has a rule across it (its top at least); a seal's ring or a fold has none.
    if (rows.length === 0) continue;
    tables.push({ x0, x1, y0, y1, columns: xs, rows });
  }
  return tables;
}

/** Where a glued word may be cut: after punctuation, or between a small letter and a capital. */
function cutPoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1] ?? '';
    const b = text[i] ?? '';
    if (/[,.;:)]/u.test(a) && /[\p{L}\d(]/u.test(b)) out.push(i);
    else if (/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b)) out.push(i);
  }
  return out;
}

/**
 * A word whose box runs across a column border holds the end of one cell and the start of the
 * next ("lýỦy", "hóa,Ủy"): it is cut at the break nearest to where the border crosses it.
 */
export function splitAcrossBorders(words: OcrWord[], borders: number[], lineHeight: number): OcrWord[] {
  const out: OcrWord[] = [];
  for (const w of words) {
    const margin = lineHeight * 0.2;
    const border = borders.find((x) => w.x0 < x - margin && w.x1 > x + margin);
    if (border === undefined || w.text.length < 2) {
      out.push(w);
      continue;
    }
    const at = ((border - w.x0) / (w.x1 - w.x0)) * w.text.length;
    const cut = cutPoints(w.text)
      .filter((i) => Math.abs(i - at) <= Math.max(2, w.text.length * 0.25))
      .sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
    if (cut === undefined) {
      out.push(w);
      continue;
    }
    const xCut = w.x0 + ((w.x1 - w.x0) * cut) / w.text.length;
    out.push({ ...w, text: w.text.slice(0, cut), x1: Math.min(xCut, border - 1) });
    out.push({ ...w, text: w.text.slice(cut), x0: Math.max(xCut, border + 1) });
  }
  return out;
}

/**
 * Row numbers whose dot the recogniser lost ("11", "12" for "1.1", "1.2"): a number that breaks
 * the running order, and reads as the next sub-number of the current item once a dot is put back.
 * A number misread ("LÌn", "15") between two that leave one choice ("1" … "1.2") is that choice.
 */
export function repairRowNumbers(numbers: string[]): string[] {
  let top = 0;
  let sub = 0;
  const out = numbers.map((raw) => {
    const n = raw.replace(/^(\d+),(\d+)/u, '$1.$2');
    const dotted = /^(\d+)\.(\d+)\.?$/u.exec(n);
    if (dotted) {
      top = Number(dotted[1]);
      sub = Number(dotted[2]);
      return n;
    }
    const plain = /^(\d{1,3})\.?$/u.exec(n);
    if (!plain) return n;
    const value = Number(plain[1]);
    const digits = plain[1] ?? '';
    const head = String(top);
    const next = String(sub + 1);
    if (top > 0 && value !== top + 1 && digits === head + next) {
      sub += 1;
      return `${head}.${next}`;
    }
    top = value;
    sub = 0;
    return n;
  });
  return out.map((s, i) => fitOrder(out[i - 1], s, out[i + 1]));
}

const numberOf = (s: string | undefined): [number, number] | null => {
  const m = /^(\d+)(?:\.(\d+))?\.?$/u.exec(s ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : null;
};

/**
 * A row number misread ("LÌn", "15") between two good ones: the one value that follows the number
 * before it and leads to the number after it ("1.1" … "2" leaves "1.2"), or the text as read.
 */
function fitOrder(before: string | undefined, s: string, after: string | undefined): string {
  const prev = numberOf(before);
  const next = numberOf(after);
  if (!prev || !next || s === '' || s.length > 4 || /\s/u.test(s)) return s;
  const follows = (a: [number, number], b: [number, number]): boolean =>
    (b[0] === a[0] && b[1] === a[1] + 1) || (b[0] === a[0] + 1 && b[1] <= 1);
  const cur = numberOf(s);
  if (cur && follows(prev, cur) && follows(cur, next)) return s;
  const candidates: Array<[number, number]> = [
    [prev[0], prev[1] + 1],
    [prev[0] + 1, 0],
    [prev[0] + 1, 1],
  ];
  const fits = candidates.filter((c) => follows(c, next) && follows(prev, c));
  // A new item opens with its plain number ("2") rather than its first sub-item ("2.1").
  const plain = fits.filter((c) => !(c[1] === 1 && fits.some((o) => o[0] === c[0] && o[1] === 0)));
  const [only] = plain;
  if (plain.length !== 1 || !only) return s;
  return only[1] > 0 ? `${only[0]}.${only[1]}` : String(only[0]);
}

/** Groups words into visual rows: words whose vertical middles fall within one row's band. */
export function rowsOf(words: OcrWord[], lineHeight: number): OcrWord[][] {
  const sorted = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  const rows: Array<{ words: OcrWord[]; y0: number; y1: number }> = [];
  for (const w of sorted) {
    const mid = (w.y0 + w.y1) / 2;
    const row = rows[rows.length - 1];
    if (row && mid - (row.y0 + row.y1) / 2 < lineHeight * 0.5) {
      row.words.push(w);
      row.y0 = Math.min(row.y0, w.y0);
      row.y1 = Math.max(row.y1, w.y1);
    } else rows.push({ words: [w], y0: w.y0, y1: w.y1 });
  }
  return rows.map((r) => r.words.sort((a, b) => a.x0 - b.x0));
}

/** Bits of a border read as text ("(", "|", "l" standing alone on the line) are not words of a cell. */
function borderNoise(w: OcrWord, borders: number[], lineHeight: number): boolean {
  if (!/^[()[\]|!lI1{}]$/u.test(w.text)) return false;
  return borders.some((x) => w.x0 - lineHeight * 0.5 <= x && w.x1 + lineHeight * 0.5 >= x);
}

/** The table's rows as items: one line per visual line of the tallest cell, cells tab-separated. */
export function tableItems(table: Table, rawWords: OcrWord[], lineHeight: number): Item[] {
  const inner = table.columns.slice(1, -1);
  const words = splitAcrossBorders(rawWords, inner, lineHeight)
    .filter((w) => !borderNoise(w, table.columns, lineHeight))
    .map((w) => {
      // An opening bracket glued to the start of a cell, with no closing one, is the border's edge.
      const nearBorder = table.columns.some((x) => Math.abs(w.x0 - x) <= lineHeight * 0.5);
      return nearBorder && /^[(|[]\S/u.test(w.text) && !/[)\]]/u.test(w.text) ? { ...w, text: w.text.slice(1) } : w;
    });
  const columnOf = (w: OcrWord): number => {
    const mid = (w.x0 + w.x1) / 2;
    let c = 0;
    for (let i = 0; i < table.columns.length - 1; i++) if (mid >= (table.columns[i] ?? 0)) c = i;
    return c;
  };
  const n = table.columns.length - 1;
  const bands: OcrWord[][] = [];
  if (table.rows.length >= 2) {
    for (let i = 0; i < table.rows.length - 1; i++) bands.push([]);
    for (const w of words) {
      const mid = (w.y0 + w.y1) / 2;
      let k = table.rows.findIndex((y, i) => i < table.rows.length - 1 && mid >= y && mid < (table.rows[i + 1] ?? 0));
      if (k < 0) k = mid < (table.rows[0] ?? 0) ? 0 : bands.length - 1;
      bands[k]?.push(w);
    }
  } else {
    // No row borders: a row starts at a visual line whose first column has text.
    for (const r of rowsOf(words, lineHeight)) {
      if (bands.length === 0 || r.some((w) => columnOf(w) === 0)) bands.push([]);
      bands[bands.length - 1]?.push(...r);
    }
  }
  const rows: Array<{ y: number; cells: OcrWord[][][] }> = [];
  for (const band of bands) {
    if (band.length === 0) continue;
    const cells: OcrWord[][][] = Array.from({ length: n }, (_, c) =>
      rowsOf(
        band.filter((w) => columnOf(w) === c),
        lineHeight,
      ),
    );
    // The first column (the row's number) goes whole on the row's first line, wherever it sits.
    const first = cells[0] ?? [];
    cells[0] = first.length > 0 ? [first.flat()] : [];
    rows.push({ y: Math.min(...band.map((w) => w.y0)), cells });
  }
  const numbers = repairRowNumbers(rows.map((r) => (r.cells[0]?.[0] ?? []).map((w) => w.text).join('')));
  rows.forEach((r, i) => {
    const cell = r.cells[0]?.[0];
    const text = numbers[i] ?? '';
    if (cell && cell.length > 0 && (cell.length > 1 || text !== cell[0]?.text) && /^\d/u.test(text)) {
      r.cells[0] = [[{ ...(cell[0] as OcrWord), text, x1: Math.max(...cell.map((w) => w.x1)) }]];
    }
  });
  return rows.map((r) => {
    const depth = Math.max(1, ...r.cells.map((c) => c.length));
    const lines: Array<Array<OcrWord[]>> = [];
    for (let i = 0; i < depth; i++) lines.push(r.cells.map((c) => c[i] ?? []));
    return { y: r.y, lines };
  });
}
