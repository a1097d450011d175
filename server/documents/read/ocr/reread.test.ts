import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPnm } from './pnm.js';
import { cutOut, numberSlots, rereadNumbers } from './reread.js';
import type { GrayImage } from './rulings.js';
import type { OcrWord } from './words.js';

const word = (text: string, x0: number, y0: number, conf: number, w = 60): OcrWord => ({
  text,
  conf,
  x0,
  y0,
  x1: x0 + w,
  y1: y0 + 38,
  line: text,
});

/** Text as ImageMagick draws it in Liberation Serif, 8-bit gray. */
function label(text: string): GrayImage {
  const pgm = execFileSync('/usr/bin/convert', [
    '-background',
    'white',
    '-fill',
    'black',
    '-font',
    'Liberation-Serif',
    '-pointsize',
    '40',
    `label:${text}`,
    '-depth',
    '8',
    'pgm:-',
  ]);
  const read = readPnm(pgm);
  if (read?.kind !== 'gray') throw new Error('no label');
  return read.image;
}

/** A strip of a photographed page: gray, unevenly lit paper, the label washed out on it at (x, y). */
function photoStrip(
  text: string,
  x: number,
  y: number,
): { page: GrayImage; box: { x0: number; y0: number; x1: number; y1: number } } {
  const width = 700;
  const height = 160;
  const data = new Uint8Array(width * height);
  for (let py = 0; py < height; py++)
    for (let px = 0; px < width; px++) data[py * width + px] = 150 + Math.round((px / width) * 60);
  const l = label(text);
  for (let ly = 0; ly < l.height; ly++)
    for (let lx = 0; lx < l.width; lx++) {
      const ink = 255 - (l.data[ly * l.width + lx] ?? 255);
      const p = (y + ly) * width + x + lx;
      data[p] = Math.max(0, (data[p] ?? 0) - Math.round(ink * 0.45));
    }
  // The word's box as tesseract gives it: tight around the ink.
  let [bx0, by0, bx1, by1] = [l.width, l.height, 0, 0];
  for (let ly = 0; ly < l.height; ly++)
    for (let lx = 0; lx < l.width; lx++)
      if ((l.data[ly * l.width + lx] ?? 255) < 128)
        [bx0, by0, bx1, by1] = [Math.min(bx0, lx), Math.min(by0, ly), Math.max(bx1, lx + 1), Math.max(by1, ly + 1)];
  return { page: { width, height, data }, box: { x0: x + bx0, y0: y + by0, x1: x + bx1, y1: y + by1 } };
}

const dir = mkdtempSync(join(tmpdir(), 'ttdn-reread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { tesseract: 'tesseract', dir, timeoutMs: () => 20_000 };

describe('a second look at doubtful numbers', () => {
  it('picks the doubtful words where a number belongs: alone on a line, or in a table’s first column', () => {
    const words = [
      word('VÀ', 100, 100, 40),
      word('|', 170, 98, 55, 8),
      word('Sản', 100, 170, 96),
      word('xuất', 180, 170, 95),
      word('l.2', 100, 240, 50),
      word('Cung', 300, 240, 96),
      word('cấp', 400, 240, 95),
      word('2.2', 100, 310, 96),
      word('Và', 100, 380, 45),
      word('các', 180, 380, 96),
      // Headings: a number garbled ("°." for "5."), one read with doubt, and a sure one.
      word('°.', 100, 450, 7, 30),
      word('Các', 140, 450, 96),
      word('9.1.', 100, 520, 69),
      word('Công', 180, 520, 96),
      word('5.2.', 100, 590, 95),
      word('Tuyên', 180, 590, 96),
    ];
    // "l.2" shares its row with the cell beside it, but stands in the table's first column.
    const slots = numberSlots(words, [{ x0: 80, x1: 200, y0: 220, y1: 300 }]);
    expect(slots.map((i) => words[i]?.text)).toEqual(['VÀ', 'l.2', '°.', '9.1.']);
  });

  it('cuts a word out with a threshold of its own, on a white margin', () => {
    const { page, box } = photoStrip('2.1', 100, 50);
    const cut = cutOut(page, box);
    expect(cut.width).toBe(box.x1 - box.x0 + 40);
    expect(new Set(cut.data)).toEqual(new Set([0, 255]));
    expect(cut.data[0]).toBe(255);
  });

  it('reads a washed-out number again and keeps the new reading only when it is a number', async () => {
    const number = photoStrip('2.1', 120, 60);
    const text = photoStrip('Và', 120, 60);
    const doubtful = { ...word('VÀ', 0, 0, 40), ...number.box };
    const [fixed] = await rereadNumbers([doubtful], number.page, [0], options);
    expect(fixed?.text).toBe('2.1');
    expect(fixed?.conf).toBeGreaterThan(60);
    const real = { ...word('Và', 0, 0, 40), ...text.box };
    const [kept] = await rereadNumbers([real], text.page, [0], options);
    expect(kept).toEqual(real);
  }, 30_000);
});
