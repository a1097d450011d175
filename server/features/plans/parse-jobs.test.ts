import { describe, expect, it } from 'vitest';
import { secondsLeft } from './parse-jobs.js';

describe('secondsLeft: the time left from the pace so far', () => {
  it('is unknown before the first page is done', () => {
    expect(secondsLeft(0, 5_000, 0, 8)).toBeNull();
  });

  it('is the pages still to read times the mean time of a finished page', () => {
    // 2 pages in 30 s: 15 s a page, 6 pages left.
    expect(secondsLeft(1_000, 31_000, 2, 8)).toBe(90);
    // 3 pages in 10 s: 3.33 s a page, 1 left, rounded.
    expect(secondsLeft(0, 10_000, 3, 4)).toBe(3);
  });

  it('never says 0 while pages remain, and is 0 once every page is read', () => {
    expect(secondsLeft(0, 100, 7, 8)).toBe(1);
    expect(secondsLeft(0, 60_000, 8, 8)).toBe(0);
    expect(secondsLeft(0, 0, 0, 0)).toBe(0);
  });
});
