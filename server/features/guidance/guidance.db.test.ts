import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuidanceSummary, GuidanceView } from '../../../common/contracts/guidance.js';
import { createClock } from '../../context.js';
import { agencyGroups } from '../../db/schema/organisations.js';
import { auditEvents, notifications } from '../../db/schema/index.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { agencyIdByName } from '../reporting/reporting.test-support.js';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { sendGuidanceReminders } from './send-guidance-reminders.js';

let t: TestApp;
let coordinator: Session;
let officer: Session;
let leader: Session;
let ngoaiVuOfficer: Session;
let bao: number;
let ngoaiVu: number;
let pressGroup: number;

beforeAll(async () => {
  // Thursday 26/11/2026: three working days to acknowledge end on Tuesday 01/12.
  t = await buildTestApp({ today: '2026-11-26' });
  coordinator = await signIn(t.app, 'dieuphoi');
  officer = await signIn(t.app, 'baotuyenquang');
  leader = await signIn(t.app, 'lanhdaobao');
  ngoaiVuOfficer = await signIn(t.app, 'songoaivu');
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  ngoaiVu = await agencyIdByName(t.database, 'Sở Ngoại vụ');
  const [group] = await t.database.db
    .select({ id: agencyGroups.id })
    .from(agencyGroups)
    .where(eq(agencyGroups.name, 'Các cơ quan báo chí'));
  pressGroup = group!.id;
});
afterAll(() => t.close());

