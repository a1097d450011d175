/**
 * A second look at the numbers a page hangs on: a task's number alone on its line ("2.1"), in a
 * table's first column, or opening a heading. The page-wide binarisation that suits a photo's uneven light can blur a
 * short number into letters ("VÀ"); cut out with its own threshold (Otsu on the cut) it reads
 * cleanly. Only doubtful words there are read again, and the new reading is kept only when it is
 * a number and surer than the first.
 */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { otsu } from './photo.js';
import { writePgm } from './pnm.js';
import type { GrayImage } from './rulings.js';
import { runBinary } from './run.js';
import { shrinkGray } from './scale.js';
import type { OcrWord } from './words.js';

/** A row number as printed: "2", "2.1.", "II". */
export const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|[IVX]{1,5}\.?)$/u;

/** At most this many words are read again on one page (each is one short tesseract run). */
const MAX_REREADS = 8;

/** The shape of a number as the recogniser garbles it: digits, or look-alikes of digits, with stops. */
const NUMBERISH = /^[\dOoIl|SsBgZz°]{1,3}(?:[.,][\dOoIl|SsBgZz°]{1,3}){0,4}[.,)]?$/u;

/**
 * Doubtful words where a number belongs: alone on their line (a table's cells printed one per
 * line), in a table's first column, or opening a line with a number's shape ("°." for "5.",
 * "9.1." for "5.1." — a heading's number, which the whole task tree hangs on).
 */
export function numberSlots(words: OcrWord[], firstColumns: Array<{ x0: number; x1: number; y0: number; y1: number }>) {
  const lineHeight = [...words.map((w) => w.y1 - w.y0)].sort((a, b) => a - b)[Math.floor(words.length / 2)] ?? 30;
  const solid = (w: OcrWord): boolean => w.conf >= 50 && /[\p{L}\p{N}]/u.test(w.text);
  const sameRow = (a: OcrWord, b: OcrWord): boolean =>
    Math.abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) < lineHeight * 0.5;
  return words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.text.length <= 6 && /[\p{L}\p{N}°]/u.test(w.text))
    .filter(({ w, i }) => {
      const mid = (w.y0 + w.y1) / 2;
      const others = words.filter((o, k) => k !== i && solid(o) && sameRow(o, w));
      const alone = others.length === 0;
      const inFirst = firstColumns.some(
        (c) => (w.x0 + w.x1) / 2 > c.x0 && (w.x0 + w.x1) / 2 < c.x1 && mid > c.y0 && mid < c.y1,
      );
      if ((alone || inFirst) && w.conf < 70 && !(ROW_NUMBER.test(w.text) && w.conf >= 60)) return true;
      const opens = others.length > 0 && others.every((o) => o.x0 > w.x1);
      return opens && NUMBERISH.test(w.text) && w.conf < 85;
    })
    .slice(0, MAX_REREADS)
    .map(({ i }) => i);
}

/** Height, in pixels, of a word the recogniser reads surest when it stands alone on a cut-out. */
const WORD_HEIGHT = 28;

/**
 * A piece of the page, thresholded on its own, on a white margin; shrunk first (`scale` < 1)
 * when its type is larger than the recogniser reads well alone.
 */
export function cutOut(img: GrayImage, box: { x0: number; y0: number; x1: number; y1: number }, scale = 1): GrayImage {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(img.width, Math.ceil(box.x1));
  const y1 = Math.min(img.height, Math.ceil(box.y1));
  let piece: GrayImage = { width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0), data: new Uint8Array(0) };
  piece.data = new Uint8Array(piece.width * piece.height);
  for (let y = 0; y < piece.height; y++)
    piece.data.set(
      img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + piece.width),
      y * piece.width,
    );
  if (scale < 1) piece = shrinkGray(piece, scale);
  const { width: w, height: h } = piece;
  const t = otsu(piece);
  const pad = 20;
  const out = new Uint8Array((w + 2 * pad) * (h + 2 * pad)).fill(255);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      out[(y + pad) * (w + 2 * pad) + x + pad] = (piece.data[y * w + x] ?? 255) <= t ? 0 : 255;
  return { width: w + 2 * pad, height: h + 2 * pad, data: out };
}

/** Reads the doubtful number words again; returns the words with the surer readings put in. */
export async function rereadNumbers(
  words: OcrWord[],
  gray: GrayImage,
  slots: number[],
  o: { tesseract: string; dir: string; timeoutMs: () => number; signal?: AbortSignal },
): Promise<OcrWord[]> {
  const out = [...words];
  for (const [k, i] of slots.entries()) {
    const w = words[i];
    if (!w) continue;
    const h = w.y1 - w.y0;
    const file = join(o.dir, `number-${k}.pgm`);
    await writeFile(
      file,
      writePgm(
        cutOut(
          gray,
          { x0: w.x0 - h * 0.4, y0: w.y0 - h * 0.25, x1: w.x1 + h * 0.4, y1: w.y1 + h * 0.25 },
          Math.min(1, WORD_HEIGHT / Math.max(1, h)),
        ),
      ),
    );
    const tsv = (await runBinary(o.tesseract, [file, 'stdout', '-l', 'vie', '--psm', '7', 'tsv'], {
      timeoutMs: o.timeoutMs(),
      signal: o.signal,
    })) as string;
    const read = tsv
      .split('\n')
      .map((row) => row.split('\t'))
      .filter((c) => c[0] === '5' && (c[11] ?? '').trim() !== '');
    const text = read.map((c) => (c[11] ?? '').trim()).join('');
    const conf = Math.min(...read.map((c) => Number(c[10])));
    if (ROW_NUMBER.test(text) && conf >= 60 && conf > w.conf) out[i] = { ...w, text, conf };
  }
  return out;
}
