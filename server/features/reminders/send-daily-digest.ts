import { and, eq, gte, inArray, isNotNull, lt, notInArray } from 'drizzle-orm';
import { formatDateVi, type WorkingCalendar } from '../../../common/calendar/index.js';
import type { RequestContext } from '../../context.js';
import { translate } from '../../../common/i18n/translate.js';
import { deadlineFacts } from '../../../common/reporting/deadline.js';
import { notifications, periodExceptions, reminderSteps, reportingPeriods } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { enqueueEmails, type OutboxMessage } from '../../mail/outbox.js';
import { DEFAULT_REMINDER_CONFIG, recipientsOfStep, type ReminderConfig, scheduleFor } from './reminder-schedule.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import {
  emailRecipients,
  loadAgencyNames,
  loadCoordinators,
  loadFocalEmails,
} from '../notifications/recipients.data.js';

/** One line of a digest: one agency's report in one period. */
export type DigestItem = { agencyName: string; periodLabel: string; dueOn: string; step: string };
/** A notice of the day (a step of the cycle) repeated in the digest of those who chose e-mail. */
export type DigestNotice = { title: string; body: string };

/** Reminder notices are already lines of the digest (from reminder_steps); the others are repeated. */
const REMINDER_KINDS = ['report-reminder', 'report-overdue'];
export type DigestResult = { date: string; recipients: number; emailsQueued: number; items: number };

/** Subject and body of one recipient's digest for one day (plain UTF-8 text). */
export function composeDigest(
  date: string,
  name: string,
  items: DigestItem[],
  calendar: WorkingCalendar,
  notices: DigestNotice[] = [],
): { subject: string; body: string } {
  const overdue = items.filter((i) => i.dueOn < date).length;
  const subject = items.length
    ? `[TTĐN] Nhắc việc ngày ${formatDateVi(date)}: ${items.length} báo cáo chưa gửi${overdue ? ` (${overdue} quá hạn)` : ''}`
    : translate('vi', 'notify.digest.subject', { date, count: notices.length });
  const lines = items
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.agencyName.localeCompare(b.agencyName, 'vi'))
    .map((i, n) => {
      const state =
        i.dueOn < date
          ? `đã quá hạn ${calendar.workingDaysBetween(i.dueOn, date)} ngày làm việc`
          : i.dueOn === date
            ? 'hạn là hôm nay'
            : `còn ${calendar.workingDaysBetween(date, i.dueOn)} ngày làm việc`;
      return `${n + 1}. ${i.agencyName} — báo cáo ${i.periodLabel}, hạn ${formatDateVi(i.dueOn)}: ${state}.`;
    });
  const noticeLines = notices.length
    ? ['', translate('vi', 'notify.digest.section'), ...notices.map((n) => `- ${n.title}: ${n.body}`)]
    : [];
  const body = [
    `Kính gửi ${name},`,
    '',
    ...(items.length
      ? [
          `Hệ thống quản lý công tác thông tin đối ngoại tổng hợp các báo cáo chưa gửi trong ngày ${formatDateVi(date)}:`,
          '',
          ...lines,
        ]
      : []),
    ...noticeLines,
    '',
    items.length
      ? 'Đề nghị đồng chí đăng nhập hệ thống để hoàn thành và gửi báo cáo đúng hạn.'
      : 'Đề nghị đồng chí đăng nhập hệ thống để xem và thực hiện.',
    'Thư này được gửi tự động, mỗi ngày một thư; vui lòng không trả lời.',
  ].join('\n');
  return { subject, body };
}

/**
 * The daily digest: every reminder step taken on `date` becomes a line in the e-mail of each focal
 * official (and coordinator) it reaches, and the day's notices of the cycle (approved, sent,
 * returned, accepted, extended…) are added for every user who chose e-mail — one e-mail per
 * address per day instead of one per event. The outbox dedupe key (date, address) makes a rerun a no-op.
 */
