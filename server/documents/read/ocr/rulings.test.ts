import { describe, expect, it } from 'vitest';
import { findPageRulings, type GrayImage, inkThreshold } from './rulings.js';
import { findTables } from './table.js';

/** A small deterministic random generator, so that every run draws the same page. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * An A4 page scanned at `dpi`: a bordered table of 5 columns and 6 rows with text-like strokes in
 * its cells, turned by `skewDeg`, its borders broken every inch or so, on gray paper with specks.
 */
function scannedTable(
  dpi: number,
  skewDeg: number,
  opts: { broken?: boolean; paper?: number; rules?: boolean } = {},
): GrayImage {
  const width = Math.round(8.27 * dpi);
  const height = Math.round(11.69 * dpi);
  const paper = opts.paper ?? 245;
  const rand = random(dpi * 1000 + Math.round(skewDeg * 10));
  const data = new Uint8Array(width * height).fill(paper);
  for (let k = 0; k < width * height * 0.002; k++) data[Math.floor(rand() * width * height)] = 90;
  const a = (skewDeg * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const ink = (x: number, y: number, level = 40): void => {
    // Turn the drawn point around the page centre, as a sheet laid askew on the scanner.
    const dx = x - cx;
    const dy = y - cy;
    const px = Math.round(cx + dx * Math.cos(a) - dy * Math.sin(a));
    const py = Math.round(cy + dx * Math.sin(a) + dy * Math.cos(a));
    if (px >= 0 && py >= 0 && px < width && py < height) data[py * width + px] = level;
  };
  const thick = Math.max(1, Math.round(dpi / 150));
  const breakEvery = dpi;
  const gap = Math.round(dpi / 60);
  const rule = (x0: number, y0: number, x1: number, y1: number): void => {
    const n = Math.round(Math.hypot(x1 - x0, y1 - y0));
    for (let i = 0; i <= n; i++) {
      if (opts.broken && i % breakEvery > breakEvery - gap) continue;
      for (let t = 0; t < thick; t++) {
        const x = x0 + ((x1 - x0) * i) / n;
        const y = y0 + ((y1 - y0) * i) / n;
        if (x0 === x1) ink(x + t, y, 70);
        else ink(x, y + t, 70);
      }
    }
  };
  const cols = [1, 1.6, 3.6, 5, 6.2, 7.27].map((inch) => Math.round(inch * dpi));
  const rows = [3, 3.5, 4.5, 5.3, 6.1, 6.9, 7.7].map((inch) => Math.round(inch * dpi));
  const top = rows[0] ?? 0;
  const bottom = rows[rows.length - 1] ?? 0;
  if (opts.rules !== false) {
    for (const x of cols) rule(x, top, x, bottom);
    for (const y of rows) rule(cols[0] ?? 0, y, cols[cols.length - 1] ?? 0, y);
  }
  // Text of 13 points: letters 0.1 inch tall on lines 0.2 inch apart, the cells' lines left-aligned so
  // that tall strokes ("l", "h", "K") stand exactly one above another down the whole table.
  const letter = Math.round(dpi * 0.1);
  for (let r = 0; r < rows.length - 1; r++) {
    for (let c = 0; c < cols.length - 1; c++) {
      for (let y = (rows[r] ?? 0) + dpi * 0.05; y < (rows[r + 1] ?? 0) - letter; y += dpi * 0.2) {
        for (let x = (cols[c] ?? 0) + dpi * 0.06; x < (cols[c + 1] ?? 0) - dpi * 0.1; x += dpi * 0.06) {
          const tall = Math.abs(x - ((cols[c] ?? 0) + dpi * 0.3)) < dpi * 0.03;
          const h = tall ? letter * 1.3 : letter;
          for (let dy = 0; dy < h; dy++) for (let dx = 0; dx < thick + 1; dx++) ink(x + dx, y + dy);
          if (!tall) for (let dx = 0; dx < dpi * 0.04; dx++) ink(x + dx, y + h / 2);
        }
      }
    }
  }
  return { width, height, data };
}

describe('ruling lines and tables on a scanned page', () => {
  for (const dpi of [150, 200, 300]) {
    for (const skew of [0, 1.2, -0.8]) {
      it(`finds the 5 × 6 table at ${dpi} dpi, turned by ${skew}°, its borders broken`, () => {
        const img = scannedTable(dpi, skew, { broken: true });
        const lineHeight = Math.round(dpi * 0.13);
        // The skew as the text's baselines measured it, a little off, or not measured at all.
        for (const measured of [(skew * 0.8 * Math.PI) / 180, 0]) {
          const rulings = findPageRulings(img, measured);
          const tables = findTables(rulings.vertical, rulings.horizontal, lineHeight);
          expect(tables).toHaveLength(1);
          expect(tables[0]?.columns).toHaveLength(6);
          expect(tables[0]?.rows).toHaveLength(7);
        }
      });
    }
  }

  it('finds the table on a dim photo’s gray paper too, without any skew correction', () => {
    const img = scannedTable(200, 0.6, { paper: 175 });
    expect(inkThreshold(img)).toBeLessThan(175);
    const rulings = findPageRulings(img, 0);
    const tables = findTables(rulings.vertical, rulings.horizontal, 26);
    expect(tables[0]?.columns).toHaveLength(6);
    expect(tables[0]?.rows).toHaveLength(7);
  });

  it('finds no ruling in the same page printed without borders', () => {
    const rulings = findPageRulings(scannedTable(200, 0.5, { rules: false }), 0);
    expect(rulings.vertical).toEqual([]);
    expect(rulings.horizontal).toEqual([]);
  });
});
