import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { notifications, outboxEmails } from '../../db/schema/reporting.js';
import { users } from '../../db/schema/system.js';
import { createTestDatabase } from '../../test/test-db.js';
import { buildReminderLetter } from '../reminders/reminder-letter.js';
import { sendDailyDigest } from '../reminders/send-daily-digest.js';
import { acceptReport } from './accept-report.js';
import { approveReport } from './approve-report.js';
import { grantPeriodException } from './grant-period-exception.js';
import { getTimelinessBoard } from './reporting-board.queries.js';
import { buildActor, contextOf, findPeriod, obligationsWithoutReport } from './reporting.test-support.js';
import { requestApproval } from './request-approval.js';
import { returnReport } from './return-report.js';
import { saveDraft } from './save-draft.js';
import { getSubmissionView } from './submission-view.js';
import { submitReport } from './submit-report.js';

let database: Database;
let periodId: number;
let agencyId: number;
let taskId: number;
let officer: Actor;
let leader: Actor;
let coordinator: Actor;
const DAY = '2026-11-10';
const as = (actor: Actor, today = DAY): RequestContext => contextOf(database, today, actor);
const kindsOf = async (actor: Actor) =>
  (
    await database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(and(eq(notifications.userId, (actor as { userId: number }).userId), like(notifications.kind, 'report-%')))
      .orderBy(notifications.id)
  ).map((n) => n.kind);

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const period = await findPeriod(database, 2026, 'annual');
  periodId = period.id;
  const mine = (await obligationsWithoutReport(database, periodId))[0]!;
  agencyId = mine.agencyId;
  taskId = mine.taskIds[0]!;
  officer = await buildActor(database, 'cycle-officer', 'agency-officer', agencyId);
  leader = await buildActor(database, 'cycle-leader', 'agency-leader', agencyId);
  coordinator = await buildActor(database, 'cycle-coord', 'coordinator', null);
  await database.db.update(users).set({ email: 'lanhdao.cycle@example.vn' }).where(eq(users.username, 'cycle-leader'));
  // The officer chose not to receive e-mail.
  await database.db
    .update(users)
    .set({ email: 'canbo.cycle@example.vn', emailDigest: false })
    .where(eq(users.username, 'cycle-officer'));
});
afterAll(() => database.close());

describe('every step of the cycle tells the person who acts next', () => {
  it('draft → asked → approved → sent → returned → sent again → accepted, each announced once', async () => {
    const line = {
      taskId,
      status: 'done' as const,
      doneText: 'Đã tổ chức hội nghị',
      resultsText: '',
      evidenceLinks: [],
    };
    const draft = await saveDraft(as(officer), { periodId, agencyId, version: 0, lines: [line] });
    const id = draft.submission.id;
    // A leader approves directly; only an officer asks.
    const officerView = await getSubmissionView(as(officer), periodId, agencyId);
    expect(officerView.abilities.canRequestApproval).toBe(true);
    expect((await getSubmissionView(as(leader), periodId, agencyId)).abilities.canRequestApproval).toBe(false);

    const asked = await requestApproval(as(officer), id, { present: true });
    expect(asked.submission.status).toBe('draft');
    expect(asked.view?.submission.approvalRequestedAt).not.toBeNull();
    expect(await kindsOf(leader)).toEqual(['report-awaiting-approval']);
    expect(await kindsOf(officer)).toEqual([]); // never told of one's own step

    await approveReport(as(leader), id);
    expect(await kindsOf(officer)).toEqual(['report-approved']);
    await submitReport(as(leader), id);
    expect(await kindsOf(coordinator)).toEqual(['report-submitted']);
    expect(await kindsOf(officer)).toEqual(['report-approved', 'report-submitted']);

    await returnReport(as(coordinator), id, {
      reason: 'Bổ sung số liệu hội nghị',
      comments: [{ taskId, comment: 'Ghi rõ số người dự' }],
    });
    const [returned] = await database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, (officer as { userId: number }).userId),
          eq(notifications.kind, 'report-returned'),
        ),
      );
    expect(returned!.body).toContain('Bổ sung số liệu hội nghị');
    expect(returned!.body).toContain('(1 dòng có ý kiến)');
    expect(returned!.body).toContain('sửa và gửi lại');
    expect(returned!.link).toBe(`/reporting/periods/${periodId}/agencies/${agencyId}`);

    // The officer corrects and sends it back to the leader ("Gửi lại sau khi sửa").
    const v = (await getSubmissionView(as(officer), periodId, agencyId)).submission.version;
    await saveDraft(as(officer), {
      periodId,
      agencyId,
      version: v,
      lines: [{ ...line, doneText: 'Đã tổ chức hội nghị, 120 người dự' }],
    });
    await requestApproval(as(officer), id);
    await approveReport(as(leader), id);
    await submitReport(as(leader), id);
    expect(await kindsOf(coordinator)).toEqual(['report-submitted', 'report-resubmitted']);
    // The reviewer sees the reason still, and the line as it was returned next to what changed.
    const again = await getSubmissionView(as(coordinator), periodId, agencyId);
    expect(again.returnReason).toBe('Bổ sung số liệu hội nghị');
    const changed = again.lines.find((l) => l.taskId === taskId)!;
    expect(changed.doneText).toBe('Đã tổ chức hội nghị, 120 người dự');
    expect(changed.sinceReturn).toEqual({ status: 'done', doneText: 'Đã tổ chức hội nghị', resultsText: '' });
    expect(again.lines.filter((l) => l.sinceReturn).length).toBe(1);
    await acceptReport(as(coordinator), id);
    expect((await kindsOf(leader)).filter((k) => k === 'report-accepted')).toHaveLength(1);
    // Repeating a step that already took effect announces nothing new.
    await acceptReport(as(coordinator), id);
    expect((await kindsOf(leader)).filter((k) => k === 'report-accepted')).toHaveLength(1);
  });

  it('an empty report cannot be sent to the leader', async () => {
    const other = (await obligationsWithoutReport(database, periodId))[0]!;
    const clerk = await buildActor(database, 'cycle-officer-2', 'agency-officer', other.agencyId);
    const draft = await saveDraft(as(clerk), { periodId, agencyId: other.agencyId, version: 0 });
    await expect(requestApproval(as(clerk), draft.submission.id)).rejects.toMatchObject({ code: 'REPORT_EMPTY' });
  });
});

