import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorArticles } from '../../db/schema/monitoring.js';
import { searchVectorOf } from '../monitoring/search-text.js';
import { plans } from '../../db/schema/plans.js';
import { reportingPeriods } from '../../db/schema/reporting.js';
import { sharesTitle, wordPairs } from './coverage-tone.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let coordinator: Session;
let viewer: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  coordinator = await signIn(t.app, 'dieuphoi');
  viewer = await signIn(t.app, 'lanhdao');
});
afterAll(() => t.close());

const post = (s: Session, url: string, payload: object = {}) => s.inject({ method: 'POST', url, payload });
const get = (s: Session, url: string) => s.inject({ method: 'GET', url });

describe('press conferences (Nghị định 09/2017)', () => {
  it('counts regular conferences per quarter and warns for the quarter without one', async () => {
    const year = (await get(viewer, '/api/response/press-conferences?year=2026')).json();
    expect(year.quarters.map((q: { held: number; isMissing: boolean }) => [q.held, q.isMissing])).toEqual([
      [1, false],
      [0, true],
      [1, false],
      [1, false],
    ]);
    const landslide = year.conferences.find((c: { kind: string }) => c.kind === 'ad-hoc');
    expect(landslide.talkingPoints.map((p: { title: string }) => p.title)).toEqual([
      'Thông tin chính xác về sạt lở tại xã Mèo Vạc',
    ]);
    expect(year.spokespersons.length).toBeGreaterThan(0);
  });

  it('is planned, held once with its Q&A, and its press release downloads as DOCX', async () => {
    const planned = await post(coordinator, '/api/response/press-conferences', {
      kind: 'ad-hoc',
      title: 'Họp báo về mưa lũ cuối năm',
      heldOn: '2026-11-27',
      topics: ['Tình hình mưa lũ'],
    });
    expect(planned.statusCode).toBe(201);
    const id = planned.json().conference.id as number;
    const held = await post(coordinator, `/api/response/press-conferences/${id}/held`, {
      attendance: 28,
      questions: [{ outlet: 'VTV', question: 'Thiệt hại bao nhiêu?', answer: 'Đang thống kê.' }],
      followUps: [{ what: 'Gửi số liệu thiệt hại', owner: 'Văn phòng UBND tỉnh', dueOn: '2026-11-30' }],
    });
    expect(held.json().conference).toMatchObject({ status: 'held', attendance: 28 });
    expect(
      (await post(coordinator, `/api/response/press-conferences/${id}/held`, { attendance: 1 })).json().error,
    ).toMatchObject({
      code: 'RESPONSE_TRANSITION_REFUSED',
      params: { record: 'conference', action: 'hold', status: 'held' },
    });
    expect((await post(coordinator, `/api/response/press-conferences/${id}/cancel`)).statusCode).toBe(409);
    const docx = await get(viewer, `/api/response/press-conferences/${id}/press-release.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const invitation = await get(viewer, `/api/response/press-conferences/${id}/invitation.docx`);
    expect(invitation.statusCode).toBe(200);
    expect(invitation.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(String(invitation.headers['content-disposition'])).toContain('.docx');
    expect((await get(viewer, '/api/response/press-conferences/999999/invitation.docx')).statusCode).toBe(404);
  });
});

describe('foreign press groups (Nghị định 88/2012)', () => {
  it('flags a late application, needs the Foreign Ministry before acceptance, and refuses illegal steps', async () => {
    const registered = await post(coordinator, '/api/response/foreign-visits', {
      outlet: 'KBS',
      country: 'Hàn Quốc',
      residency: 'non-resident',
      members: [{ name: 'Kim Min-jun', nationality: 'Hàn Quốc', passport: 'M12345678', role: 'Phóng viên' }],
      purpose: 'Phóng sự về ruộng bậc thang',
      receivedOn: '2026-11-26',
      startOn: '2026-12-03',
      endOn: '2026-12-05',
    });
    expect(registered.statusCode).toBe(201);
    const visit = registered.json().visit;
    expect(visit.flags).toEqual([
      {
        code: 'late-application',
        rule: 'Khoản 1 Điều 4 Nghị định 88/2012/NĐ-CP',
        date: '2026-11-19',
        workingDaysLeft: 5,
      },
    ]);
    const step = (action: string, text?: string) =>
      post(coordinator, `/api/response/foreign-visits/${visit.id}/transition`, { action, ...(text ? { text } : {}) });
    expect((await step('accept')).json().error.code).toBe('VISIT_NEEDS_MOFA_APPROVAL');
    expect((await step('complete')).statusCode).toBe(409);
    expect((await step('approve', 'Công văn số 2001/BNG-TTBC')).json().visit).toMatchObject({
      status: 'approved',
      mofaApproval: 'Công văn số 2001/BNG-TTBC',
      mofaApprovedOn: '2026-11-26',
    });
    expect((await step('accept', 'Công văn số 1900/UBND-NC')).json().visit.status).toBe('accepted');
    expect((await step('complete', 'Đoàn hoạt động đúng chương trình.')).json().visit.afterActionNote).toBe(
      'Đoàn hoạt động đúng chương trình.',
    );
    expect((await step('cancel')).statusCode).toBe(409);
    const bad = await post(coordinator, '/api/response/foreign-visits', { ...registered.json().visit, members: [] });
    expect(bad.statusCode).toBe(400);
  });
});

describe('into the reports', () => {
  it('the board counts the year; the 2026 consolidated reports carry the response work, need-to-know cases undescribed', async () => {
    const board = (await get(coordinator, '/api/response/board?year=2026')).json();
    expect(board.foreignGroupsReceived).toBe(3);
    expect(board.openBySeverity.critical).toBe(1);
    expect(board.medianDaysToClose).toBeGreaterThan(0);
    expect(board.quarters[1].isMissing).toBe(true);

    const periodOf = async (kind: 'semiannual' | 'annual') => {
      const [row] = await t.database.db
        .select({ id: reportingPeriods.id })
        .from(reportingPeriods)
        .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
        .where(and(eq(plans.year, 2026), eq(reportingPeriods.kind, kind)));
      return row!.id;
    };
    const half = (await get(coordinator, `/api/consolidation/periods/${await periodOf('semiannual')}`)).json();
    const results = half.narrative.draft.results as string;
    expect(results).toMatch(
      /\n\d+\. Công tác xử lý thông tin sai sự thật, sản phẩm thể hiện sai chủ quyền và quan hệ báo chí\n/,
    );
    expect(results).toContain(
      'Quả địa cầu thể hiện “đường lưỡi bò” bày bán tại phường Minh Xuân — đã xử lý xong ngày 30/03/2026',
    );
    expect(results).toContain(
      '- Ngày 27/03/2026: Họp báo định kỳ quý I năm 2026 (định kỳ, 34 phóng viên dự, trả lời 2 câu hỏi).',
    );
    expect(results).toContain('NHK (Nhật Bản), 2 phóng viên, từ ngày 06/04/2026 đến ngày 10/04/2026');
    expect(results).toContain('01 vụ việc thuộc diện hạn chế tiếp cận (không nêu chi tiết).');
    expect(results).not.toContain('tự do tôn giáo');

    const year = (await get(coordinator, `/api/consolidation/periods/${await periodOf('annual')}`)).json();
    expect(year.narrative.draft.results).toContain(
      'Tin đồn sạt lở vùi lấp cả thôn tại xã Mèo Vạc (tin sai sự thật) — đã xử lý xong',
    );
    expect(year.narrative.draft.results).toMatch(/Tổ chức 0[45] cuộc họp báo/);
  });
});

describe('Excel exports', () => {
  const read = async (bytes: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets[0]!;
  };

  it('the cases register and the year’s press conferences, row for row as the screens list them', async () => {
    const listed = (await get(coordinator, '/api/response/cases')).json().cases as Array<{ title: string }>;
    const register = await get(coordinator, '/api/response/cases.xlsx');
    expect(register.statusCode).toBe(200);
    expect(register.headers['content-type']).toContain('spreadsheetml');
    const cases = await read(register.rawPayload);
    expect(cases.getRow(2).getCell(3).value).toBe('Tên vụ việc');
    expect(cases.rowCount - 2).toBe(listed.length);
    const titles = Array.from({ length: listed.length }, (_, i) => cases.getRow(i + 3).getCell(3).value);
    expect(titles.sort()).toEqual(listed.map((c) => c.title).sort());
    const globe = Array.from({ length: listed.length }, (_, i) => cases.getRow(i + 3)).find((r) =>
      String(r.getCell(3).value).startsWith('Quả địa cầu'),
    )!;
    expect(globe.getCell(4).value).toBe('Sản phẩm thể hiện sai chủ quyền, biên giới');
    expect(globe.getCell(10).value).toEqual(new Date('2026-03-30T00:00:00Z'));
    expect(cases.getColumn(10).numFmt).toBe('dd/mm/yyyy');

    const year = (await get(viewer, '/api/response/press-conferences?year=2026')).json();
    const list = await read((await get(viewer, '/api/response/press-conferences.xlsx?year=2026')).rawPayload);
    expect(list.getRow(1).getCell(1).value).toBe('DANH SÁCH HỌP BÁO NĂM 2026');
    expect(list.rowCount - 2).toBe(year.conferences.length);
    expect(list.getRow(3).getCell(3).value).toBe(year.conferences[0].title);
    // A need-to-know case is in the register of its people only.
    const outsider = (await get(viewer, '/api/response/cases')).json().cases.length;
    expect((await read((await get(viewer, '/api/response/cases.xlsx')).rawPayload)).rowCount - 2).toBe(outsider);
  });
});

describe('a rebuttal’s reach, from press monitoring', () => {
  it('counts the articles about the case by tone, the fortnight before the rebuttal and from it', async () => {
    const post_ = 'https://www.facebook.com/groups/tinnong/posts/77';
    const opened = await post(coordinator, '/api/response/cases', {
      kind: 'misinformation',
      title: 'Tin đồn vỡ đập thủy điện Chiêm Hóa',
      intake: 'url',
      sourceUrl: post_,
      severity: 'high',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().case.id as number;
    const article = (day: string, title: string, tone: string | null, url: string | null = null) => ({
      outlet: 'Báo thử',
      url,
      externalKey: `${day}-${title}-${url}`,
      title,
      body: '',
      day,
      fetchedAt: new Date(`${day}T03:00:00Z`),
      relevant: true,
      score: 1,
      tone,
      topics: [],
      flags: [],
      analysis: {},
      signature: '',
      search: searchVectorOf(wordPairs(title).join(' ')),
    });
    await t.database.db.insert(monitorArticles).values([
      article('2026-11-01', 'Tin đồn vỡ đập thủy điện Chiêm Hóa lan truyền', 'negative'), // too early
      article('2026-11-20', 'Hoang mang vì tin đồn vỡ đập thủy điện Chiêm Hóa', 'negative'),
      article('2026-11-22', 'Bài đăng trên mạng xã hội', 'negative', post_),
      article('2026-11-25', 'Giá lúa tăng tại Yên Sơn', 'negative'), // not about the case
      article('2026-11-26', 'Sự thật về tin đồn vỡ đập thủy điện Chiêm Hóa', 'positive'),
      article('2026-11-26', 'Đập thủy điện Chiêm Hóa vẫn an toàn, tin đồn vỡ đập là sai', 'neutral'),
    ]);
    expect((await post(coordinator, `/api/response/cases/${id}/transition`, { action: 'verify' })).statusCode).toBe(
      200,
    );
    const action = await post(coordinator, `/api/response/cases/${id}/actions`, {
      kind: 'rebuttal',
      title: 'Bài phản bác trên Cổng thông tin điện tử tỉnh',
      ownerName: 'Sở VHTTDL',
      dueOn: '2026-11-27',
    });
    expect(action.statusCode, action.body).toBe(200);
    const actionId = (action.json().case.actions as Array<{ id: number; kind: string }>).find(
      (a) => a.kind === 'rebuttal',
    )!.id;
    const done = await post(coordinator, `/api/response/actions/${actionId}/complete`, { outcome: 'Đã đăng tải.' });
    expect(done.statusCode, done.body).toBe(200);
    const expected = {
      actionId,
      caseId: id,
      kind: 'rebuttal',
      doneOn: '2026-11-26',
      before: { positive: 0, neutral: 0, negative: 2, unknown: 0 },
      after: { positive: 1, neutral: 1, negative: 0, unknown: 0 },
    };
    expect(done.json().case.coverage).toEqual([expect.objectContaining(expected)]);
    const board = (await get(coordinator, '/api/response/board?year=2026')).json();
    expect(board.coverageAfterActions).toContainEqual(expect.objectContaining(expected));
  });

  it('an article is about a case when it shares three word pairs of its title (or half of fewer)', () => {
    const pairs = wordPairs('Tin đồn sạt lở vùi lấp thôn Nà Luông');
    expect(pairs).toContain('sat lo');
    expect(sharesTitle(pairs, 'nhieu nguoi lo ngai sat lo vui lap nha dan o thon na luong')).toBe(true);
    expect(sharesTitle(pairs, 'sat lo tai ha giang')).toBe(false);
    expect(sharesTitle(wordPairs('Sạt lở'), 'canh bao sat lo dat')).toBe(true);
  });
});