export async function sendDailyDigest(
  ctx: RequestContext,
  options: { date?: string; config?: ReminderConfig; calendar?: WorkingCalendar } = {},
): Promise<DigestResult> {
  const date = options.date ?? ctx.clock.today();
  const config = options.config ?? DEFAULT_REMINDER_CONFIG;
  const steps = await ctx.db.select().from(reminderSteps).where(eq(reminderSteps.takenOn, date));
  const notices = await noticesOfDay(ctx, date);
  if (steps.length === 0 && notices.size === 0) return { date, recipients: 0, emailsQueued: 0, items: 0 };
  const calendar = options.calendar ?? (await loadWorkingCalendar(ctx.db));
  const periodIds = [...new Set(steps.map((s) => s.periodId))];
  const agencyIds = [...new Set(steps.map((s) => s.agencyId))];
  const [periods, names, focal, coordinators, extensions] = await Promise.all([
    periodIds.length ? ctx.db.select().from(reportingPeriods).where(inArray(reportingPeriods.id, periodIds)) : [],
    loadAgencyNames(ctx.db, agencyIds),
    loadFocalEmails(ctx.db, agencyIds, date),
    loadCoordinators(ctx.db),
    periodIds.length ? ctx.db.select().from(periodExceptions).where(inArray(periodExceptions.periodId, periodIds)) : [],
  ]);
  const periodById = new Map(periods.map((p) => [p.id, p]));
  const extensionOf = new Map(extensions.map((e) => [`${e.periodId}:${e.agencyId}`, e.extendedTo]));
  const byAddress = new Map<string, { name: string; items: DigestItem[]; notices: DigestNotice[] }>();
  let itemCount = 0;
  for (const s of steps) {
    const period = periodById.get(s.periodId);
    if (!period) continue;
    const levels = recipientsOfStep(scheduleFor(config, period), s.step, s.level);
    const item: DigestItem = {
      agencyName: names.get(s.agencyId) ?? `Cơ quan #${s.agencyId}`,
      periodLabel: period.label,
      // The same due date the screens show: the agency's extension when it has one.
      dueOn: deadlineFacts(period, extensionOf.get(`${s.periodId}:${s.agencyId}`) ?? null).dueInForce,
      step: s.step,
    };
    for (const r of emailRecipients(s.agencyId, levels, focal, coordinators)) {
      const entry = byAddress.get(r.email) ?? { name: r.name, items: [], notices: [] };
      entry.items.push(item);
      byAddress.set(r.email, entry);
      itemCount++;
    }
  }
  for (const [email, person] of notices) {
    const entry = byAddress.get(email) ?? { name: person.name, items: [], notices: [] };
    entry.notices.push(...person.notices);
    byAddress.set(email, entry);
    itemCount += person.notices.length;
  }
  const messages: OutboxMessage[] = [...byAddress].map(([email, entry]) => {
    const { subject, body } = composeDigest(date, entry.name, entry.items, calendar, entry.notices);
    return { dedupeKey: `digest:${date}:${email}`, to: email, subject, body };
  });
  const queued = await inTransaction(ctx.db, (tx) => enqueueEmails(tx, ctx.clock, messages));
  return { date, recipients: byAddress.size, emailsQueued: queued, items: itemCount };
}

/**
 * The day's notices (steps of the cycle, not reminders) of the people who chose e-mail, by their
 * address: "the day" is Vietnam's calendar day.
 */
async function noticesOfDay(
  ctx: RequestContext,
  date: string,
): Promise<Map<string, { name: string; notices: DigestNotice[] }>> {
  const from = new Date(`${date}T00:00:00+07:00`);
  const to = new Date(from.getTime() + 86_400_000);
  const rows = await ctx.db
    .select({ email: users.email, name: users.displayName, title: notifications.title, body: notifications.body })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        gte(notifications.createdAt, from),
        lt(notifications.createdAt, to),
        notInArray(notifications.kind, REMINDER_KINDS),
        eq(users.emailDigest, true),
        eq(users.isActive, true),
        isNotNull(users.email),
      ),
    )
    .orderBy(notifications.id);
  const out = new Map<string, { name: string; notices: DigestNotice[] }>();
  for (const r of rows) {
    const email = r.email!.trim().toLowerCase();
    if (!email) continue;
    const entry = out.get(email) ?? { name: r.name, notices: [] };
    entry.notices.push({ title: r.title, body: r.body });
    out.set(email, entry);
  }
  return out;
}
