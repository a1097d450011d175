import { eq, inArray } from 'drizzle-orm';
import { formatDateVi, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { reminderSteps, reportingPeriods } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { enqueueEmails, type OutboxMessage } from '../../mail/outbox.js';
import { DEFAULT_REMINDER_CONFIG, recipientsOfStep, type ReminderConfig, scheduleFor } from './reminder-schedule.js';
import { emailRecipients, loadAgencyNames, loadCoordinators, loadFocalEmails, loadWorkingCalendar } from './reminders.data.js';

/** One line of a digest: one agency's report in one period. */
export type DigestItem = { agencyName: string; periodLabel: string; dueOn: string; step: string };
export type DigestResult = { date: string; recipients: number; emailsQueued: number; items: number };

/** Subject and body of one recipient's digest for one day (plain UTF-8 text). */
export function composeDigest(date: string, name: string, items: DigestItem[], calendar: WorkingCalendar): { subject: string; body: string } {
  const overdue = items.filter((i) => i.dueOn < date).length;
  const subject = `[TTĐN] Nhắc việc ngày ${formatDateVi(date)}: ${items.length} báo cáo chưa gửi${overdue ? ` (${overdue} quá hạn)` : ''}`;
  const lines = items
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.agencyName.localeCompare(b.agencyName, 'vi'))
    .map((i, n) => {
      const state = i.dueOn < date
        ? `đã quá hạn ${calendar.workingDaysBetween(i.dueOn, date)} ngày làm việc`
        : i.dueOn === date ? 'hạn là hôm nay' : `còn ${calendar.workingDaysBetween(date, i.dueOn)} ngày làm việc`;
      return `${n + 1}. ${i.agencyName} — báo cáo ${i.periodLabel}, hạn ${formatDateVi(i.dueOn)}: ${state}.`;
    });
  const body = [
    `Kính gửi ${name},`,
    '',
    `Hệ thống quản lý công tác thông tin đối ngoại tổng hợp các báo cáo chưa gửi trong ngày ${formatDateVi(date)}:`,
    '',
    ...lines,
    '',
    'Đề nghị đồng chí đăng nhập hệ thống để hoàn thành và gửi báo cáo đúng hạn.',
    'Thư này được gửi tự động, mỗi ngày một thư; vui lòng không trả lời.',
  ].join('\n');
  return { subject, body };
}

/**
 * The daily digest: every reminder step taken on `date` becomes a line in the e-mail of each focal
 * official (and coordinator) it reaches, one e-mail per recipient per day instead of one per
 * reminder. The outbox dedupe key (date, address) makes a rerun a no-op.
 */
export async function sendDailyDigest(ctx: RequestContext, options: { date?: string; config?: ReminderConfig; calendar?: WorkingCalendar } = {}): Promise<DigestResult> {
  const date = options.date ?? ctx.clock.today();
  const config = options.config ?? DEFAULT_REMINDER_CONFIG;
  const steps = await ctx.db.select().from(reminderSteps).where(eq(reminderSteps.takenOn, date));
  if (steps.length === 0) return { date, recipients: 0, emailsQueued: 0, items: 0 };
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  const periodIds = [...new Set(steps.map((s) => s.periodId))];
  const agencyIds = [...new Set(steps.map((s) => s.agencyId))];
  const [periods, names, focal, coordinators] = await Promise.all([
    ctx.db.select().from(reportingPeriods).where(inArray(reportingPeriods.id, periodIds)),
    loadAgencyNames(ctx.db, agencyIds),
    loadFocalEmails(ctx.db, agencyIds, date),
    loadCoordinators(ctx.db),
  ]);
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const byAddress = new Map<string, { name: string; items: DigestItem[] }>();
  let itemCount = 0;
  for (const s of steps) {
    const period = periodById.get(s.periodId);
    if (!period) continue;
    const levels = recipientsOfStep(scheduleFor(config, period), s.step, s.level);
    const item: DigestItem = { agencyName: names.get(s.agencyId) ?? `Cơ quan #${s.agencyId}`, periodLabel: period.label, dueOn: period.dueOn, step: s.step };
    for (const r of emailRecipients(s.agencyId, levels, focal, coordinators)) {
      const entry = byAddress.get(r.email) ?? { name: r.name, items: [] };
      entry.items.push(item);
      byAddress.set(r.email, entry);
      itemCount++;
    }
  }
  const messages: OutboxMessage[] = [...byAddress].map(([email, entry]) => {
    const { subject, body } = composeDigest(date, entry.name, entry.items, calendar);
    return { dedupeKey: `digest:${date}:${email}`, to: email, subject, body };
  });
  const queued = await inTransaction(ctx.db, (tx) => enqueueEmails(tx, ctx.clock, messages));
  return { date, recipients: byAddress.size, emailsQueued: queued, items: itemCount };
}