describe('an extension moves the due date everywhere and is announced', () => {
  it('the agency hears of it, the board counts from it, days late in working days', async () => {
    const free = await obligationsWithoutReport(database, periodId);
    const late = free[0]!;
    const extended = free[1]!;
    const staff = await buildActor(database, 'cycle-ext-officer', 'agency-officer', extended.agencyId);
    const period = await findPeriod(database, 2026, 'annual');
    // The demo's annual period: "trước ngày 15/11/2026" → 14/11 is a Saturday → due Monday 16/11.
    expect(period.statedDue).toBe('2026-11-15');
    expect(period.dueOn).toBe('2026-11-16');
    await grantPeriodException(as(coordinator, '2026-11-20'), {
      periodId,
      agencyId: extended.agencyId,
      extendedTo: '2026-11-30',
      reason: 'Cơ quan mới sáp nhập, cần thêm thời gian',
    });
    const [notice] = await database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, (staff as { userId: number }).userId), eq(notifications.kind, 'report-extended')),
      );
    expect(notice!.title).toContain('30/11/2026');
    expect(notice!.body).toContain('Cơ quan mới sáp nhập');

    const board = await getTimelinessBoard(as(coordinator, '2026-11-27'), periodId);
    const rowOf = (id: number) => board.byAgency.find((a) => a.agencyId === id)!;
    expect(rowOf(extended.agencyId).timeliness).toBe('pending-within-term');
    expect(rowOf(extended.agencyId).dueInForce).toBe('2026-11-30');
    expect(rowOf(extended.agencyId).daysLate).toBeNull();
    // 16/11 (Mon) → 27/11 (Fri): 9 working days, not 11 calendar days.
    expect(rowOf(late.agencyId).timeliness).toBe('overdue');
    expect(rowOf(late.agencyId).daysLate).toBe(9);

    // The letter says the same: the plan's words, the due date and why, the extension, days in working days.
    const letter = await buildReminderLetter(as(coordinator, '2026-11-27'), periodId);
    const text = JSON.stringify(letter.document);
    expect(letter.document.subject).toBe('đôn đốc báo cáo kết quả công tác thông tin đối ngoại năm 2026');
    expect(text).toContain('trước ngày 15/11/2026');
    expect(text).toContain('(hạn nộp: 16/11/2026)');
    expect(text).toContain('Ngày đó là thứ Bảy');
    expect(letter.late.find((a) => a.agencyId === late.agencyId)?.status).toBe('Quá hạn 9 ngày làm việc');
    expect(letter.late.find((a) => a.agencyId === extended.agencyId)?.status).toBe(
      'Chưa gửi (đã gia hạn đến 30/11/2026)',
    );
  });
});

describe('the e-mail digest carries the day’s notices to those who chose e-mail', () => {
  it('the leader gets them, the officer who declined does not', async () => {
    const result = await sendDailyDigest(as(coordinator), { date: DAY });
    expect(result.emailsQueued).toBeGreaterThan(0);
    const mails = await database.db
      .select()
      .from(outboxEmails)
      .where(like(outboxEmails.dedupeKey, `digest:${DAY}:%`));
    const toLeader = mails.find((m) => m.toAddress === 'lanhdao.cycle@example.vn');
    // Asked twice (before and after the return), returned, accepted.
    expect(toLeader?.subject).toBe('[TTĐN] Thông báo ngày 10/11/2026: 4 việc mới');
    expect(toLeader?.body).toContain('Thông báo trong ngày:');
    expect(toLeader?.body).toContain('chờ lãnh đạo duyệt');
    expect(mails.some((m) => m.toAddress === 'canbo.cycle@example.vn')).toBe(false);
  });
});
