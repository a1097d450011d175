import { describe, expect, it } from 'vitest';
import { defaultWorkingCalendar as calendar } from '../../../common/calendar/index.js';
import {
  DEFAULT_REMINDER_CONFIG,
  DEFAULT_REMINDER_SCHEDULE,
  levelOf,
  plannedSteps,
  recipientsOfStep,
  scheduleFor,
  stepDueOn,
  type ReminderSchedule,
} from './reminder-schedule.js';

const dates = (dueOn: string, until: string) =>
  plannedSteps(DEFAULT_REMINDER_SCHEDULE, dueOn, calendar, until).map((s) => [s.key, s.date]);

describe('reminder steps on the 2025/2026 working calendar', () => {
  it('places the default steps around an ordinary due date (Wed 14/5/2025)', () => {
    expect(dates('2025-05-14', '2025-05-29')).toEqual([
      ['before-5', '2025-05-07'],
      ['before-1', '2025-05-13'],
      ['after-1', '2025-05-15'],
      ['weekly-1', '2025-05-22'],
      ['weekly-2', '2025-05-29'],
    ]);
  });

  it('skips the 30/4–1/5 holidays and counts the swapped Saturday 26/4/2025 as a working day', () => {
    expect(dates('2025-05-05', '2025-05-06')).toEqual([
      ['before-5', '2025-04-24'],
      ['before-1', '2025-04-29'],
      ['after-1', '2025-05-06'],
    ]);
  });

  it('skips Tết Bính Ngọ 2026 (14/2–22/2)', () => {
    expect(dates('2026-02-24', '2026-02-25')).toEqual([
      ['before-5', '2026-02-10'],
      ['before-1', '2026-02-23'],
      ['after-1', '2026-02-25'],
    ]);
  });

  it('stops repeating after maxTimes', () => {
    const schedule: ReminderSchedule = {
      ...DEFAULT_REMINDER_SCHEDULE,
      repeat: { ...DEFAULT_REMINDER_SCHEDULE.repeat!, maxTimes: 2 },
    };
    expect(plannedSteps(schedule, '2025-05-14', calendar, '2025-12-31').map((s) => s.key)).toEqual([
      'before-5',
      'before-1',
      'after-1',
      'weekly-1',
      'weekly-2',
    ]);
  });
});

describe('stepDueOn', () => {
  const none = new Set<string>();
  it('fires each step on its date and nothing in between', () => {
    expect(stepDueOn(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', '2025-05-06', calendar, none)).toBeNull();
    expect(stepDueOn(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', '2025-05-07', calendar, none)?.key).toBe('before-5');
    expect(
      stepDueOn(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', '2025-05-08', calendar, new Set(['before-5'])),
    ).toBeNull();
    expect(stepDueOn(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', '2025-05-13', calendar, new Set(['before-5']))?.key).toBe(
      'before-1',
    );
  });

  it('catches up a missed step once, at the latest level, and never goes back', () => {
    // The server was down from 07/5 to 16/5: only after-1 is taken, not the two older reminders.
    expect(stepDueOn(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', '2025-05-16', calendar, none)?.key).toBe('after-1');
    expect(stepDueOn(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', '2025-05-19', calendar, new Set(['after-1']))).toBeNull();
  });

  it('escalates officer → leader → coordinator', () => {
    const levels = plannedSteps(DEFAULT_REMINDER_SCHEDULE, '2025-05-14', calendar, '2025-05-22').map((s) => s.level);
    expect(levels).toEqual(['officer', 'officer', 'leader', 'coordinator']);
    expect(levelOf(['leader', 'officer'])).toBe('leader');
  });
});

describe('configuration', () => {
  it('uses the most specific schedule: regime id, then kind, then the default', () => {
    const annual: ReminderSchedule = {
      steps: [{ key: 'before-10', offsetWorkingDays: -10, recipients: ['officer'] }],
      repeat: null,
    };
    const only: ReminderSchedule = { steps: [], repeat: null };
    const config = { ...DEFAULT_REMINDER_CONFIG, byRegimeKind: { annual }, byRegimeId: { 7: only } };
    expect(scheduleFor(config, { regimeId: 7, kind: 'annual' })).toBe(only);
    expect(scheduleFor(config, { regimeId: 8, kind: 'annual' })).toBe(annual);
    expect(scheduleFor(config, { regimeId: 8, kind: 'semiannual' })).toBe(DEFAULT_REMINDER_SCHEDULE);
  });

  it('knows whom a recorded step reaches', () => {
    expect(recipientsOfStep(DEFAULT_REMINDER_SCHEDULE, 'after-1', 'leader')).toEqual(['officer', 'leader']);
    expect(recipientsOfStep(DEFAULT_REMINDER_SCHEDULE, 'weekly-3', 'coordinator')).toEqual(['leader', 'coordinator']);
    expect(recipientsOfStep({ steps: [], repeat: null }, 'gone', 'officer')).toEqual(['officer']);
  });
});
