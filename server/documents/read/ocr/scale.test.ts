import { describe, expect, it } from 'vitest';
import type { GrayImage } from './rulings.js';
import { linePitch, readingScale, shrinkGray, TARGET_PITCH } from './scale.js';

/** A page of text lines `pitch` pixels apart: each line a band of letter strokes with gaps. */
function lines(pitch: number, height = 1200, width = 800): GrayImage {
  const data = new Uint8Array(width * height).fill(245);
  for (let top = 60; top + pitch < height - 60; top += pitch) {
    const tall = Math.round(pitch * 0.55);
    for (let y = top; y < top + tall; y++)
      for (let x = 80; x < width - 80; x++)
        if (x % 11 < 3 || (y - top > tall * 0.4 && x % 11 < 7)) data[y * width + x] = 30;
  }
  return { width, height, data };
}

describe('the size a page is read at', () => {
  it('measures the distance between lines of text', () => {
    for (const pitch of [38, 46, 62, 73])
      expect(Math.abs((linePitch(lines(pitch)) ?? 0) - pitch)).toBeLessThanOrEqual(1);
    expect(linePitch({ width: 100, height: 400, data: new Uint8Array(40_000).fill(250) })).toBeNull();
  });

  it('shrinks only a page whose lines stand further apart than the recogniser likes', () => {
    expect(readingScale(lines(73))).toBeCloseTo(TARGET_PITCH / 73, 2);
    expect(readingScale(lines(46))).toBe(1);
    expect(readingScale(lines(30))).toBe(1);
  });

  it('shrinks by averaging the pixels each new pixel covers', () => {
    const img = { width: 4, height: 2, data: new Uint8Array([0, 100, 200, 200, 100, 0, 250, 250]) };
    expect([...shrinkGray(img, 0.5).data]).toEqual([50, 225]);
    const page = shrinkGray(lines(70), 0.66);
    expect(Math.abs((linePitch(page) ?? 0) - 70 * 0.66)).toBeLessThanOrEqual(1.5);
  });
});
