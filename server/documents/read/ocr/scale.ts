/**
 * The size the recogniser reads best at. Tesseract's Vietnamese model misreads large glyphs (a
 * 13–14 pt official text at 300 dpi gives "N gày", "NÑ goại" for "Ngày", "Ngoại"), and reads the
 * same page cleanly at three quarters of that size. The page's line pitch is measured from its
 * ink (the period of the rows' ink profile); a page whose lines are further apart than the
 * recogniser likes, and which it read with doubts, is read again shrunk to that pitch. A smaller
 * page is never enlarged.
 */
import type { GrayImage } from './rulings.js';

/** Line pitch, in pixels, that the recogniser reads best (about 13 pt at 225 dpi). */
export const TARGET_PITCH = 46;

/**
 * The distance between text lines, in pixels: the first strong peak of the autocorrelation of
 * the rows' ink counts. Null on a page without regular lines of text.
 */
export function linePitch(img: GrayImage, threshold = 128): number | null {
  const { width, height, data } = img;
  const profile = new Float64Array(height);
  for (let y = 0; y < height; y++) {
    let ink = 0;
    for (let x = 0; x < width; x += 2) if ((data[y * width + x] ?? 255) < threshold) ink++;
    profile[y] = ink;
  }
  let mean = 0;
  for (const v of profile) mean += v;
  mean /= height || 1;
  for (let y = 0; y < height; y++) profile[y] = (profile[y] ?? 0) - mean;
  const corr = (k: number): number => {
    let s = 0;
    for (let y = 0; y + k < height; y++) s += (profile[y] ?? 0) * (profile[y + k] ?? 0);
    return s / (height - k);
  };
  const zero = corr(0);
  if (zero <= 0) return null;
  const lo = 16;
  const hi = Math.min(200, Math.floor(height / 4));
  const r: number[] = [];
  for (let k = 0; k <= hi + 1; k++) r.push(k < lo - 1 ? 0 : corr(k) / zero);
  // The first local maximum that stands out: lines of text repeat at their pitch.
  for (let k = lo; k <= hi; k++) {
    const v = r[k] ?? 0;
    if (v > 0.25 && v >= (r[k - 1] ?? 0) && v >= (r[k + 1] ?? 0)) return k;
  }
  return null;
}

/** Shrinks a gray image by `scale` (< 1), each new pixel the mean of the old pixels it covers. */
export function shrinkGray(img: GrayImage, scale: number): GrayImage {
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const data = new Uint8Array(width * height);
  const fx = img.width / width;
  const fy = img.height / height;
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * fy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * fy));
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * fx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * fx));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += img.data[yy * img.width + xx] ?? 255;
      data[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)));
    }
  }
  return { width, height, data };
}

/** The scale at which to recognise a page: below 1 when its lines are further apart than the target. */
export function readingScale(img: GrayImage): number {
  const pitch = linePitch(img);
  if (pitch === null || pitch <= TARGET_PITCH * 1.08) return 1;
  return Math.max(0.5, TARGET_PITCH / pitch);
}
