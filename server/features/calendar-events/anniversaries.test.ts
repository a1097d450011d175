import { describe, expect, it } from 'vitest';
import { anniversariesOf, anniversaryTitle } from './anniversaries.js';

const byKey = (year: number) => new Map(anniversariesOf(year).map((o) => [o.key, o]));

describe('national anniversaries', () => {
  it('counts 2025 as the plan does: the five great anniversaries are all round years', () => {
    const y = byKey(2025);
    // Seed task 5.3: 95 years of the Party, 135 of Bác Hồ, 80 of CAND and 20 of the security festival, 50 of 30/4, 80 of 2/9.
    expect(
      [
        y.get('party'),
        y.get('ho-chi-minh'),
        y.get('people-police'),
        y.get('security-festival'),
        y.get('liberation'),
        y.get('national-day'),
      ].map((o) => [o!.years, o!.date, o!.round]),
    ).toEqual([
      [95, '2025-02-03', true],
      [135, '2025-05-19', true],
      [80, '2025-08-19', true],
      [20, '2025-08-19', true],
      [50, '2025-04-30', true],
      [80, '2025-09-02', true],
    ]);
    expect(y.get('party')!.decade).toBe(false);
    expect(y.get('liberation')!.decade).toBe(true);
    expect(y.get('press-day')).toMatchObject({ years: 100, round: true, decade: true });
    expect(y.get('religion-management')).toMatchObject({ years: 70, round: true });
    expect(anniversaryTitle(y.get('party')!)).toBe(
      'Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)',
    );
  });

  it('finds no round year among the great anniversaries of 2026, and the People’s Army’s 85th in 2029', () => {
    const y = byKey(2026);
    expect(y.get('party')).toMatchObject({ years: 96, round: false });
    expect(y.get('people-army')).toMatchObject({ years: 82, round: false, date: '2026-12-22' });
    expect(y.get('national-day')).toMatchObject({ years: 81, round: false });
    expect(byKey(2029).get('people-army')).toMatchObject({ years: 85, round: true, decade: false });
  });

  it('lists a year in date order and nothing before an event took place', () => {
    const list = anniversariesOf(2025);
    expect(list.map((o) => o.date)).toEqual([...list.map((o) => o.date)].sort());
    expect(anniversariesOf(2005).some((o) => o.key === 'security-festival')).toBe(false);
    expect(anniversariesOf(2006).find((o) => o.key === 'security-festival')!.years).toBe(1);
  });
});
