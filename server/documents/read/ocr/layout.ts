/**
 * Reading order rebuilt from word boxes, the way a person reads an official page: full-width lines
 * top to bottom; a two-column band (the header's issuer beside the national motto, the recipients
 * beside the signature) as its left column, then its right column; a bordered table row by row,
 * its cells separated by tabs (the parser's table convention), a cell's further lines on
 * continuation lines whose other cells are empty.
 */
import type { Ruling } from './rulings.js';
import { findTables, type Item, rowsOf, type Table, tableItems } from './table.js';
import type { OcrWord } from './words.js';

/** A word placed in the page text: offsets in its line and the recogniser's confidence (0–100). */
export interface PlacedWord {
  start: number;
  end: number;
  conf: number;
}

/** One line of the rebuilt page text. */
export interface LayoutLine {
  text: string;
  words: PlacedWord[];
}

interface Row {
  words: OcrWord[];
  y0: number;
  y1: number;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Border fragments read as letters ("|", "[") and doubtful specks are dropped; a bar glued to a word is cut off. */
function cleanWords(words: OcrWord[]): OcrWord[] {
  return (
    words
      .map((w) => ({
        ...w,
        text: w.text
          .replace(/[|¦]/gu, '')
          .replace(/^[[\]]+|[[\]]+$/gu, '')
          .trim(),
      }))
      .filter((w) => w.text !== '' && !/^[_—–-]{3,}$/u.test(w.text))
      // Specks of the scan (or what is left of a seal) read as signs standing alone: anything the
      // recogniser all but gave up on, a quote (Vietnamese official text has no apostrophe), a stop
      // or comma it doubts, a dash it doubts (a list item's dash is read sure).
      .filter((w) => /[\p{L}\p{N}]/u.test(w.text) || w.conf >= 30)
      .filter((w) => !/^[-–—]+$/u.test(w.text) || w.conf >= 50)
      .filter(
        (w) =>
          !/^[-'`´‘’,.:;!¡¿~^]+$/u.test(w.text) ||
          /^[-–—]+$/u.test(w.text) ||
          (w.conf >= 70 && !/['`´‘’]/u.test(w.text)),
      )
  );
}

const toRows = (words: OcrWord[], lineHeight: number): Row[] =>
  rowsOf(words, lineHeight).map((ws) => ({
    words: ws,
    y0: Math.min(...ws.map((w) => w.y0)),
    y1: Math.max(...ws.map((w) => w.y1)),
  }));

/** Splits a row into segments at horizontal gaps wider than `gap`. */
function segments(row: Row, gap: number): OcrWord[][] {
  const out: OcrWord[][] = [];
  for (const w of row.words) {
    const cur = out[out.length - 1];
    const last = cur?.[cur.length - 1];
    if (cur && last && w.x0 - last.x1 <= gap) cur.push(w);
    else out.push([w]);
  }
  return out;
}

/**
 * Two lines of two columns printed a little out of step ("KT. CHỦ TỊCH" half a line above
 * "Nơi nhận:"): each alone on its visual row, overlapping in height, far apart side by side.
 * Returns where the right one starts, or null.
 */
function sideBySide(a: Row, b: Row | undefined, gap: number, lineHeight: number): number | null {
  if (!b || b.y0 - a.y1 > lineHeight * 0.5 || segments(b, gap).length !== 1) return null;
  const ax0 = Math.min(...a.words.map((w) => w.x0));
  const ax1 = Math.max(...a.words.map((w) => w.x1));
  const bx0 = Math.min(...b.words.map((w) => w.x0));
  const bx1 = Math.max(...b.words.map((w) => w.x1));
  if (bx0 - ax1 > gap) return bx0;
  if (ax0 - bx1 > gap) return ax0;
  return null;
}

/**
 * Two-column bands outside tables: emitted as the left column's lines, then the right column's.
 * A band is found at its first row with text on both sides (or two rows side by side, out of
 * step); the rows just above it that stand
 * wholly on one side belong to it too (a signature's "KT. CHỦ TỊCH" printed a little higher than
 * "Nơi nhận:"), so a right-hand one goes after the left column rather than before it.
 */
function flowItems(rows: Row[], gap: number, lineHeight: number): Item[] {
  const items: Item[] = [];
  // The rows emitted alone, by item index, so that a band can take back the ones just above it.
  const alone = new Map<number, Row>();
  let i = 0;
  while (i < rows.length) {
    const row = rows[i] as Row;
    const segs = segments(row, gap);
    const pair = segs.length === 1 ? sideBySide(row, rows[i + 1], gap, lineHeight) : null;
    if (segs.length === 2 || pair !== null) {
      // The right column starts where its first segment starts; the left may run up to it.
      const rightStart = pair ?? Math.min(...(segs[1] ?? []).map((w) => w.x0));
      const boundary = rightStart - lineHeight * 0.5;
      const left: OcrWord[][] = [];
      const right: OcrWord[][] = [];
      let top = row.y0;
      let nextY0 = row.y0;
      while (items.length > 0 && alone.has(items.length - 1)) {
        const above = alone.get(items.length - 1) as Row;
        const side = above.words.every((w) => w.x1 <= boundary)
          ? 'left'
          : above.words.every((w) => w.x0 >= boundary)
            ? 'right'
            : null;
        if (!side || nextY0 - above.y1 > lineHeight * 1.5) break;
        if (side === 'left') left.unshift(above.words);
        else right.unshift(above.words);
        alone.delete(items.length - 1);
        items.pop();
        top = above.y0;
        nextY0 = above.y0;
      }
      let j = i;
      let prevY1 = row.y0;
      const leftX0 = Math.min(...(segs[0] ?? []).map((w) => w.x0));
      for (; j < rows.length; j++) {
        const r = rows[j] as Row;
        if (r.y0 - prevY1 > lineHeight * 2.5) break;
        const crosses = r.words.some((w) => w.x0 < boundary && w.x1 > boundary);
        // A long item of the left column's list (a recipient) may reach under the right column.
        const listItem =
          Math.abs((r.words[0]?.x0 ?? 0) - leftX0) < lineHeight * 1.5 && /^[-+•–]/u.test(r.words[0]?.text ?? '');
        if (crosses && listItem) {
          left.push(r.words);
          prevY1 = r.y1;
          continue;
        }
        if (crosses) break;
        const l = r.words.filter((w) => w.x1 <= boundary);
        const rr = r.words.filter((w) => w.x0 >= boundary);
        // A line reaching well past the left column's widest line, on a row of its own, is the page
        // again (a centred "PHỤ LỤC" under the signature), not the column.
        const widest = Math.max(...left.flat().map((w) => w.x1));
        const x1 = Math.max(...r.words.map((w) => w.x1));
        if (rr.length === 0 && !listItem && left.length >= 2 && x1 > widest + lineHeight) break;
        if (l.length) left.push(l);
        if (rr.length) right.push(rr);
        prevY1 = r.y1;
      }
      items.push({ y: top, lines: [...left, ...right].map((ws) => [ws]) });
      i = j;
      continue;
    }
    if (segs.length === 1) alone.set(items.length, row);
    items.push({ y: row.y0, lines: [segs] });
    i++;
  }
  return items;
}

/** Rebuilds the page's lines from its (deskewed) words and ruling lines, in full-page pixels. */
export function layoutPage(rawWords: OcrWord[], rulings: { vertical: Ruling[]; horizontal: Ruling[] }): LayoutLine[] {
  const words = cleanWords(rawWords);
  if (words.length === 0) return [];
  const lineHeight = median(words.filter((w) => w.text.length >= 2).map((w) => w.y1 - w.y0)) || 40;
  const tables = findTables(rulings.vertical, rulings.horizontal, lineHeight);
  const inTable = (w: OcrWord): Table | undefined => {
    const mx = (w.x0 + w.x1) / 2;
    const my = (w.y0 + w.y1) / 2;
    return tables.find((t) => mx > t.x0 && mx < t.x1 && my > t.y0 && my < t.y1);
  };
  const items: Item[] = [];
  for (const t of tables)
    items.push(
      ...tableItems(
        t,
        words.filter((w) => inTable(w) === t),
        lineHeight,
      ),
    );
  const flow = words.filter((w) => !inTable(w));
  items.push(...flowItems(toRows(flow, lineHeight), lineHeight * 2.5, lineHeight));
  items.sort((a, b) => a.y - b.y);
  const out: LayoutLine[] = [];
  for (const item of items) {
    for (const cells of item.lines) {
      let text = '';
      const placed: PlacedWord[] = [];
      cells.forEach((cell, c) => {
        if (c > 0) text += '\t';
        cell.forEach((w, k) => {
          if (k > 0) text += ' ';
          placed.push({ start: text.length, end: text.length + w.text.length, conf: w.conf });
          text += w.text;
        });
      });
      if (text.replace(/\t/g, '').trim() !== '') out.push({ text, words: placed });
    }
  }
  return out;
}
