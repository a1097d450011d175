import { eq } from 'drizzle-orm';
import { type CalendarDay, CalendarEntryBody, type MovedPeriod } from '../../../common/contracts/calendar.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { calendarEntries } from '../../db/schema/reporting.js';
import type { Tx } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from './working-calendar.data.js';

type EntryRow = typeof calendarEntries.$inferSelect;
const present = (row: EntryRow): CalendarDay => ({
  date: row.date,
  name: row.name,
  kind: row.kind as CalendarDay['kind'],
  source: row.source,
});

/**
 * What follows an edit, in its transaction: the reporting feature moves the dates of open periods
 * (given by app.ts, since reporting already depends on the calendar).
 */
export type AfterCalendarEdit = (tx: Tx, ctx: RequestContext) => Promise<MovedPeriod[]>;
const nothingMoves: AfterCalendarEdit = async () => [];

/**
 * Sets one day of the working calendar (a new holiday, a swapped Saturday, the decided Quốc khánh
 * day); it overrides the built-in schedule, and deadlines and reminders follow it.
 */
export async function setCalendarEntry(
  ctx: RequestContext,
  raw: CalendarEntryBody,
  afterEdit: AfterCalendarEdit = nothingMoves,
): Promise<{ entry: CalendarDay; moved: MovedPeriod[] }> {
  authorize(ctx.actor, 'calendar.manage');
  const input = CalendarEntryBody.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx.select().from(calendarEntries).where(eq(calendarEntries.date, input.date));
    const values = { name: input.name, kind: input.kind, source: input.source ?? null };
    const [after] = await tx
      .insert(calendarEntries)
      .values({ date: input.date, ...values })
      .onConflictDoUpdate({ target: [calendarEntries.provinceId, calendarEntries.date], set: values })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'calendar.set',
      subjectType: 'calendar-entry',
      subjectId: input.date,
      before: before ?? null,
      after,
    });
    return { entry: present(after!), moved: await afterEdit(tx, ctx) };
  });
}

/** Removes an edit of the working calendar, so the built-in schedule applies again on that day. */
export async function removeCalendarEntry(
  ctx: RequestContext,
  date: string,
  afterEdit: AfterCalendarEdit = nothingMoves,
): Promise<{ removed: CalendarDay; moved: MovedPeriod[] }> {
  authorize(ctx.actor, 'calendar.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [removed] = await tx.delete(calendarEntries).where(eq(calendarEntries.date, date)).returning();
    if (!removed) throw new AppError('NOT_FOUND', { resource: 'calendarEntry', id: date });
    await recordAuditEvent(tx, ctx, {
      action: 'calendar.remove',
      subjectType: 'calendar-entry',
      subjectId: date,
      before: removed,
    });
    return { removed: present(removed), moved: await afterEdit(tx, ctx) };
  });
}

/** The working calendar of a year: every special day (built-in schedule with edits applied) and the edits. */
export async function getCalendarYear(ctx: RequestContext, year: number) {
  const calendar = await loadWorkingCalendar(ctx.db);
  const edits = await ctx.db.select().from(calendarEntries);
  return {
    year,
    entries: calendar.entriesOfYear(year).map((e) => ({ ...e, source: e.source ?? null })),
    edits: edits.filter((e) => e.date.startsWith(String(year))).map(present),
  };
}
