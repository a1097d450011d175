import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../common/calendar/index.js';
import type { Database } from '../../db/client.js';
import { notifications, outboxEmails, periodExceptions, reminderSteps } from '../../db/schema/reporting.js';
import { createTestDatabase } from '../../test/test-db.js';
import { sendDailyDigest } from './send-daily-digest.js';
import { sendReportReminders } from './send-report-reminders.js';
import { buildObligedAgency, buildPeriod, buildSubmission, buildUser, fakeClock } from './reminders.test-support.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase('demo');
});
afterAll(async () => {
  await database?.close();
});

const ctxAt = (date: string) => ({
  db: database.db,
  clock: fakeClock(date),
  actor: { kind: 'system' as const, name: 'test' },
});

describe('the daily reminder sweep over a period due Wed 14/5/2025', () => {
  let periodId: number;
  let late: Awaited<ReturnType<typeof buildObligedAgency>>;
  let alsoLate: Awaited<ReturnType<typeof buildObligedAgency>>;
  let done: Awaited<ReturnType<typeof buildObligedAgency>>;
  let extended: Awaited<ReturnType<typeof buildObligedAgency>>;
  let coordinatorId: number;
  const takenByDate = new Map<string, Array<{ agencyId: number; step: string }>>();

  beforeAll(async () => {
    const period = await buildPeriod(database.db, { dueOn: '2025-05-14', label: '06 tháng đầu năm 2025' });
    periodId = period.id;
    late = await buildObligedAgency(database.db, periodId, 'Sở Nông nghiệp và Môi trường (thử)');
    alsoLate = await buildObligedAgency(database.db, periodId, 'Sở Xây dựng (thử)');
    done = await buildObligedAgency(database.db, periodId, 'Sở Tài chính (thử)');
    await buildSubmission(database.db, periodId, done.agency.id, 'submitted');
    // A draft does not count as submitted.
    await buildSubmission(database.db, periodId, alsoLate.agency.id, 'draft');
    extended = await buildObligedAgency(database.db, periodId, 'Sở Y tế (thử, được gia hạn)');
    await database.db
      .insert(periodExceptions)
      .values({ periodId, agencyId: extended.agency.id, extendedTo: '2025-05-19', reason: 'Gia hạn do đột xuất' });
    coordinatorId = (
      await buildUser(database.db, { role: 'coordinator', email: 'dieuphoi.thu@svhttdl.tuyenquang.gov.vn' })
    ).id;
    for (let d = '2025-05-05'; d <= '2025-05-23'; d = addDays(d, 1)) {
      const result = await sendReportReminders(ctxAt(d));
      takenByDate.set(
        d,
        result.taken.map((t) => ({ agencyId: t.agencyId, step: t.step })),
      );
    }
  });

  it('takes each step on its working day, and nothing on other days', () => {
    const forLate = [...takenByDate].flatMap(([d, list]) =>
      list.filter((t) => t.agencyId === late.agency.id).map((t) => [d, t.step]),
    );
    expect(forLate).toEqual([
      ['2025-05-07', 'before-5'],
      ['2025-05-13', 'before-1'],
      ['2025-05-15', 'after-1'],
      ['2025-05-22', 'weekly-1'],
    ]);
  });

  it('reminds an agency with an extension against its own due date', () => {
    const steps = [...takenByDate].flatMap(([d, list]) =>
      list.filter((t) => t.agencyId === extended.agency.id).map((t) => [d, t.step]),
    );
    expect(steps).toEqual([
      ['2025-05-12', 'before-5'],
      ['2025-05-16', 'before-1'],
      ['2025-05-20', 'after-1'],
    ]);
  });

  it('sends nothing to an agency that has submitted', async () => {
    const rows = await database.db.select().from(reminderSteps).where(eq(reminderSteps.agencyId, done.agency.id));
    expect(rows).toEqual([]);
    const inbox = await database.db
      .select()
      .from(notifications)
      .where(inArray(notifications.userId, [done.officerUserId, done.leaderUserId]));
    expect(inbox).toEqual([]);
  });

  it('is idempotent: a second sweep the same day sends nothing new', async () => {
    const before = await database.db.select().from(notifications);
    const again = await sendReportReminders(ctxAt('2025-05-22'));
    expect(again.taken).toEqual([]);
    expect(await database.db.select().from(notifications)).toHaveLength(before.length);
  });

  it('escalates officer → leader → coordinator', async () => {
    const steps = await database.db
      .select()
      .from(reminderSteps)
      .where(and(eq(reminderSteps.periodId, periodId), eq(reminderSteps.agencyId, late.agency.id)));
    expect(steps.sort((a, b) => a.takenOn.localeCompare(b.takenOn)).map((s) => s.level)).toEqual([
      'officer',
      'officer',
      'leader',
      'coordinator',
    ]);
    const coordinatorInbox = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, coordinatorId));
    // Coordinators hear only of the weekly escalation: one notice per late agency.
    expect(coordinatorInbox.map((n) => n.dedupeKey).sort()).toEqual(
      [
        `reminder:${periodId}:${alsoLate.agency.id}:weekly-1:${coordinatorId}`,
        `reminder:${periodId}:${late.agency.id}:weekly-1:${coordinatorId}`,
      ].sort(),
    );
    const officerInbox = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, late.officerUserId));
    expect(officerInbox).toHaveLength(4);
    expect(officerInbox.find((n) => n.dedupeKey.includes(':after-1:'))?.body).toContain('đã quá hạn 1 ngày làm việc');
  });

  it('skips weekends and holidays', async () => {
    expect((await sendReportReminders(ctxAt('2025-05-10'))).skipped).toBe('non-working-day');
    expect((await sendReportReminders(ctxAt('2025-09-02'))).skipped).toBe('non-working-day');
  });

  it('puts all of one recipient’s reminders of a day in one e-mail (daily digest)', async () => {
    const result = await sendDailyDigest(ctxAt('2025-05-22'));
    // weekly-1 reaches leader + coordinators: 2 leaders and this coordinator (the demo coordinator has no e-mail).
    expect(result.recipients).toBe(3);
    const mail = await database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.dedupeKey, 'digest:2025-05-22:%'));
    const toCoordinator = mail.filter((m) => m.toAddress === 'dieuphoi.thu@svhttdl.tuyenquang.gov.vn');
    expect(toCoordinator).toHaveLength(1);
    expect(toCoordinator[0]!.subject).toBe('[TTĐN] Nhắc việc ngày 22/05/2025: 2 báo cáo chưa gửi (2 quá hạn)');
    expect(toCoordinator[0]!.body).toContain('Sở Nông nghiệp và Môi trường (thử)');
    expect(toCoordinator[0]!.body).toContain('Sở Xây dựng (thử)');
    expect(mail.map((m) => m.toAddress).sort()).toEqual(
      [late.leaderEmail, alsoLate.leaderEmail, 'dieuphoi.thu@svhttdl.tuyenquang.gov.vn'].sort(),
    );
    // Officers are not on the weekly step; on 15/5 (after-1) they and the leaders were.
    await sendDailyDigest(ctxAt('2025-05-15'));
    const day15 = await database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.dedupeKey, 'digest:2025-05-15:%'));
    expect(day15.map((m) => m.toAddress).sort()).toEqual(
      [late.officerEmail, late.leaderEmail, alsoLate.officerEmail, alsoLate.leaderEmail].sort(),
    );
    expect(day15.find((m) => m.toAddress === late.officerEmail)!.body).toContain('đã quá hạn 1 ngày làm việc');
  });

  it('does not queue a digest twice for the same day', async () => {
    const again = await sendDailyDigest(ctxAt('2025-05-22'));
    expect(again.emailsQueued).toBe(0);
  });
});