const issue = async (body: Record<string, unknown> = {}) => {
  const response = await coordinator.inject({
    method: 'POST',
    url: '/api/guidance',
    payload: {
      title: 'Tuyên truyền kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam',
      body: 'Tập trung thông tin về truyền thống Quân đội nhân dân.\nĐăng tải trên các nền tảng số bằng tiếng Anh.',
      number: '25/HD-SVHTTDL',
      agencyIds: [ngoaiVu],
      groupIds: [pressGroup],
      anniversaryKey: 'people-army',
      ...body,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().note as GuidanceView;
};

describe('guidance notes', () => {
  it('issues to an agency and a group: the group resolves to its agencies on the day, each notified', async () => {
    const note = await issue();
    expect(note.acknowledgeBy).toBe('2026-12-01');
    const agencies = note.recipientList.map((r) => r.agencyId);
    expect(agencies).toContain(ngoaiVu);
    expect(agencies).toContain(bao);
    expect(note.recipientList.find((r) => r.agencyId === bao)!.via).toContain('Các cơ quan báo chí');
    expect(note.recipientList.every((r) => r.status === 'unread')).toBe(true);
    expect(note.anniversary!.title).toContain('82 năm');
    const sent = await t.database.db
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, `guidance:${note.id}:%`));
    expect(sent.length).toBeGreaterThanOrEqual(2);
  });

  it('records the read receipt exactly once, however many opens arrive at once', async () => {
    const note = await issue();
    const opens = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? leader : officer).inject({ method: 'POST', url: `/api/guidance/${note.id}/open` }),
      ),
    );
    for (const r of opens) expect(r.statusCode, r.body).toBe(200);
    const bodies = opens.map((r) => r.json() as { readAt: string; first: boolean });
    expect(bodies.filter((b) => b.first)).toHaveLength(1);
    expect(new Set(bodies.map((b) => b.readAt)).size).toBe(1);
    const audits = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'guidance.read'), eq(auditEvents.subjectId, String(note.id))));
    expect(audits).toHaveLength(1);
    // A later open changes nothing.
    const later = (await officer.inject({ method: 'POST', url: `/api/guidance/${note.id}/open` })).json();
    expect(later).toEqual({ readAt: bodies[0]!.readAt, first: false });
    // The coordinator reading the note gives no receipt.
    const seen = (await coordinator.inject({ method: 'GET', url: `/api/guidance/${note.id}` })).json()
      .note as GuidanceView;
    expect(seen.recipientList.find((r) => r.agencyId === ngoaiVu)!.status).toBe('unread');
    expect(seen.recipientList.find((r) => r.agencyId === bao)!.status).toBe('read');
  });

  it('agencies acknowledge their own; others are refused; the register counts receipts', async () => {
    const note = await issue({ groupIds: [], agencyIds: [ngoaiVu] });
    const refused = await officer.inject({ method: 'POST', url: `/api/guidance/${note.id}/acknowledge`, payload: {} });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('GUIDANCE_NOT_ADDRESSED');
    expect((await officer.inject({ method: 'GET', url: `/api/guidance/${note.id}` })).statusCode).toBe(403);
    const byCoordinator = await coordinator.inject({
      method: 'POST',
      url: `/api/guidance/${note.id}/acknowledge`,
      payload: {},
    });
    expect(byCoordinator.statusCode).toBe(403);
    const ack = await ngoaiVuOfficer.inject({
      method: 'POST',
      url: `/api/guidance/${note.id}/acknowledge`,
      payload: { note: 'Đã phổ biến tới các phòng.' },
    });
    expect(ack.statusCode, ack.body).toBe(200);
    const mine = ack.json().note as GuidanceView;
    expect(mine.recipientList).toHaveLength(1);
    expect(mine.recipientList[0]).toMatchObject({
      status: 'acknowledged',
      acknowledgementNote: 'Đã phổ biến tới các phòng.',
    });
    const register = (await coordinator.inject({ method: 'GET', url: '/api/guidance?status=complete' })).json()
      .notes as GuidanceSummary[];
    expect(register.find((n) => n.id === note.id)).toMatchObject({ recipients: 1, read: 1, acknowledged: 1 });
    const pending = (await coordinator.inject({ method: 'GET', url: '/api/guidance?status=pending' })).json()
      .notes as GuidanceSummary[];
    expect(pending.some((n) => n.id === note.id)).toBe(false);
    // The issuer hears that everyone has acknowledged.
    const done = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, `guidance-complete:${note.id}`));
    expect(done).toHaveLength(1);
    // Agency staff's register lists only notes addressed to them, with their own status.
    const theirs = (await ngoaiVuOfficer.inject({ method: 'GET', url: '/api/guidance' })).json()
      .notes as GuidanceSummary[];
    expect(theirs.find((n) => n.id === note.id)!.mine).toBe('acknowledged');
  });

  it('reminds the agencies that have not acknowledged on working days around the due date, once each', async () => {
    const note = await issue();
    await ngoaiVuOfficer.inject({ method: 'POST', url: `/api/guidance/${note.id}/acknowledge`, payload: {} });
    const at = (today: string) =>
      sendGuidanceReminders({ db: t.database.db, clock: createClock(today), actor: { kind: 'system', name: 'test' } });
    // Due Tue 01/12: Mon 30/11 is the day before; Wed 02/12 overdue; Fri 04/12 escalated.
    expect((await at('2026-11-27')).reminders).toBe(0);
    const before = await at('2026-11-30');
    expect(before.reminders).toBeGreaterThan(0);
    expect((await at('2026-11-30')).reminders).toBe(0);
    expect((await at('2026-12-02')).reminders).toBeGreaterThan(0);
    expect((await at('2026-12-04')).reminders).toBeGreaterThan(0);
    const reminded = await t.database.db
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, `guidance-reminder:${note.id}:%`));
    expect(reminded.some((n) => n.dedupeKey.includes(`:${ngoaiVu}:`))).toBe(false);
    expect(reminded.some((n) => n.dedupeKey.includes(`:${bao}:`))).toBe(true);
    const escalated = await t.database.db
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, `guidance-escalate:${note.id}:%`));
    expect(escalated.length).toBeGreaterThan(0);
    const seen = (await coordinator.inject({ method: 'GET', url: `/api/guidance/${note.id}` })).json()
      .note as GuidanceView;
    expect(seen.recipientList.find((r) => r.agencyId === bao)!.remindersSent).toBe(3);
  });

  it('hands out the note as a công văn in the official layout', async () => {
    const note = await issue();
    const response = await officer.inject({ method: 'GET', url: `/api/guidance/${note.id}/note.docx` });
    expect(response.statusCode).toBe(200);
    const xml = readZipText(response.rawPayload).get('word/document.xml')!;
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('25/HD-SVHTTDL');
    expect(xml).toContain('V/v định hướng tuyên truyền');
    expect(xml).toContain('Sở Ngoại vụ');
  });

  it('exports the register as the reader filters it, one row per note', async () => {
    const response = await coordinator.inject({ method: 'GET', url: '/api/guidance/register.xlsx?status=complete' });
    expect(response.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const listed = (await coordinator.inject({ method: 'GET', url: '/api/guidance?status=complete' })).json()
      .notes as GuidanceSummary[];
    expect(sheet.rowCount - 1).toBe(listed.length);
    expect(sheet.getRow(2).getCell(4).value).toBe(listed[0]!.title);
  });

  it('refuses a note without recipients', async () => {
    const response = await coordinator.inject({
      method: 'POST',
      url: '/api/guidance',
      payload: { title: 'Không ai nhận', body: 'Nội dung', agencyIds: [], groupIds: [] },
    });
    expect(response.statusCode).toBe(400);
  });
});
