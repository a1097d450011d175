import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { submissions, submissionVersions } from '../../db/schema/reporting.js';
import { auditEvents } from '../../db/schema/system.js';
import { createTestDatabase } from '../../test/test-db.js';
import { acceptReport } from './accept-report.js';
import { approveReport } from './approve-report.js';
import { getEvidenceFile } from './download-evidence.js';
import { attachEvidence } from './attach-evidence.js';
import { grantPeriodException } from './grant-period-exception.js';
import { loadObligationStatusesUnscoped } from './obligation-status.data.js';
import { getSubmissionView } from './submission-view.js';
import { getTimelinessBoard } from './reporting-board.queries.js';
import { buildActor, contextOf, findPeriod, obligationsWithoutReport } from './reporting.test-support.js';
import { returnReport } from './return-report.js';
import { saveDraft } from './save-draft.js';
import { submitReport } from './submit-report.js';

let database: Database;
let periodId: number;
let agencyId: number;
let taskId: number;
let otherAgencyId: number;
let officer: Actor;
let officer2: Actor;
let leader: Actor;
let stranger: Actor;
let coordinator: Actor;
const DAY = '2026-11-10';
const as = (actor: Actor, today = DAY): RequestContext => contextOf(database, today, actor);

beforeAll(async () => {
  database = await createTestDatabase('demo');
  const period = await findPeriod(database, 2026, 'annual');
  periodId = period.id;
  const free = await obligationsWithoutReport(database, periodId);
  const [mine, other] = [free[0]!, free[1]!];
  agencyId = mine.agencyId;
  taskId = mine.taskIds[0]!;
  otherAgencyId = other.agencyId;
  officer = await buildActor(database, 'canbo1', 'agency-officer', agencyId);
  officer2 = await buildActor(database, 'canbo2', 'agency-officer', agencyId);
  leader = await buildActor(database, 'lanhdao1', 'agency-leader', agencyId);
  stranger = await buildActor(database, 'canbokhac', 'agency-officer', otherAgencyId);
  coordinator = await buildActor(database, 'dieuphoi2', 'coordinator', null);
});
afterAll(() => database.close());

const versionOf = async (id: number) =>
  (await database.db.select().from(submissions).where(eq(submissions.id, id)))[0]!;
const audits = async (action: string, id: number) =>
  (
    await database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, String(id))))
  )[0]!.n;

