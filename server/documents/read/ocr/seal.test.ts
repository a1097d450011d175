import { describe, expect, it } from 'vitest';
import type { RgbImage } from './pnm.js';
import { readPnm, writePgm } from './pnm.js';
import { removeGraySeal, removeSeal } from './seal.js';

/**
 * A 300 × 200 scrap of a signature block: black strokes of text on white paper, a red seal's
 * ring (the colour of a real scanned seal, not pure red) over them, and a line of text in dark
 * gray. Ink multiplies: a black stroke under the seal stays nearly black.
 */
function stamped(seal: [number, number, number]): { img: RgbImage; text: Set<number>; ring: Set<number> } {
  const width = 300;
  const height = 200;
  const data = new Uint8Array(width * height * 3).fill(250);
  const text = new Set<number>();
  const ring = new Set<number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = y * width + x;
      const inText = y % 40 >= 10 && y % 40 < 22 && x % 9 < 3;
      const r = Math.hypot(x - 150, y - 100);
      const inRing = r > 70 && r < 80;
      let rgb: [number, number, number] = [250, 250, 250];
      if (inRing) rgb = seal;
      if (inText) rgb = inRing ? [Math.round(seal[0] * 0.12), 8, 8] : [25, 25, 25];
      data.set(rgb, 3 * p);
      if (inText) text.add(p);
      else if (inRing) ring.add(p);
    }
  }
  return { img: { width, height, data }, text, ring };
}

const mean = (data: Uint8Array, set: Set<number>): number =>
  [...set].reduce((s, p) => s + (data[p] ?? 0), 0) / set.size;

describe('a red seal over the text', () => {
  it('turns the seal to paper and keeps the text under it dark, whatever red the seal was printed in', () => {
    for (const colour of [
      [204, 64, 72],
      [180, 40, 50],
      [235, 110, 120],
    ] as Array<[number, number, number]>) {
      const { img, text, ring } = stamped(colour);
      const gray = removeSeal(img);
      expect(mean(gray.data, ring)).toBeGreaterThan(235);
      expect(mean(gray.data, text)).toBeLessThan(60);
      // The red channel alone, as before, left the ring a gray the recogniser reads as letters.
      const redOnly = new Uint8Array(img.width * img.height).map((_, p) => img.data[3 * p] ?? 0);
      expect(mean(redOnly, ring)).toBeLessThan(236);
    }
  });

  it('leaves a page without red as its red channel (warm light, gray text)', () => {
    const width = 4;
    const data = new Uint8Array([240, 228, 190, 30, 30, 30, 120, 118, 115, 255, 250, 240]);
    const gray = removeSeal({ width, height: 1, data });
    expect([...gray.data]).toEqual([240, 30, 120, 255]);
  });

  it('writes and reads back a PGM, and reads a PPM', () => {
    const { img } = stamped([204, 64, 72]);
    const gray = removeSeal(img);
    const back = readPnm(writePgm(gray));
    expect(back?.kind).toBe('gray');
    expect(back?.image.width).toBe(300);
    expect(Buffer.from(back?.image.data ?? []).equals(Buffer.from(gray.data))).toBe(true);
    const ppm = Buffer.concat([Buffer.from('P6\n# scanner\n300 200\n255\n'), Buffer.from(img.data)]);
    expect(readPnm(ppm)?.kind).toBe('rgb');
    expect(readPnm(Buffer.from('P6\n300 200\n65535\n'))).toBeNull();
  });
});

describe('a seal on a page scanned in gray', () => {
  /** A page at 150 dpi: lines of black text with gray edges, and optionally a gray ring over some of them. */
  function grayPage(withSeal: boolean): {
    img: { width: number; height: number; data: Uint8Array };
    ring: number[];
    text: number[];
  } {
    const width = 1240;
    const height = 1754;
    const data = new Uint8Array(width * height).fill(246);
    const ring: number[] = [];
    const text: number[] = [];
    for (let y = 100; y < 1700; y++)
      for (let x = 100; x < 1140; x++) {
        const p = y * width + x;
        if (y % 30 < 12 && x % 9 < 3) {
          data[p] = 25;
          text.push(p);
        } else if (y % 30 < 12 && x % 9 === 3) data[p] = 140 + ((x * 7 + y) % 80); // anti-aliased edges
      }
    if (withSeal)
      for (let y = 1200; y < 1500; y++)
        for (let x = 800; x < 1100; x++) {
          const r = Math.hypot(x - 950, y - 1350);
          if (r < 100 || r > 108) continue;
          const p = y * width + x;
          if (data[p] === 25) continue; // black ink over the seal stays black
          data[p] = 96 + ((x + y) % 7);
          ring.push(p);
        }
    return { img: { width, height, data }, ring, text };
  }

  it('lifts the seal’s ring to paper and leaves the text black', () => {
    const { img, ring, text } = grayPage(true);
    const out = removeGraySeal(img);
    expect(ring.every((p) => out.data[p] === 255)).toBe(true);
    expect(text.every((p) => out.data[p] === 25)).toBe(true);
    // Far from the seal, nothing changed at all (the text's gray edges included).
    for (let p = 0; p < 1100 * 1240; p++) if (out.data[p] !== img.data[p]) throw new Error(`pixel ${p} changed`);
  });

  it('leaves a page without a seal untouched', () => {
    const { img } = grayPage(false);
    expect(removeGraySeal(img)).toBe(img);
  });
});
