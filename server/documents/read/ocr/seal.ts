/**
 * A red seal (and a red or blue signature) stamped over black text, separated from it. Ink on
 * paper mixes by multiplication, so in the red channel a red seal is nearly paper and black text
 * stays black; but a real seal is never pure red, and its ring and letters stay a light gray that
 * the recogniser reads as specks and stray letters. The seal's own red level is measured on the
 * page, and the red channel of reddish pixels is divided by it: the seal turns to paper, and text
 * under it keeps its darkness relative to the seal it lies under.
 */
import type { RgbImage } from './pnm.js';
import type { GrayImage } from './rulings.js';

/** Redness of a pixel: how far its red rises above its other two channels. */
const redness = (r: number, g: number, b: number): number => r - Math.max(g, b);

/** The gray page to recognise from a colour page: its red channel with any red seal lifted to paper. */
export function removeSeal(img: RgbImage): GrayImage {
  const { width, height, data } = img;
  const n = width * height;
  const out = new Uint8Array(n);
  // The seal's red: the median red of clearly red pixels (a seal covers a few thousand at least).
  const hist = new Array<number>(256).fill(0);
  let red = 0;
  for (let p = 0; p < n; p++) {
    const r = data[3 * p] ?? 255;
    if (redness(r, data[3 * p + 1] ?? 255, data[3 * p + 2] ?? 255) > 80) {
      hist[r] = (hist[r] ?? 0) + 1;
      red++;
    }
  }
  let sealRed = 255;
  if (red >= Math.max(500, n * 0.0005)) {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += hist[v] ?? 0;
      if (seen >= red / 2) {
        sealRed = Math.max(96, v);
        break;
      }
    }
  }
  for (let p = 0; p < n; p++) {
    const r = data[3 * p] ?? 255;
    const g = data[3 * p + 1] ?? 255;
    const b = data[3 * p + 2] ?? 255;
    // Weight 0 for neutral pixels (text, paper, a warm light), 1 for the seal's red.
    const w = Math.min(1, Math.max(0, (redness(r, g, b) - 30) / 50));
    const lifted = Math.min(255, (r * 255) / sealRed);
    out[p] = Math.round(r + w * (lifted - r));
  }
  return { width, height, data: out };
}

/**
 * A seal on a page scanned in gray: its ink is one even mid-gray (a red seal at about 90–110),
 * lighter than black text, and shows as a peak of that tone in the page's histogram. Where that
 * tone gathers in a ring-sized patch, every pixel lighter than black text is lifted to paper, so
 * the signature and name under the seal are read; elsewhere the page is left as it was.
 */
export function removeGraySeal(img: GrayImage): GrayImage {
  const { width, height, data } = img;
  const hist = new Array<number>(256).fill(0);
  for (const v of data) hist[v] = (hist[v] ?? 0) + 1;
  const band = (t: number): number => {
    let s = 0;
    for (let v = t - 2; v <= t + 2; v++) s += hist[v] ?? 0;
    return s;
  };
  // The seal's tone: a mid-gray band clearly above the smooth slope of text edges around it.
  let tone = -1;
  let best = 0;
  for (let t = 60; t <= 180; t++) {
    const base = (band(t - 20) + band(t + 20)) / 2;
    const ratio = band(t) / Math.max(1, base);
    if (band(t) >= width * height * 0.0015 && ratio > best) {
      best = ratio;
      tone = t;
    }
  }
  if (tone < 0 || best < 1.3) return img;
  // Patches where that tone gathers, in blocks of about 1/40 inch at the page's resolution.
  const block = Math.max(4, Math.round(width / 300));
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  const counts = new Uint16Array(bw * bh);
  const dark = new Uint16Array(bw * bh);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x] ?? 255;
      const b = Math.floor(y / block) * bw + Math.floor(x / block);
      if (Math.abs(v - tone) <= 12) counts[b] = (counts[b] ?? 0) + 1;
      else if (v < tone - 40) dark[b] = (dark[b] ?? 0) + 1;
    }
  const dense = (i: number): boolean => (counts[i] ?? 0) >= block * block * 0.2;
  const seen = new Uint8Array(bw * bh);
  const inch = width / 8.27;
  const out = new Uint8Array(data);
  let changed = false;
  for (let start = 0; start < bw * bh; start++) {
    if (!dense(start) || seen[start]) continue;
    const stack = [start];
    seen[start] = 1;
    let [x0, y0, x1, y1, n, toneInk, blackInk] = [bw, bh, 0, 0, 0, 0, 0];
    while (stack.length) {
      const p = stack.pop() as number;
      const px = p % bw;
      const py = (p - px) / bw;
      [x0, y0, x1, y1, n] = [Math.min(x0, px), Math.min(y0, py), Math.max(x1, px), Math.max(y1, py), n + 1];
      toneInk += counts[p] ?? 0;
      blackInk += dark[p] ?? 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const qx = px + dx;
          const qy = py + dy;
          const q = qy * bw + qx;
          if (qx >= 0 && qy >= 0 && qx < bw && qy < bh && !seen[q] && dense(q)) {
            seen[q] = 1;
            stack.push(q);
          }
        }
    }
    const w = (x1 - x0 + 1) * block;
    const h = (y1 - y0 + 1) * block;
    // A seal is a ring (or a stamp's frame) between a third of an inch and two and a half inches.
    if (w < inch * 0.35 || h < inch * 0.35 || w > inch * 2.5 || h > inch * 2.5) continue;
    if (n > (x1 - x0 + 1) * (y1 - y0 + 1) * 0.6) continue;
    // Text has black cores beside its gray edges; a seal is mostly its own tone.
    if (toneInk < blackInk * 1.5) continue;
    changed = true;
    const lift = tone - 25;
    for (let y = Math.max(0, (y0 - 2) * block); y < Math.min(height, (y1 + 3) * block); y++)
      for (let x = Math.max(0, (x0 - 2) * block); x < Math.min(width, (x1 + 3) * block); x++)
        if ((out[y * width + x] ?? 255) >= lift) out[y * width + x] = 255;
  }
  return changed ? { width, height, data: out } : img;
}
