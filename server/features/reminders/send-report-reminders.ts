import { and, gte, inArray, isNull, lte } from 'drizzle-orm';
import { addDays, formatDateVi, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import {
  obligations,
  periodExceptions,
  reminderSteps,
  reportingPeriods,
  submissions,
} from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { createNotifications, type NewNotification } from '../notifications/create-notifications.js';
import {
  DEFAULT_REMINDER_CONFIG,
  type PlannedStep,
  type ReminderConfig,
  scheduleFor,
  stepDueOn,
} from './reminder-schedule.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { loadAgencyNames, loadAgencyUsers, loadCoordinators } from '../notifications/recipients.data.js';

/** One reminder step taken by a sweep. */
export type TakenStep = {
  periodId: number;
  agencyId: number;
  step: string;
  level: PlannedStep['level'];
  notifications: number;
};
export type ReminderSweepResult = { date: string; skipped?: 'non-working-day'; taken: TakenStep[] };

/**
 * A submission counts once the agency has sent it at least once: a report returned for correction
 * is followed up by its review, not by deadline reminders.
 */
export function hasSubmitted(
  submission: { status: string; submittedAt: Date | null; firstSubmittedAt: Date | null } | undefined,
): boolean {
  if (!submission) return false;
  return (
    submission.firstSubmittedAt !== null ||
    submission.submittedAt !== null ||
    submission.status === 'submitted' ||
    submission.status === 'accepted'
  );
}

/** Vietnamese text of a reminder, by how far the due date is. */
export function reminderText(
  step: PlannedStep,
  period: { label: string; dueOn: string },
  agencyName: string,
  calendar: WorkingCalendar,
  today: string,
) {
  const due = formatDateVi(period.dueOn);
  if (today < period.dueOn) {
    const left = calendar.workingDaysBetween(today, period.dueOn);
    return {
      title: `Nhắc hạn báo cáo ${period.label}`,
      body: `${agencyName} chưa gửi báo cáo ${period.label}; hạn gửi ${due} (còn ${left} ngày làm việc).`,
    };
  }
  if (today === period.dueOn) {
    return {
      title: `Hôm nay là hạn gửi báo cáo ${period.label}`,
      body: `${agencyName} chưa gửi báo cáo ${period.label}; hạn gửi là hôm nay, ${due}.`,
    };
  }
  const late = calendar.workingDaysBetween(period.dueOn, today);
  const tail =
    step.level === 'officer'
      ? ''
      : step.level === 'leader'
        ? ' Đề nghị lãnh đạo cơ quan chỉ đạo gửi ngay.'
        : ' Cơ quan chủ trì đôn đốc bằng văn bản.';
  return {
    title: `Quá hạn báo cáo ${period.label}`,
    body: `${agencyName} chưa gửi báo cáo ${period.label}, đã quá hạn ${late} ngày làm việc (hạn ${due}).${tail}`,
  };
}

/**
 * The daily reminder sweep: for every open period and every obligated agency that has not
 * submitted, takes the step of its schedule due today (officer → leader → coordinators) as a
 * reminder_steps row plus in-app notifications, in one transaction per agency. The unique
 * (period, agency, step) row makes a second sweep the same day a no-op. E-mail goes out once a day
 * per recipient through the digest, built from these rows.
 */
export async function sendReportReminders(
  ctx: RequestContext,
  options: { config?: ReminderConfig; calendar?: WorkingCalendar } = {},
): Promise<ReminderSweepResult> {
  const today = ctx.clock.today();
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  const config = options.config ?? DEFAULT_REMINDER_CONFIG;
  // Nobody is chased on a day off; a step that fell on one is caught up on the next working day.
  if (!calendar.isWorkingDay(today)) return { date: today, skipped: 'non-working-day', taken: [] };

  const periods = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(
      and(
        isNull(reportingPeriods.closedAt),
        gte(reportingPeriods.dueOn, addDays(today, -400)),
        lte(reportingPeriods.dueOn, addDays(today, 120)),
      ),
    );
  if (periods.length === 0) return { date: today, taken: [] };
  const periodIds = periods.map((p) => p.id);
  const [owed, sent, steps, extensions] = await Promise.all([
    ctx.db
      .select({ periodId: obligations.periodId, agencyId: obligations.agencyId })
      .from(obligations)
      .where(inArray(obligations.periodId, periodIds)),
    ctx.db
      .select({
        periodId: submissions.periodId,
        agencyId: submissions.agencyId,
        status: submissions.status,
        submittedAt: submissions.submittedAt,
        firstSubmittedAt: submissions.firstSubmittedAt,
      })
      .from(submissions)
      .where(inArray(submissions.periodId, periodIds)),
    ctx.db
      .select({ periodId: reminderSteps.periodId, agencyId: reminderSteps.agencyId, step: reminderSteps.step })
      .from(reminderSteps)
      .where(inArray(reminderSteps.periodId, periodIds)),
    ctx.db
      .select({
        periodId: periodExceptions.periodId,
        agencyId: periodExceptions.agencyId,
        extendedTo: periodExceptions.extendedTo,
      })
      .from(periodExceptions)
      .where(inArray(periodExceptions.periodId, periodIds)),
  ]);
  // An agency granted an extension is reminded against its own, later due date.
  const extendedTo = new Map(extensions.map((e) => [`${e.periodId}:${e.agencyId}`, e.extendedTo]));
  const dueFor = (period: (typeof periods)[number], key: string) => {
    const extension = extendedTo.get(key);
    return extension && extension > period.dueOn ? { ...period, dueOn: extension } : period;
  };
  const submissionOf = new Map(sent.map((s) => [`${s.periodId}:${s.agencyId}`, s]));
  const takenOf = new Map<string, Set<string>>();
  for (const s of steps) {
    const key = `${s.periodId}:${s.agencyId}`;
    takenOf.set(key, (takenOf.get(key) ?? new Set()).add(s.step));
  }
  const periodById = new Map(periods.map((p) => [p.id, p]));

  const due: Array<{ periodId: number; agencyId: number; step: PlannedStep }> = [];
  for (const o of owed) {
    const key = `${o.periodId}:${o.agencyId}`;
    if (hasSubmitted(submissionOf.get(key))) continue;
    const period = dueFor(periodById.get(o.periodId)!, key);
    const step = stepDueOn(scheduleFor(config, period), period.dueOn, today, calendar, takenOf.get(key) ?? new Set());
    if (step) due.push({ periodId: o.periodId, agencyId: o.agencyId, step });
  }
  if (due.length === 0) return { date: today, taken: [] };

  const agencyIds = [...new Set(due.map((d) => d.agencyId))];
  const [names, usersByAgency, coordinators] = await Promise.all([
    loadAgencyNames(ctx.db, agencyIds),
    loadAgencyUsers(ctx.db, agencyIds),
    loadCoordinators(ctx.db),
  ]);
  const taken: TakenStep[] = [];
  for (const d of due) {
    const period = dueFor(periodById.get(d.periodId)!, `${d.periodId}:${d.agencyId}`);
    const text = reminderText(d.step, period, names.get(d.agencyId) ?? `Cơ quan #${d.agencyId}`, calendar, today);
    const userIds = new Set(usersByAgency.get(d.agencyId) ?? []);
    if (d.step.recipients.includes('coordinator')) for (const c of coordinators) userIds.add(c.id);
    const result = await inTransaction(ctx.db, async (tx) => {
      const inserted = await tx
        .insert(reminderSteps)
        .values({
          periodId: d.periodId,
          agencyId: d.agencyId,
          step: d.step.key,
          level: d.step.level,
          takenOn: today,
          createdAt: ctx.clock.now(),
        })
        .onConflictDoNothing({ target: [reminderSteps.periodId, reminderSteps.agencyId, reminderSteps.step] })
        .returning({ id: reminderSteps.id });
      if (inserted.length === 0) return null; // another sweep took this step first
      const items: NewNotification[] = [...userIds].map((userId) => ({
        userId,
        kind: d.step.level === 'officer' ? 'report-reminder' : 'report-overdue',
        title: text.title,
        body: text.body,
        link: `/reporting/periods/${d.periodId}`,
        dedupeKey: `reminder:${d.periodId}:${d.agencyId}:${d.step.key}:${userId}`,
      }));
      const count = await createNotifications(tx, ctx.clock, items);
      await recordAuditEvent(tx, ctx, {
        action: 'reminder.send',
        subjectType: 'obligation',
        subjectId: `${d.periodId}:${d.agencyId}`,
        after: { step: d.step.key, level: d.step.level, recipients: d.step.recipients, notifications: count },
      });
      return count;
    });
    if (result !== null)
      taken.push({
        periodId: d.periodId,
        agencyId: d.agencyId,
        step: d.step.key,
        level: d.step.level,
        notifications: result,
      });
  }
  return { date: today, taken };
}
