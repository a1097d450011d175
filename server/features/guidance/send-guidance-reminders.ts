import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import { formatDateVi, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { guidanceNotes, guidanceRecipients } from '../../db/schema/guidance.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { createNotifications, type NewNotification } from '../notifications/create-notifications.js';
import { loadAgencyNames, loadAgencyUsers, loadCoordinators } from '../notifications/recipients.data.js';

/** A reminder step: the day before the due date, the day after it, and (to the coordinators too) 3 days after. */
export type GuidanceReminderStep = 'due-soon' | 'overdue' | 'escalate';

/**
 * Which step falls today for a note due on `acknowledgeBy`, counted in working days (none on a day
 * off): −1 → due soon, +1 → overdue, +3 → escalated to the coordinators.
 */
export function guidanceReminderStep(
  calendar: WorkingCalendar,
  acknowledgeBy: string,
  today: string,
): GuidanceReminderStep | null {
  if (!calendar.isWorkingDay(today)) return null;
  const n = calendar.workingDaysBetween(acknowledgeBy, today);
  return n === -1 ? 'due-soon' : n === 1 ? 'overdue' : n === 3 ? 'escalate' : null;
}

const TITLES: Record<GuidanceReminderStep, string> = {
  'due-soon': 'Sắp đến hạn xác nhận định hướng tuyên truyền',
  overdue: 'Quá hạn xác nhận định hướng tuyên truyền',
  escalate: 'Cơ quan chưa xác nhận định hướng tuyên truyền',
};

/**
 * Reminds the agencies that have not acknowledged a note, on today's step (clock from the context);
 * idempotent per recipient and step (dedupe keys), so a second run the same day sends nothing.
 */
export async function sendGuidanceReminders(ctx: RequestContext, options: { calendar?: WorkingCalendar } = {}) {
  const today = ctx.clock.today();
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  // Notes still in their reminder window (escalation is at most a few weeks after the due date).
  const since = calendar.addWorkingDays(today, -5);
  const notes = await ctx.db.select().from(guidanceNotes).where(gte(guidanceNotes.acknowledgeBy, since));
  const due = notes
    .map((note) => ({ note, step: guidanceReminderStep(calendar, note.acknowledgeBy, today) }))
    .filter((x): x is { note: typeof x.note; step: GuidanceReminderStep } => x.step !== null);
  if (due.length === 0) return { notes: 0, reminders: 0 };
  const open = await ctx.db
    .select()
    .from(guidanceRecipients)
    .where(
      and(
        inArray(
          guidanceRecipients.noteId,
          due.map((d) => d.note.id),
        ),
        isNull(guidanceRecipients.acknowledgedAt),
      ),
    );
  const agencyIds = [...new Set(open.map((r) => r.agencyId))];
  const [usersByAgency, coordinators, names] = await Promise.all([
    loadAgencyUsers(ctx.db, agencyIds),
    loadCoordinators(ctx.db),
    loadAgencyNames(ctx.db, agencyIds),
  ]);
  return inTransaction(ctx.db, async (tx) => {
    let reminders = 0;
    for (const { note, step } of due) {
      const late = open.filter((r) => r.noteId === note.id);
      for (const r of late) {
        const items: NewNotification[] = (usersByAgency.get(r.agencyId) ?? []).map((userId) => ({
          userId,
          kind: 'guidance-reminder',
          title: `${TITLES[step]}: ${note.title}`,
          body: `Hạn xác nhận: ${formatDateVi(note.acknowledgeBy)}.`,
          link: `/guidance/${note.id}`,
          dedupeKey: `guidance-reminder:${note.id}:${r.agencyId}:${step}:${userId}`,
        }));
        const sent = await createNotifications(tx, ctx.clock, items);
        if (sent > 0) {
          reminders += sent;
          await tx
            .update(guidanceRecipients)
            .set({ remindersSent: sql`${guidanceRecipients.remindersSent} + 1` })
            .where(eq(guidanceRecipients.id, r.id));
        }
      }
      if (step === 'escalate' && late.length > 0) {
        const list = late.map((r) => names.get(r.agencyId) ?? `#${r.agencyId}`).join('; ');
        reminders += await createNotifications(
          tx,
          ctx.clock,
          coordinators.map((c) => ({
            userId: c.id,
            kind: 'guidance-reminder',
            title: `${TITLES.escalate}: ${note.title}`,
            body: `${late.length} cơ quan chưa xác nhận (hạn ${formatDateVi(note.acknowledgeBy)}): ${list}.`,
            link: `/guidance/${note.id}`,
            dedupeKey: `guidance-escalate:${note.id}:${c.id}`,
          })),
        );
      }
    }
    if (reminders > 0) {
      await recordAuditEvent(tx, ctx, {
        action: 'guidance.remind',
        subjectType: 'guidance',
        subjectId: null,
        after: { today, notes: due.map((d) => d.note.id), reminders },
      });
    }
    return { notes: due.length, reminders };
  });
}