describe('an agency report from draft to acceptance', () => {
  let id: number;

  it('an empty report cannot be approved', async () => {
    const full = await saveDraft(as(officer), { periodId, agencyId, version: 0 });
    id = full.submission.id;
    expect(full.lines.length).toBeGreaterThan(0);
    await expect(approveReport(as(leader), id)).rejects.toMatchObject({ code: 'REPORT_EMPTY' });
    // Zeros are not content either.
    await saveDraft(as(officer), { periodId, agencyId, version: 1, indicatorValues: [{ code: 'EVENTS', value: 0 }] });
    await expect(approveReport(as(leader), id)).rejects.toMatchObject({ code: 'REPORT_EMPTY' });
  });

  it('rejects negative, fractional, absurd and unknown figures, naming the indicator', async () => {
    const v = (await versionOf(id)).version;
    const bad = async (value: number, code = 'EVENTS', breakdownKey?: string) =>
      saveDraft(as(officer), { periodId, agencyId, version: v, indicatorValues: [{ code, value, breakdownKey }] });
    const refusal = (problem: string) => ({
      code: 'INDICATOR_INVALID',
      details: { indicators: [expect.objectContaining({ code: 'EVENTS', problem })] },
    });
    await expect(bad(-3)).rejects.toMatchObject(refusal('negative'));
    await expect(bad(-3)).rejects.toMatchObject({
      params: { count: 1, names: expect.stringContaining('Sự kiện, hoạt động có nội dung thông tin đối ngoại') },
    });
    await expect(bad(2.5)).rejects.toMatchObject(refusal('notInteger'));
    await expect(bad(5_000_000)).rejects.toMatchObject(refusal('tooLarge'));
    await expect(bad(3, 'NEWS_BY_LANGUAGE', 'fr')).rejects.toMatchObject({
      details: {
        indicators: [
          expect.objectContaining({ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'fr', problem: 'unknownBreakdown' }),
        ],
      },
    });
    await expect(bad(3, 'NO_SUCH')).rejects.toMatchObject({
      code: 'INDICATOR_INVALID',
      details: { indicators: [expect.objectContaining({ code: 'NO_SUCH', problem: 'notInReport' })] },
    });
    // A budget may have decimals (triệu đồng).
    await expect(bad(12.5, 'BUDGET_SPENT')).resolves.toBeDefined();
    expect((await versionOf(id)).version).toBe(v + 1);
  });

  it('two officers editing at once: the second save gets VERSION_CONFLICT and the first save is kept', async () => {
    const v = (await versionOf(id)).version;
    await saveDraft(as(officer), {
      periodId,
      agencyId,
      version: v,
      lines: [{ taskId, status: 'continuing', doneText: 'Ban hành 02 văn bản hướng dẫn.' }],
    });
    const second = saveDraft(as(officer2), {
      periodId,
      agencyId,
      version: v,
      lines: [{ taskId, status: 'done', doneText: 'Nội dung của cán bộ thứ hai.' }],
    });
    await expect(second).rejects.toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: v + 1 } });
    const view = await getSubmissionView(as(officer), periodId, agencyId);
    expect(view.lines.find((l) => l.taskId === taskId)!.doneText).toBe('Ban hành 02 văn bản hướng dẫn.');
    const versions = await database.db.select().from(submissionVersions).where(eq(submissionVersions.submissionId, id));
    expect(versions.map((r) => r.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: v + 1 }, (_, i) => i + 1),
    );
  });

  it('an officer cannot approve or submit; a coordinator cannot edit; another agency cannot read or edit', async () => {
    await expect(approveReport(as(officer), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(submitReport(as(officer), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const v = (await versionOf(id)).version;
    await expect(
      saveDraft(as(coordinator), { periodId, agencyId, version: v, proposals: 'sửa hộ' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveDraft(as(stranger), { periodId, agencyId, version: v, proposals: 'x' })).rejects.toMatchObject({
      code: 'NOT_OWN_AGENCY',
    });
    await expect(getSubmissionView(as(stranger), periodId, agencyId)).rejects.toMatchObject({
      code: 'NOT_OWN_AGENCY',
    });
    // A coordinator sees that a draft exists but not its text.
    const seen = await getSubmissionView(as(coordinator), periodId, agencyId);
    expect(seen.submission.proposals).toBeNull();
    expect(seen.lines.every((l) => l.doneText === '')).toBe(true);
  });

  it('illegal transitions are refused with ILLEGAL_TRANSITION', async () => {
    await expect(submitReport(as(leader), id)).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      params: { action: 'submit', status: 'draft' },
    }); // not approved yet
    await expect(acceptReport(as(coordinator), id)).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await expect(returnReport(as(coordinator), id, { reason: 'x' })).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
    });
  });

  it('the whole submit is one transaction: a failure half-way leaves the report approved and no audit row', async () => {
    const approved = await approveReport(as(leader), id);
    expect(approved.submission.status).toBe('approved');
    let calls = 0;
    const failing: RequestContext = {
      ...as(leader),
      clock: {
        today: () => DAY,
        now: () => {
          if (++calls > 1) throw new Error('killed');
          return new Date(`${DAY}T03:00:00Z`);
        },
      },
    };
    await expect(submitReport(failing, id)).rejects.toThrow('killed');
    const row = await versionOf(id);
    expect(row.status).toBe('approved');
    expect(row.firstSubmittedAt).toBeNull();
    expect(await audits('report.submit', id)).toBe(0);
  });

  it('the leader submits; a double submit returns the same result and writes one audit row', async () => {
    const first = await submitReport(as(leader), id);
    const second = await submitReport(as(leader), id);
    expect([first.changed, second.changed]).toEqual([true, false]);
    expect(second.submission.submittedAt).toEqual(first.submission.submittedAt);
    expect(second.submission.version).toBe(first.submission.version);
    expect(await audits('report.submit', id)).toBe(1);
    await expect(approveReport(as(leader), id)).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await expect(
      saveDraft(as(officer), { periodId, agencyId, version: first.submission.version, proposals: 'x' }),
    ).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('returned with per-line comments after the lock, it can still be corrected and resubmitted; timeliness keeps the first submission', async () => {
    const afterLock = '2026-11-25';
    const returned = await returnReport(as(coordinator, afterLock), id, {
      reason: 'Bổ sung số liệu',
      comments: [{ taskId, comment: 'Nêu số văn bản cụ thể.' }],
    });
    expect(returned.lines.find((l) => l.taskId === taskId)).toMatchObject({
      reviewStatus: 'returned',
      reviewComment: 'Nêu số văn bản cụ thể.',
    });
    const v = (await versionOf(id)).version;
    await saveDraft(as(officer, afterLock), {
      periodId,
      agencyId,
      version: v,
      lines: [{ taskId, status: 'continuing', doneText: 'Ban hành Công văn số 15 và Kế hoạch số 20.' }],
    });
    expect((await versionOf(id)).status).toBe('draft');
    const firstSubmittedAt = (await versionOf(id)).firstSubmittedAt;
    await approveReport(as(leader, afterLock), id);
    const resent = await submitReport(as(leader, afterLock), id);
    expect(resent.submission.status).toBe('submitted');
    expect(resent.submission.firstSubmittedAt).toEqual(firstSubmittedAt);
    const [status] = (await loadObligationStatusesUnscoped(database.db, [periodId], afterLock)).filter(
      (o) => o.agencyId === agencyId,
    );
    expect(status!.timeliness).toBe('on-time');
    // The board shows both sends with their times, not just the first or the latest.
    const board = await getTimelinessBoard(as(coordinator, afterLock), periodId);
    const row = board.byAgency.find((o) => o.agencyId === agencyId)!;
    expect(row.sends).toEqual([firstSubmittedAt, resent.submission.submittedAt]);
    expect(row.sends![0]).not.toEqual(row.sends![1]);
  });
});

describe('lock, exceptions and files', () => {
  it('entry is refused after the lock unless the coordinator granted an exception', async () => {
    const late = '2026-11-24';
    await expect(
      saveDraft(as(stranger, late), { periodId, agencyId: otherAgencyId, version: 0, proposals: 'x' }),
    ).rejects.toMatchObject({ code: 'PERIOD_LOCKED', params: { locksOn: '2026-11-23' } });
    await expect(
      grantPeriodException(as(stranger, late), {
        periodId,
        agencyId: otherAgencyId,
        extendedTo: '2026-11-30',
        reason: 'xin gia hạn',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await grantPeriodException(as(coordinator, late), {
      periodId,
      agencyId: otherAgencyId,
      extendedTo: '2026-11-30',
      reason: 'Chờ số liệu',
    });
    const saved = await saveDraft(as(stranger, late), {
      periodId,
      agencyId: otherAgencyId,
      version: 0,
      lines: [],
      proposals: 'Đề xuất tập huấn',
    });
    expect(saved.submission.version).toBe(1);
    await expect(
      saveDraft(as(stranger, '2026-12-01'), { periodId, agencyId: otherAgencyId, version: 1, proposals: 'y' }),
    ).rejects.toMatchObject({ code: 'PERIOD_LOCKED' });
  });

  it('an approved report cannot be submitted after the lock', async () => {
    const leader2 = await buildActor(database, 'lanhdao2', 'agency-leader', otherAgencyId);
    const s = await saveDraft(as(stranger, '2026-11-26'), {
      periodId,
      agencyId: otherAgencyId,
      version: 1,
      indicatorValues: [{ code: 'EVENTS', value: 4 }],
    });
    await approveReport(as(leader2, '2026-11-26'), s.submission.id);
    await expect(submitReport(as(leader2, '2026-12-02'), s.submission.id)).rejects.toMatchObject({
      code: 'PERIOD_LOCKED',
    });
  });

  it('refuses a file too large, of a forbidden type, or renamed; accepts a real PNG', async () => {
    const [row] = await database.db
      .select()
      .from(submissions)
      .where(and(eq(submissions.periodId, periodId), eq(submissions.agencyId, otherAgencyId)));
    const attach = (filename: string, bytes: Uint8Array) =>
      attachEvidence(as(stranger, '2026-11-26'), { submissionId: row!.id, filename, bytes });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await expect(attach('anh.png', new Uint8Array(11 * 1024 * 1024).fill(1))).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      params: { filename: 'anh.png', sizeMb: 11, maxMb: 10 },
    });
    await expect(attach('virus.exe', png)).rejects.toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED' });
    await expect(attach('bao-cao.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0]))).rejects.toMatchObject({
      code: 'FILE_CONTENT_MISMATCH',
      params: { extension: 'pdf' },
    });
    await expect(attach('rong.pdf', new Uint8Array())).rejects.toMatchObject({ code: 'FILE_EMPTY' });
    const ok = await attach('anh-hoi-nghi.png', png);
    expect(ok.submission.files.map((f) => f.filename)).toEqual(['anh-hoi-nghi.png']);
    await expect(
      attachEvidence(as(officer, '2026-11-26'), { submissionId: row!.id, filename: 'x.png', bytes: png }),
    ).rejects.toMatchObject({ code: 'NOT_OWN_AGENCY' });
    const fileId = (ok.submission.files[0] as { id: number }).id;
    const file = await getEvidenceFile(as(stranger, '2026-11-26'), row!.id, fileId);
    expect([file.filename, Buffer.from(file.bytes).equals(Buffer.from(png))]).toEqual(['anh-hoi-nghi.png', true]);
    await expect(getEvidenceFile(as(officer, '2026-11-26'), row!.id, fileId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('timeliness of the demo’s 2026 annual period on 26/11/2026', () => {
  it('classes every obligation from stored timestamps and the clock', async () => {
    const rows = await loadObligationStatusesUnscoped(database.db, [periodId], '2026-11-26');
    for (const o of rows) {
      const due = o.exceptionTo && o.exceptionTo > o.dueOn ? o.exceptionTo : o.dueOn; // an extension moves the due date
      if (o.firstSubmittedAt === null)
        expect(o.timeliness).toBe(due >= '2026-11-26' ? 'pending-within-term' : 'overdue');
      else
        expect(o.timeliness).toBe(o.firstSubmittedAt.getTime() < Date.parse(`${due}T17:00:00Z`) ? 'on-time' : 'late');
    }
    expect(rows.some((o) => o.timeliness === 'overdue')).toBe(true);
    expect(rows.some((o) => o.timeliness === 'late')).toBe(true);
    const early = await loadObligationStatusesUnscoped(database.db, [periodId], '2026-11-10');
    expect(early.filter((o) => o.firstSubmittedAt === null).every((o) => o.timeliness === 'pending-within-term')).toBe(
      true,
    );
  });
});

describe('acceptance locks', () => {
  it('an accepted report cannot be edited, returned or resubmitted', async () => {
    const free = await obligationsWithoutReport(database, periodId);
    const target = free[0]!;
    const off = await buildActor(database, 'canbo3', 'agency-officer', target.agencyId);
    const lead = await buildActor(database, 'lanhdao3', 'agency-leader', target.agencyId);
    const s = await saveDraft(as(off), {
      periodId,
      agencyId: target.agencyId,
      version: 0,
      lines: [{ taskId: target.taskIds[0]!, status: 'continuing', doneText: 'Đã triển khai.' }],
    });
    await approveReport(as(lead), s.submission.id);
    await submitReport(as(lead), s.submission.id);
    const accepted = await acceptReport(as(coordinator), s.submission.id);
    expect(accepted.lines.every((l) => l.reviewStatus === 'accepted')).toBe(true);
    expect((await acceptReport(as(coordinator), s.submission.id)).changed).toBe(false);
    await expect(
      saveDraft(as(off), { periodId, agencyId: target.agencyId, version: accepted.submission.version, proposals: 'x' }),
    ).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    await expect(returnReport(as(coordinator), s.submission.id, { reason: 'x' })).rejects.toMatchObject({
      code: 'ILLEGAL_TRANSITION',
    });
    await expect(submitReport(as(lead), s.submission.id)).rejects.toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });
});
