/**
 * When reminders fire and whom they reach, in working days around a period's due date. Pure: the
 * sweep asks "which step is due today" and the digest asks "whom does this step reach".
 */

import type { WorkingCalendar } from '../../../common/calendar/index.js';
import type { RegimeKind } from '../../db/schema/reporting.js';

/** Who a reminder reaches, in escalation order. */
import type { RecipientLevel } from '../notifications/recipients.data.js';

export type { RecipientLevel };
const LEVEL_ORDER: Record<RecipientLevel, number> = { officer: 0, leader: 1, coordinator: 2 };

/** One fixed step: `offsetWorkingDays` before (negative) or after (positive) the due date. */
export type ReminderStepRule = { key: string; offsetWorkingDays: number; recipients: RecipientLevel[] };

/** A regime's reminder schedule: fixed steps, then an optional repeat (weekly chasing). */
export type ReminderSchedule = {
  steps: ReminderStepRule[];
  repeat: {
    firstOffsetWorkingDays: number;
    everyWorkingDays: number;
    maxTimes: number;
    recipients: RecipientLevel[];
  } | null;
};

/** Global default plus overrides per regime kind and per regime id (most specific wins). */
export type ReminderConfig = {
  default: ReminderSchedule;
  byRegimeKind?: Partial<Record<RegimeKind, ReminderSchedule>>;
  byRegimeId?: Record<number, ReminderSchedule>;
};

/**
 * 5 and 1 working days before the due date to the officer; 1 after to officer and leader; then
 * every 5 working days (a working week) to the leader and the coordinators, at most 12 times.
 */
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  steps: [
    { key: 'before-5', offsetWorkingDays: -5, recipients: ['officer'] },
    { key: 'before-1', offsetWorkingDays: -1, recipients: ['officer'] },
    { key: 'after-1', offsetWorkingDays: 1, recipients: ['officer', 'leader'] },
  ],
  repeat: { firstOffsetWorkingDays: 6, everyWorkingDays: 5, maxTimes: 12, recipients: ['leader', 'coordinator'] },
};

/** The configuration used when none is given. */
export const DEFAULT_REMINDER_CONFIG: ReminderConfig = { default: DEFAULT_REMINDER_SCHEDULE };

/** The schedule that applies to a period of this regime. */
export function scheduleFor(config: ReminderConfig, period: { regimeId: number; kind: RegimeKind }): ReminderSchedule {
  return config.byRegimeId?.[period.regimeId] ?? config.byRegimeKind?.[period.kind] ?? config.default;
}

/** A step placed on the calendar. */
export type PlannedStep = {
  key: string;
  date: string;
  offsetWorkingDays: number;
  recipients: RecipientLevel[];
  level: RecipientLevel;
};

/** The highest level a step reaches (stored in reminder_steps.level). */
export function levelOf(recipients: RecipientLevel[]): RecipientLevel {
  return recipients.reduce<RecipientLevel>((top, r) => (LEVEL_ORDER[r] > LEVEL_ORDER[top] ? r : top), 'officer');
}

function place(
  calendar: WorkingCalendar,
  dueOn: string,
  key: string,
  offset: number,
  recipients: RecipientLevel[],
): PlannedStep {
  return {
    key,
    date: calendar.addWorkingDays(dueOn, offset),
    offsetWorkingDays: offset,
    recipients,
    level: levelOf(recipients),
  };
}

/** Every step of the schedule for a due date, in order, repeats included up to `until`. */
export function plannedSteps(
  schedule: ReminderSchedule,
  dueOn: string,
  calendar: WorkingCalendar,
  until: string,
): PlannedStep[] {
  const steps = [...schedule.steps]
    .sort((a, b) => a.offsetWorkingDays - b.offsetWorkingDays)
    .map((s) => place(calendar, dueOn, s.key, s.offsetWorkingDays, s.recipients));
  const repeat = schedule.repeat;
  if (repeat && repeat.everyWorkingDays > 0) {
    for (let n = 1; n <= repeat.maxTimes; n++) {
      const offset = repeat.firstOffsetWorkingDays + (n - 1) * repeat.everyWorkingDays;
      const step = place(calendar, dueOn, `weekly-${n}`, offset, repeat.recipients);
      if (step.date > until) break;
      steps.push(step);
    }
  }
  return steps;
}

/**
 * The step to take today, or null. It is the latest step whose date has come, provided neither it
 * nor a later step was taken: a sweep missed while the server was down is caught up once, at the
 * level the agency has reached by now, instead of replaying every older reminder.
 */
export function stepDueOn(
  schedule: ReminderSchedule,
  dueOn: string,
  today: string,
  calendar: WorkingCalendar,
  taken: ReadonlySet<string>,
): PlannedStep | null {
  const steps = plannedSteps(schedule, dueOn, calendar, today);
  let latest = -1;
  for (let i = 0; i < steps.length; i++) if (steps[i]!.date <= today) latest = i;
  if (latest < 0) return null;
  for (let i = latest; i < steps.length; i++) if (taken.has(steps[i]!.key)) return null;
  return steps[latest]!;
}

/** Whom a recorded step reaches: from the schedule, else inferred from its stored level. */
export function recipientsOfStep(schedule: ReminderSchedule, key: string, level: RecipientLevel): RecipientLevel[] {
  const fixed = schedule.steps.find((s) => s.key === key);
  if (fixed) return fixed.recipients;
  if (key.startsWith('weekly-') && schedule.repeat) return schedule.repeat.recipients;
  return level === 'officer' ? ['officer'] : level === 'leader' ? ['officer', 'leader'] : ['leader', 'coordinator'];
}
