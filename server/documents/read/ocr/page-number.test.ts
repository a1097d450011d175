import { describe, expect, it } from 'vitest';
import { readPageNumber } from './page-number.js';
import type { OcrWord } from './words.js';

/** An A4 page at 200 dpi: body lines of words, and the given margin lines, as tesseract boxes them. */
function page(opts: { top?: string[]; bottom?: string[]; bodyFrom?: number; bodyTo?: number }): OcrWord[] {
  const words: OcrWord[] = [];
  let id = 0;
  const line = (texts: string[], y: number, x = 200, conf = 95): void => {
    let cx = x;
    for (const text of texts) {
      const w = text.length * 18;
      words.push({ text, conf, x0: cx, y0: y, x1: cx + w, y1: y + 36, line: `1.1.${id}` });
      cx += w + 14;
    }
    id++;
  };
  if (opts.top) line(opts.top, 120, 780);
  for (let y = opts.bodyFrom ?? 260; y < (opts.bodyTo ?? 2100); y += 60)
    line(['Các', 'cơ', 'quan', 'báo', 'cáo', 'kết', 'quả', '6', 'tháng', 'trước', 'ngày', '15/6/2026.'], y);
  if (opts.bottom) line(opts.bottom, 2240, 780);
  return words;
}

const H = 2339;

describe('the page number printed on a page', () => {
  it('reads a lone number, "- 2 -", "Trang 2" and "Trang 2/5" at the top or the bottom', () => {
    expect(readPageNumber(page({ top: ['2'] }), H)).toBe(2);
    expect(readPageNumber(page({ top: ['-', '3', '-'] }), H)).toBe(3);
    expect(readPageNumber(page({ top: ['-3-'] }), H)).toBe(3);
    expect(readPageNumber(page({ bottom: ['Trang', '4'] }), H)).toBe(4);
    expect(readPageNumber(page({ bottom: ['Trang', '5/7'] }), H)).toBe(5);
    expect(readPageNumber(page({ bottom: ['12'] }), H)).toBe(12);
  });

  it('reads the usual misreadings of a one: "l", "I", "|"', () => {
    expect(readPageNumber(page({ top: ['-', 'l', '-'] }), H)).toBe(1);
    expect(readPageNumber(page({ bottom: ['I0'] }), H)).toBe(10);
  });

  it('finds the number of a photo whose margins are cropped away, with a speck beside it', () => {
    const words = page({ top: ['2'], bodyFrom: 170 });
    // The sheet fills the frame: the number stands much lower than a scan's margin.
    for (const w of words) {
      w.y0 += 250;
      w.y1 += 250;
    }
    words.push({ text: '¬', conf: 12, x0: 20, y0: 372, x1: 40, y1: 400, line: 'x' });
    expect(readPageNumber(words, H)).toBe(2);
  });

  it('takes no number from a heading, a numbered line or a number inside the text', () => {
    expect(readPageNumber(page({ top: ['ỦY', 'BAN', 'NHÂN', 'DÂN'] }), H)).toBeNull();
    expect(readPageNumber(page({ top: ['2.'] }), H)).toBeNull();
    expect(readPageNumber(page({ top: ['II.', 'NHIỆM', 'VỤ'] }), H)).toBeNull();
    expect(readPageNumber(page({}), H)).toBeNull();
    // A lone number in the middle of the page is a table cell or a list, not the page's number.
    const words = page({ bodyTo: 1000 });
    words.push({ text: '7', conf: 95, x0: 780, y0: 1100, x1: 800, y1: 1136, line: 'm' });
    expect(readPageNumber(words, H)).toBeNull();
  });
});
