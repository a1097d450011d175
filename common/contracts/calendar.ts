import { z } from 'zod';
import { endpoint } from './endpoint.js';
import { Abilities, IsoDate, Year } from './primitives.js';

const tags = ['calendar'];

/** Kinds of day in the civil-service calendar. */
export const DayKind = z.enum(['holiday', 'compensatory', 'swapped-off', 'working-saturday', 'pending']);

/** One special day of the working calendar (built in or edited), with where it comes from. */
export const CalendarDay = z.object({ date: IsoDate, name: z.string(), kind: DayKind, source: z.string().nullable() });
export type CalendarDay = z.infer<typeof CalendarDay>;

export const CalendarEntryBody = z.object({
  date: IsoDate,
  name: z.string().trim().min(2).max(200),
  kind: DayKind,
  source: z.string().max(300).nullable().optional(),
});
export type CalendarEntryBody = z.input<typeof CalendarEntryBody>;

/** A reporting period whose due and lock dates a calendar edit moved. */
export const MovedPeriod = z.object({
  periodId: z.number(),
  label: z.string(),
  dueOn: z.object({ from: IsoDate, to: IsoDate }),
  locksOn: z.object({ from: IsoDate, to: IsoDate }),
});
export type MovedPeriod = z.infer<typeof MovedPeriod>;

export const getCalendarYear = endpoint({
  method: 'GET',
  path: '/api/calendar/:year',
  summary: 'Lịch làm việc của năm / The working calendar of a year (built-in schedule and edits)',
  tags,
  params: z.object({ year: Year }),
  response: z.object({
    year: z.number(),
    entries: z.array(CalendarDay),
    edits: z.array(CalendarDay),
    abilities: Abilities,
  }),
});

export const setCalendarEntry = endpoint({
  method: 'PUT',
  path: '/api/calendar/entries',
  summary: 'Đặt một ngày của lịch làm việc / Set one day of the working calendar',
  tags,
  body: CalendarEntryBody,
  response: z.object({ entry: CalendarDay, moved: z.array(MovedPeriod) }),
});

export const removeCalendarEntry = endpoint({
  method: 'DELETE',
  path: '/api/calendar/entries/:date',
  summary: 'Bỏ điều chỉnh của một ngày / Remove an edit, so the built-in schedule applies',
  tags,
  params: z.object({ date: IsoDate }),
  response: z.object({ removed: CalendarDay, moved: z.array(MovedPeriod) }),
});
