import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateHolidays } from './holiday-rules.js';
import { VN_HOLIDAYS } from './holidays-vn.js';
import { addDays, isIsoDate } from './iso-date.js';
import { reportDataWindow } from './report-window.js';
import { WorkingCalendar } from './working-calendar.js';

const cal = new WorkingCalendar();

describe('official 2025 schedule', () => {
  it.each([
    ['2025-01-01', false],
    ['2025-01-24', true], // Friday before Tết
    ['2025-01-27', false],
    ['2025-01-31', false],
    ['2025-02-03', true], // back to work
    ['2025-04-07', false], // Giỗ Tổ
    ['2025-04-08', true],
    ['2025-04-26', true], // Saturday worked in exchange for 02/5
    ['2025-04-30', false],
    ['2025-05-01', false],
    ['2025-05-02', false], // swapped Friday
    ['2025-05-05', true],
    ['2025-09-01', false],
    ['2025-09-02', false],
    ['2025-09-03', true],
    ['2025-04-19', false], // ordinary Saturday
  ])('%s working = %s', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('counts 5 working days before 15/5/2025', () => {
    expect(cal.addWorkingDays('2025-05-15', -5)).toBe('2025-05-08');
    // Across the 30/4 break: 10 working days before 15/5 skips 30/4–04/5 and lands on the worked Saturday.
    expect(cal.addWorkingDays('2025-05-15', -10)).toBe('2025-04-28');
    expect(cal.addWorkingDays('2025-05-15', -11)).toBe('2025-04-26');
  });

  it('skips Tết when adding working days', () => {
    expect(cal.nextWorkingDay('2025-01-24')).toBe('2025-02-03');
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-03')).toBe(1);
    expect(cal.workingDaysBetween('2025-02-03', '2025-01-24')).toBe(-1);
  });
});

describe('official 2026 schedule', () => {
  it.each([
    ['2026-01-02', false], // swapped Friday
    ['2026-01-10', true], // worked Saturday
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-04-26', false],
    ['2026-04-27', false], // compensatory for Giỗ Tổ on Sunday
    ['2026-04-28', true],
    ['2026-04-30', false],
    ['2026-05-01', false],
    ['2026-05-04', true],
    ['2026-09-02', false],
    ['2026-09-01', true], // pending: not a holiday by default
    ['2026-11-24', true], // pending Ngày Văn hóa Việt Nam
  ])('%s working = %s', (date, working) => {
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it('treats pending days as days off only when asked', () => {
    const strict = new WorkingCalendar({ pendingAsHoliday: true });
    expect(strict.isWorkingDay('2026-11-24')).toBe(false);
  });

  it('lets an override settle the National Day decision', () => {
    const decided = new WorkingCalendar({
      overrides: [{ date: '2026-09-01', name: 'Nghỉ Quốc khánh', kind: 'holiday', source: 'test' }],
    });
    expect(decided.isWorkingDay('2026-09-01')).toBe(false);
    expect(decided.isWorkingDay('2026-09-03')).toBe(true);
  });
});

describe('deadlines', () => {
  it('rolls a deadline on Sunday 15/11/2026 to Monday 16/11/2026', () => {
    expect(cal.resolveDeadline('2026-11-15', { rollForward: true, exclusive: false })).toEqual({
      stated: '2026-11-15',
      due: '2026-11-16',
      fellOnNonWorkingDay: true,
      rolled: true,
    });
  });

  it('keeps a non-working deadline when not rolling, but flags it', () => {
    const r = cal.resolveDeadline('2026-11-15', { rollForward: false, exclusive: false });
    expect(r.due).toBe('2026-11-15');
    expect(r.fellOnNonWorkingDay).toBe(true);
  });

  it('reads "trước ngày 15/5" as exclusive', () => {
    expect(cal.resolveDeadline('2025-05-15', { rollForward: true, exclusive: true }).due).toBe('2025-05-14');
    // "trước ngày 15/11/2025": 14/11/2025 is a Friday.
    expect(cal.resolveDeadline('2025-11-15', { rollForward: true, exclusive: true }).due).toBe('2025-11-14');
    // "trước ngày 03/5/2025": the last allowed day 02/5 is the swapped Friday.
    expect(cal.resolveDeadline('2025-05-03', { rollForward: true, exclusive: true }).due).toBe('2025-05-05');
  });
});

describe('rule-based years', () => {
  it('generates Tết, Giỗ Tổ and compensatory days for 2027', () => {
    const days = generateHolidays(2027);
    const dates = days.filter((d) => d.kind === 'holiday').map((d) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-09', '2027-04-16']));
    // Tết mùng 1 on Saturday 06/02/2027 and mùng 2 on Sunday → two compensatory weekdays after the break.
    expect(days.filter((d) => d.kind === 'compensatory').map((d) => d.date)).toEqual(
      expect.arrayContaining(['2027-02-10', '2027-02-11']),
    );
    expect(cal.isWorkingDay('2027-02-10')).toBe(false);
    expect(cal.isWorkingDay('2027-02-12')).toBe(true);
  });

  it('moves a holiday on Sunday to Monday (30/4/2028 is a Sunday)', () => {
    expect(cal.isWorkingDay('2028-05-02')).toBe(false);
    expect(cal.entriesOn('2028-05-02')[0]?.kind).toBe('compensatory');
  });

  it('picks the National Day adjacent day as the Government did in 2022–2024', () => {
    const off = (y: number) =>
      generateHolidays(y)
        .filter((e) => e.kind !== 'pending' && e.date.slice(5, 7) === '09')
        .map((e) => e.date);
    expect(off(2022)).toEqual(['2022-09-01', '2022-09-02']);
    expect(off(2023)).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
    expect(off(2024)).toEqual(['2024-09-02', '2024-09-03']);
  });

  it('keeps the official data well-formed', () => {
    for (const e of VN_HOLIDAYS) expect(isIsoDate(e.date), e.date).toBe(true);
    expect(cal.entriesOfYear(2025).length).toBeGreaterThan(20);
  });
});

describe('working-day arithmetic properties', () => {
  const dateArb = fc.integer({ min: 0, max: 4 * 366 }).map((i) => addDays('2024-06-01', i));
  it('workingDaysBetween inverts addWorkingDays', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -40, max: 40 }), (d, n) => {
        const e = cal.addWorkingDays(d, n);
        expect(cal.workingDaysBetween(d, e)).toBe(n);
        if (n !== 0) expect(cal.isWorkingDay(e)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('report data windows (NĐ 09/2019 Art. 12)', () => {
  it.each([
    ['annual', undefined, '2024-12-15', '2025-12-14'],
    ['semiannual', 1, '2024-12-15', '2025-06-14'],
    ['semiannual', 2, '2025-06-15', '2025-12-14'],
    ['quarterly', 1, '2024-12-15', '2025-03-14'],
    ['quarterly', 3, '2025-06-15', '2025-09-14'],
    ['monthly', 1, '2024-12-15', '2025-01-14'],
    ['monthly', 7, '2025-06-15', '2025-07-14'],
  ] as const)('%s %s of 2025', (kind, index, from, to) => {
    expect(reportDataWindow(kind, 2025, index)).toMatchObject({ from, to });
    expect(cal.reportDataWindow(kind, 2025, index)).toMatchObject({ from, to });
  });

  it('defaults the semiannual report to the first half and requires an index otherwise', () => {
    expect(reportDataWindow('semiannual', 2025).index).toBe(1);
    expect(() => reportDataWindow('quarterly', 2025)).toThrow(RangeError);
    expect(() => reportDataWindow('monthly', 2025, 13)).toThrow(RangeError);
  });
});
