import { WorkingCalendar, type HolidayEntry, type HolidayKind } from '../../../common/calendar/index.js';
import type { Db, Tx } from '../../db/client.js';
import { calendarEntries } from '../../db/schema/reporting.js';

const KINDS: HolidayKind[] = ['holiday', 'compensatory', 'swapped-off', 'working-saturday', 'pending'];

/** The official calendar with the admin's edits (calendar_entries) applied on top. */
export async function loadWorkingCalendar(db: Db | Tx): Promise<WorkingCalendar> {
  const rows = await db.select().from(calendarEntries);
  const overrides: HolidayEntry[] = rows
    .filter((r) => KINDS.includes(r.kind as HolidayKind))
    .map((r) => ({ date: r.date, name: r.name, kind: r.kind as HolidayKind, source: r.source ?? 'calendar_entries' }));
  return new WorkingCalendar({ overrides });
}
