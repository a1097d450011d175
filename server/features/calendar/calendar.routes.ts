import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateVi, isIsoDate } from '../../../common/calendar/index.js';
import type { Clock, RequestContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import { calendarEntries } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authenticate } from '../../http/authenticate.js';
import { abilitiesFor, authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../reporting/working-calendar.data.js';

export const CalendarEntryInput = z.object({
  date: z.string().refine(isIsoDate, 'yyyy-mm-dd'),
  name: z.string().trim().min(2).max(200),
  kind: z.enum(['holiday', 'compensatory', 'swapped-off', 'working-saturday', 'pending']),
  source: z.string().max(300).nullable().optional(),
});

/**
 * Sets one day of the working calendar (a new holiday, a swapped Saturday, the decided Quốc khánh
 * day); it overrides the built-in schedule, and deadlines and reminders follow it.
 */
export async function setCalendarEntry(ctx: RequestContext, raw: z.input<typeof CalendarEntryInput>) {
  authorize(ctx.actor, 'calendar.manage');
  const input = CalendarEntryInput.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx.select().from(calendarEntries).where(eq(calendarEntries.date, input.date));
    const [after] = await tx
      .insert(calendarEntries)
      .values({ date: input.date, name: input.name, kind: input.kind, source: input.source ?? null })
      .onConflictDoUpdate({ target: calendarEntries.date, set: { name: input.name, kind: input.kind, source: input.source ?? null } })
      .returning();
    await recordAuditEvent(tx, ctx, { action: 'calendar.set', subjectType: 'calendar-entry', subjectId: input.date, before: before ?? null, after });
    return after!;
  });
}

/** Removes an admin's calendar edit, so the built-in schedule applies again on that day. */
export async function removeCalendarEntry(ctx: RequestContext, date: string) {
  authorize(ctx.actor, 'calendar.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [removed] = await tx.delete(calendarEntries).where(eq(calendarEntries.date, date)).returning();
    if (!removed) throw new AppError('NOT_FOUND', `Ngày ${formatDateVi(date)} không có điều chỉnh nào / No calendar edit on that day`);
    await recordAuditEvent(tx, ctx, { action: 'calendar.remove', subjectType: 'calendar-entry', subjectId: date, before: removed });
    return removed;
  });
}

/** The working calendar of a year (built-in schedule + edits) and the editing routes. */
export function registerCalendarRoutes(app: FastifyInstance, deps: { db: Db; clock: Clock }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = authenticate(deps);
  const tags = ['calendar'];
  r.get('/api/calendar/:year', { onRequest, schema: { tags, params: z.object({ year: z.coerce.number().int().min(2000).max(2100) }) } }, async (request) => {
    const calendar = await loadWorkingCalendar(deps.db);
    const edits = await deps.db.select().from(calendarEntries);
    return { year: request.params.year, entries: calendar.entriesOfYear(request.params.year), edits: edits.filter((e) => e.date.startsWith(String(request.params.year))), abilities: abilitiesFor(request.ctx.actor) };
  });
  r.put('/api/calendar/entries', { onRequest, schema: { tags, body: CalendarEntryInput } }, async (request) => ({ entry: await setCalendarEntry(request.ctx, request.body) }));
  r.delete('/api/calendar/entries/:date', { onRequest, schema: { tags, params: z.object({ date: z.string().refine(isIsoDate, 'yyyy-mm-dd') }) } }, async (request) => ({
    removed: await removeCalendarEntry(request.ctx, request.params.date),
  }));
}
