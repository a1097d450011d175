import { describe, expect, it } from 'vitest';
import { festivalDatesIn } from './festival-dates.js';
import { milestonesOf } from './milestones.js';

const lunar = (day: number, month: number) => ({ calendar: 'lunar' as const, day, month });

describe('festival dates', () => {
  it('converts lunar dates for 2025 and 2026 to the known solar days', () => {
    // Tết Ất Tỵ Wed 29/01/2025, Tết Bính Ngọ Tue 17/02/2026; Giỗ Tổ 10/3 âm lịch Mon 07/04/2025 and Sun 26/04/2026
    // (the official holiday schedules, domain facts §5.3–5.4).
    expect(festivalDatesIn(2025, lunar(1, 1))).toEqual(['2025-01-29']);
    expect(festivalDatesIn(2026, lunar(1, 1))).toEqual(['2026-02-17']);
    expect(festivalDatesIn(2025, lunar(10, 3))).toEqual(['2025-04-07']);
    expect(festivalDatesIn(2026, lunar(10, 3))).toEqual(['2026-04-26']);
    // Rằm tháng Giêng and the Mid-Autumn festival (15/8 âm lịch): Tết + 14 days; Tết Trung thu Sat 06/10/2025, Fri 25/09/2026.
    expect(festivalDatesIn(2025, lunar(15, 1))).toEqual(['2025-02-12']);
    expect(festivalDatesIn(2026, lunar(15, 1))).toEqual(['2026-03-03']);
    expect(festivalDatesIn(2025, lunar(15, 8))).toEqual(['2025-10-06']);
    expect(festivalDatesIn(2026, lunar(15, 8))).toEqual(['2026-09-25']);
  });

  it('finds a late lunar month of the previous lunar year in January or February', () => {
    // 23 tháng Chạp Ất Tỵ (ông Công ông Táo) is Tue 10/02/2026; 23 Chạp Giáp Thìn was Wed 22/01/2025.
    expect(festivalDatesIn(2026, lunar(23, 12))).toEqual(['2026-02-10']);
    expect(festivalDatesIn(2025, lunar(23, 12))).toEqual(['2025-01-22']);
  });

  it('keeps solar dates as they are, and 29/02 only in leap years', () => {
    expect(festivalDatesIn(2026, { calendar: 'solar', month: 9, day: 2 })).toEqual(['2026-09-02']);
    expect(festivalDatesIn(2026, { calendar: 'solar', month: 2, day: 29 })).toEqual([]);
    expect(festivalDatesIn(2028, { calendar: 'solar', month: 2, day: 29 })).toEqual(['2028-02-29']);
  });

  it('puts festivals, anniversaries and campaigns of a year in one dated list', () => {
    const campaign = {
      id: 7,
      version: 1,
      title: 'Đợt tuyên truyền',
      anniversaryKey: null,
      startsOn: '2025-12-15',
      endsOn: '2026-01-15',
      description: '',
      outputs: [],
    };
    const list = milestonesOf(
      2026,
      [
        {
          id: 1,
          version: 1,
          name: 'Lễ hội Lồng Tồng',
          calendar: 'lunar',
          month: 1,
          day: 15,
          days: 2,
          place: 'Na Hang',
          organiserId: null,
        },
      ],
      [
        {
          id: 7,
          title: 'Đợt tuyên truyền',
          startsOn: '2025-12-15',
          endsOn: '2026-01-15',
          outputs: [],
          record: campaign,
        },
      ],
    );
    const festival = list.find((m) => m.kind === 'festival')!;
    expect(festival).toMatchObject({ date: '2026-03-03', endsOn: '2026-03-04', lunar: '15/1 âm lịch' });
    expect(list.find((m) => m.kind === 'campaign')!.date).toBe('2025-12-15');
    expect(list.map((m) => m.date)).toEqual([...list.map((m) => m.date)].sort());
  });
});
