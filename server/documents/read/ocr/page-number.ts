/**
 * The page number printed on a page, read from its word boxes: how Vietnamese offices number
 * pages ("2", "- 2 -", "Trang 2", "Trang 2/5", "2/5"), alone on the first or last line of text,
 * in the top or bottom quarter of the sheet. A photo's margins vary with the framing, so the line
 * is found as the outermost line of text rather than at a fixed distance from the edge; specks
 * the recogniser doubts (a finger's shadow, dust) do not count as text on that line.
 */
import { rowsOf } from './table.js';
import type { OcrWord } from './words.js';

/** Printed page-number forms, the number in group 1. */
const PAGE_NUMBER = /^(?:trang|tr\.)?\s*[-–—~]?\s*(\d{1,3})\s*[-–—~]?\s*(?:\/\s*\d{1,3}|(?:trên|of)\s+\d{1,3})?$/iu;

/** OCR's usual misreadings inside a lone page number: l, I, | for 1; O, o for 0. */
const digitsOf = (text: string): string =>
  text.replace(/(?<![\p{L}])[lI|](?![\p{L}])/gu, '1').replace(/(?<=\d)[Oo]|[Oo](?=\d)/gu, '0');

const isNoise = (w: OcrWord): boolean => w.conf < 40 && !/[\p{L}\p{N}]{2}|\d/u.test(w.text);

/** The page number printed on the page, or null when none is found. */
export function readPageNumber(words: OcrWord[], height: number): number | null {
  const text = words.filter((w) => !isNoise(w));
  if (text.length === 0) return null;
  const lineHeight = [...text.map((w) => w.y1 - w.y0)].sort((a, b) => a - b)[Math.floor(text.length / 2)] ?? 20;
  const rows = rowsOf(text, lineHeight);
  // The outermost two lines at each end: a running header or a footnote may sit beyond the number.
  const ends = [...rows.slice(0, 2), ...rows.slice(-2).reverse()];
  for (const row of ends) {
    const y0 = Math.min(...row.map((w) => w.y0));
    const y1 = Math.max(...row.map((w) => w.y1));
    if (y1 > height * 0.25 && y0 < height * 0.75) continue;
    const m = PAGE_NUMBER.exec(digitsOf(row.map((w) => w.text).join(' ')).trim());
    const n = m ? Number(m[1]) : 0;
    if (n >= 1 && n <= 500) return n;
  }
  return null;
}
