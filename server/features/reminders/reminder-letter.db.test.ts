import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { buildAgency, buildObligation, buildPeriod, buildSubmission } from './reminders.test-support.js';

let t: TestApp;
let coordinator: Session;
let officer: Session;
let periodId: number;
let allDonePeriodId: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2025-05-19' });
  [coordinator, officer] = await Promise.all([signIn(t.app, 'dieuphoi'), signIn(t.app, 'baotuyenquang')]);
  const db = t.database.db;
  const period = await buildPeriod(db, { dueOn: '2025-05-14', label: '06 tháng đầu năm 2025' });
  periodId = period.id;
  const late1 = await buildAgency(db, 'Sở Khoa học và Công nghệ (thử)');
  const late2 = await buildAgency(db, 'Ủy ban nhân dân xã Hồng Thái (thử)');
  const done = await buildAgency(db, 'Sở Tư pháp (thử)');
  for (const a of [late1, late2, done]) await buildObligation(db, periodId, a.id);
  await buildSubmission(db, periodId, done.id, 'submitted');
  await buildSubmission(db, periodId, late2.id, 'draft');
  const allDone = await buildPeriod(db, { dueOn: '2025-05-14', label: 'năm 2025 (đã đủ)' });
  allDonePeriodId = allDone.id;
  await buildObligation(db, allDonePeriodId, done.id);
  await buildSubmission(db, allDonePeriodId, done.id, 'accepted');
});
afterAll(async () => {
  await t?.close();
});

describe('reminder letter (công văn đôn đốc)', () => {
  it('is a DOCX naming the late agencies, with a Vietnamese file name', async () => {
    const response = await coordinator.inject({
      method: 'GET',
      url: `/api/reporting/periods/${periodId}/reminder-letter.docx`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Công văn đôn đốc báo cáo TTĐN 06 tháng đầu năm 2025.docx')}`,
    );
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"/);
    const xml = readZipText(response.rawPayload).get('word/document.xml')!;
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('V/v đôn đốc báo cáo kết quả công tác thông tin đối ngoại 06 tháng đầu năm 2025');
    expect(text).toContain('Sở Khoa học và Công nghệ (thử)');
    expect(text).toContain('Ủy ban nhân dân xã Hồng Thái (thử)');
    expect(text).not.toContain('Sở Tư pháp (thử)');
    expect(text).toContain('SỞ VĂN HÓA, THỂ THAO');
    expect(text).toContain('UBND TỈNH TUYÊN QUANG');
    // 14/5 → 19/5/2025: 15, 16, 19 = 3 working days late; new date 5 working days after 19/5 = 26/5.
    expect(text).toContain('Quá hạn 3 ngày làm việc');
    expect(text).toContain('chậm nhất ngày 26/05/2025');
  });

  it('takes a new date from the query', async () => {
    const response = await coordinator.inject({
      method: 'GET',
      url: `/api/reporting/periods/${periodId}/reminder-letter.docx?newDue=2025-05-30`,
    });
    const text = readZipText(response.rawPayload)
      .get('word/document.xml')!
      .replace(/<[^>]+>/g, '');
    expect(text).toContain('chậm nhất ngày 30/05/2025');
    expect(
      (
        await coordinator.inject({
          method: 'GET',
          url: `/api/reporting/periods/${periodId}/reminder-letter.docx?newDue=2025-05-01`,
        })
      ).json().error.code,
    ).toBe('NEW_DUE_NOT_AFTER_TODAY');
    expect(
      (
        await coordinator.inject({
          method: 'GET',
          url: `/api/reporting/periods/${periodId}/reminder-letter.docx?newDue=30/05/2025`,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('is for coordinators; 404 for an unknown period; 409 when everyone has submitted', async () => {
    expect(
      (await officer.inject({ method: 'GET', url: `/api/reporting/periods/${periodId}/reminder-letter.docx` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/reporting/periods/${periodId}/reminder-letter.docx` }))
        .statusCode,
    ).toBe(401);
    expect(
      (await coordinator.inject({ method: 'GET', url: '/api/reporting/periods/999999/reminder-letter.docx' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await coordinator.inject({
          method: 'GET',
          url: `/api/reporting/periods/${allDonePeriodId}/reminder-letter.docx`,
        })
      ).statusCode,
    ).toBe(409);
  });
});
