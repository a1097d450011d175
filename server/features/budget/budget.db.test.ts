import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../common/limits.js';
import { attachments } from '../../db/schema/system.js';
import { multipart } from '../../test/multipart.js';
import { readZipText } from '../../documents/official-docx/zip-reader.test-support.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { agencyIdByName } from '../reporting/reporting.test-support.js';

let t: TestApp;
let officer: Session;
let otherOfficer: Session;
let coordinator: Session;
let viewer: Session;
let bao: number;
let ngoaiVu: number;
let taskId: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-03-26' });
  officer = await signIn(t.app, 'baotuyenquang');
  otherOfficer = await signIn(t.app, 'songoaivu');
  coordinator = await signIn(t.app, 'dieuphoi');
  viewer = await signIn(t.app, 'lanhdao');
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  ngoaiVu = await agencyIdByName(t.database, 'Sở Ngoại vụ');
  taskId = (await officer.inject({ method: 'GET', url: '/api/activities/options?year=2026' })).json().tasks[0].id;
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: object = {}) => s.inject({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });
const PDF = Buffer.from('%PDF-1.4');
/** A payment as the web form sends it: text fields and the voucher in one multipart request. */
const spend = async (
  s: Session,
  allocationId: number,
  fields: Record<string, string | number>,
  file: { filename: string; bytes: Buffer } = { filename: 'hoa-don.pdf', bytes: PDF },
) =>
  s.inject({
    method: 'POST',
    url: `/api/budget/allocations/${allocationId}/spending`,
    ...(await multipart(fields, file)),
  });
const stored = async () => (await t.database.db.select({ n: count() }).from(attachments))[0]!.n;

