import { describe, expect, it } from 'vitest';
import { formatDong, wholeDong } from './budget.api';

describe('amounts in whole đồng', () => {
  it('reads what the field gives or text grouped the Vietnamese way', () => {
    expect(wholeDong(47_500_000)).toBe(47_500_000);
    expect(wholeDong('1.250.000')).toBe(1_250_000);
    expect(wholeDong(' 1250000 ')).toBe(1_250_000);
    expect(formatDong(wholeDong('12.000.000')!)).toBe('12.000.000');
  });

  it('refuses nothing, zero, fractions, signs, misplaced groups and letters', () => {
    for (const value of ['', 0, '0', 10.5, '10,5', '-5', '1.25.000', '12a', Number.NaN, 2 ** 60]) {
      expect(wholeDong(value)).toBeNull();
    }
  });
});
