import { describe, expect, it } from 'vitest';
import { hungKingsDate, lunarToSolar, solarToLunar, tetDate } from './lunar-vn.js';

describe('Vietnamese lunar calendar', () => {
  it.each([
    [1985, '1985-01-21'], // Vietnam's Tết a month before China's that year (UTC+7 vs UTC+8)
    [2007, '2007-02-17'], // one day before China's
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('Tết %i is %s', (year, iso) => {
    expect(tetDate(year)).toBe(iso);
  });

  it.each([
    [2020, '2020-04-02'],
    [2023, '2023-04-29'], // 2023 has a leap 2nd month
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Giỗ Tổ %i is %s', (year, iso) => {
    expect(hungKingsDate(year)).toBe(iso);
  });

  it('knows the last day of the lunar year and the leap month', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ day: 29, month: 12, year: 2024, leap: false });
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 5, year: 2023, leap: true })).toBeNull();
  });

  it('round-trips every day of 2024–2027', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(lunarToSolar(solarToLunar(iso))).toBe(iso);
    }
  });
});