describe('budget lines', () => {
  let allocationId: number;

  it('the coordinator allocates; the agency spends in whole đồng and sees the execution rate', async () => {
    const created = await post(coordinator, '/api/budget/allocations', {
      year: 2026,
      taskId,
      agencyId: bao,
      source: 'provincial',
      amountDong: 300_000_000,
      decisionRef: 'QĐ 1234/QĐ-UBND',
    });
    expect(created.statusCode).toBe(201);
    allocationId = created.json().allocation.id;
    const byAgency = await post(officer, '/api/budget/allocations', {
      year: 2026,
      taskId,
      agencyId: bao,
      source: 'other',
      amountDong: 1_000,
    });
    expect(byAgency.statusCode).toBe(403);
    const first = await spend(officer, allocationId, {
      spentOn: '2026-03-20',
      amountDong: 100_000_001,
      description: 'In tờ gấp giới thiệu du lịch',
      documentRef: 'HĐ 12/2026',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json().allocation).toMatchObject({
      allocated: 300_000_000,
      spent: 100_000_001,
      remaining: 199_999_999,
      executionBasisPoints: 3333,
    });
    expect(first.json().allocation.spending[0].attachmentId).toBeGreaterThan(0);
    const fraction = await spend(officer, allocationId, {
      spentOn: '2026-03-21',
      amountDong: 10.5,
      description: 'Số lẻ',
    });
    expect(fraction.statusCode).toBe(400);
    const before = await stored();
    const over = await spend(officer, allocationId, {
      spentOn: '2026-03-21',
      amountDong: 200_000_000,
      description: 'Vượt dự toán',
    });
    expect(over.json().error).toMatchObject({ code: 'BUDGET_OVERSPENT', params: { remaining: 199_999_999 } });
    expect(
      (
        await spend(otherOfficer, allocationId, {
          spentOn: '2026-03-21',
          amountDong: 1,
          description: 'Không phải của mình',
        })
      ).json().error.code,
    ).toBe('NOT_OWN_AGENCY');
    expect(await stored()).toBe(before);
  });

  it('takes the voucher as a multipart upload: 413 past the limit, a renamed file refused, nothing stored', async () => {
    const fields = { spentOn: '2026-03-22', amountDong: 5_000, description: 'Chứng từ quá lớn' };
    const before = await stored();
    const big = await spend(officer, allocationId, fields, {
      filename: 'hoa-don-lon.pdf',
      bytes: Buffer.concat([PDF, Buffer.alloc(MAX_EVIDENCE_BYTES, 0x20)]),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
      params: { filename: 'hoa-don-lon.pdf', maxMb: 10 },
    });
    const renamed = await spend(officer, allocationId, fields, { filename: 'chung-tu.pdf', bytes: Buffer.from('MZ') });
    expect(renamed.json().error.code).toBe('FILE_CONTENT_MISMATCH');
    const json = await post(officer, `/api/budget/allocations/${allocationId}/spending`, fields);
    expect(json.statusCode).toBe(415);
    expect(await stored()).toBe(before);
    const spent = (await get(officer, '/api/budget?year=2026'))
      .json()
      .allocations.find((a: { id: number }) => a.id === allocationId);
    expect(spent.spent).toBe(100_000_001);
  });

  it('an agency sees only its own lines; province readers see all', async () => {
    const own = (await get(officer, '/api/budget?year=2026')).json();
    expect(own.allocations.every((a: { agencyId: number }) => a.agencyId === bao)).toBe(true);
    const other = (await get(otherOfficer, '/api/budget?year=2026')).json();
    expect(other.allocations.some((a: { id: number }) => a.id === allocationId)).toBe(false);
    expect((await get(otherOfficer, `/api/budget?year=2026&agencyId=${bao}`)).statusCode).toBe(403);
    const all = (await get(viewer, '/api/budget?year=2026')).json();
    expect(all.allocations.some((a: { id: number }) => a.id === allocationId)).toBe(true);
    expect(all.totals.allocated).toBe(
      all.allocations.reduce((sum: number, a: { allocated: number }) => sum + a.allocated, 0),
    );
    expect((await post(viewer, '/api/budget/allocations', {})).statusCode).toBeGreaterThanOrEqual(400);
  });
});

describe('a request beyond the estimate', () => {
  const draft = () =>
    post(officer, '/api/budget/requests', {
      year: 2026,
      taskId,
      agencyId: bao,
      source: 'provincial',
      amountDong: 150_000_000,
      reason: 'Tăng số bản ấn phẩm song ngữ phục vụ Năm Du lịch quốc gia.',
    });

  it('goes draft → Sở Tài chính → appraised → approved in part, with working-day deadlines and a new allocation', async () => {
    const created = await draft();
    expect(created.statusCode).toBe(201);
    const id = created.json().request.id;
    expect(created.json().request.status).toBe('draft');
    const early = await post(coordinator, `/api/budget/requests/${id}/appraise`, {
      version: 1,
      opinion: 'Đồng ý',
      amountDong: 1,
    });
    expect(early.json().error).toMatchObject({
      code: 'BUDGET_TRANSITION_REFUSED',
      params: { action: 'appraise', status: 'draft' },
    });
    expect((await post(otherOfficer, `/api/budget/requests/${id}/submit`, { version: 1 })).statusCode).toBe(403);
    const sent = (await post(officer, `/api/budget/requests/${id}/submit`, { version: 1 })).json().request;
    // Thursday 26/03/2026 + 10 working days (two weekends): Thursday 09/04/2026.
    expect(sent).toMatchObject({ status: 'submitted', submittedOn: '2026-03-26', appraisalDueOn: '2026-04-09' });
    expect((await post(officer, `/api/budget/requests/${id}/submit`, { version: 2 })).statusCode).toBe(409);
    expect(
      (
        await post(officer, `/api/budget/requests/${id}/appraise`, {
          version: 2,
          opinion: 'Tự thẩm định',
          amountDong: 1,
        })
      ).statusCode,
    ).toBe(403);

    const docx = await get(officer, `/api/budget/requests/${id}/request.docx`);
    expect(docx.statusCode).toBe(200);
    const xml = readZipText(docx.rawPayload).get('word/document.xml')!;
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Kính gửi: Sở Tài chính');
    expect(text).toContain('V/v đề nghị bổ sung kinh phí ngoài dự toán năm 2026');
    expect(text).toContain('150.000.000 đồng');
    expect(text).toContain('300.000.000');
    expect(text).toContain('33,3%');
    expect(text).toContain('09/04/2026');
    expect((await get(otherOfficer, `/api/budget/requests/${id}/request.docx`)).statusCode).toBe(403);

    const appraised = (
      await post(coordinator, `/api/budget/requests/${id}/appraise`, {
        version: 2,
        opinion: 'Đề nghị bổ sung 100 triệu đồng.',
        amountDong: 100_000_000,
      })
    ).json().request;
    expect(appraised).toMatchObject({ status: 'appraised', decisionDueOn: '2026-04-02' });
    const wrong = await post(coordinator, `/api/budget/requests/${id}/decide`, {
      version: 3,
      decision: 'partial',
      amountDong: 150_000_000,
      decisionRef: 'QĐ 88/QĐ-UBND',
    });
    expect(wrong.json().error.code).toBe('BUDGET_DECISION_AMOUNT_INVALID');
    const decided = (
      await post(coordinator, `/api/budget/requests/${id}/decide`, {
        version: 3,
        decision: 'partial',
        amountDong: 100_000_000,
        decisionRef: 'QĐ 88/QĐ-UBND',
      })
    ).json().request;
    expect(decided).toMatchObject({ status: 'partial', approvedAmountDong: 100_000_000, decidedOn: '2026-03-26' });
    const again = await post(coordinator, `/api/budget/requests/${id}/decide`, {
      version: 4,
      decision: 'refuse',
      decisionRef: 'QĐ 89/QĐ-UBND',
    });
    expect(again.json().error).toMatchObject({ code: 'BUDGET_TRANSITION_REFUSED', params: { status: 'partial' } });
    const year = (await get(officer, '/api/budget?year=2026')).json();
    expect(year.allocations.find((a: { requestId: number | null }) => a.requestId === id)).toMatchObject({
      allocated: 100_000_000,
      decisionRef: 'QĐ 88/QĐ-UBND',
    });
  });

  it('is refused by the committee with nothing allocated', async () => {
    const id = (await draft()).json().request.id;
    await post(officer, `/api/budget/requests/${id}/submit`, { version: 1 });
    await post(coordinator, `/api/budget/requests/${id}/appraise`, {
      version: 2,
      opinion: 'Không đủ căn cứ',
      amountDong: 0,
    });
    const refused = (
      await post(coordinator, `/api/budget/requests/${id}/decide`, {
        version: 3,
        decision: 'refuse',
        decisionRef: 'CV 5/UBND',
      })
    ).json().request;
    expect(refused).toMatchObject({ status: 'refused', approvedAmountDong: 0 });
    const year = (await get(viewer, '/api/budget?year=2026')).json();
    expect(year.allocations.some((a: { requestId: number | null }) => a.requestId === id)).toBe(false);
    expect((await get(otherOfficer, `/api/budget/requests/${id}`)).statusCode).toBe(403);
    expect((await get(viewer, `/api/budget/requests/${id}`)).json().request.agencyId).toBe(bao);
    expect(ngoaiVu).not.toBe(bao);
  });
});
