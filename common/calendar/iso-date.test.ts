import { describe, expect, it } from 'vitest';
import { addDays, formatDateVi, isIsoDate, parseDateVi, tryParseDateVi, weekday } from './iso-date.js';

describe('ISO date helpers', () => {
  it('formats and parses Vietnamese dates', () => {
    expect(formatDateVi('2025-05-15')).toBe('15/05/2025');
    expect(formatDateVi('2026-01-05')).toBe('05/01/2026');
    expect(parseDateVi('15/5/2025')).toBe('2025-05-15');
    expect(parseDateVi('05-01-2026')).toBe('2026-01-05');
    expect(parseDateVi(' 1.3.2024 ')).toBe('2024-03-01');
    expect(parseDateVi('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects impossible dates', () => {
    expect(() => parseDateVi('31/02/2025')).toThrow(RangeError);
    expect(tryParseDateVi('29/02/2025')).toBeNull();
    expect(tryParseDateVi('15/13/2025')).toBeNull();
    expect(tryParseDateVi('15/5/25')).toBeNull();
    expect(tryParseDateVi('ngày 15/5')).toBeNull();
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
    expect(() => formatDateVi('2025-02-30')).toThrow(RangeError);
  });

  it('does calendar math in UTC across DST-sensitive and year boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(weekday('2025-04-26')).toBe(6);
    expect(weekday('2026-11-15')).toBe(0);
  });
});
