import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart } from '../../test/multipart.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';
import { agencyIdByName, findPeriod } from './reporting.test-support.js';

let t: TestApp;
let officer: Session;
let leader: Session;
let coordinator: Session;
let periodId: number;
let bao: number;
let ngoaiVu: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  officer = await signIn(t.app, 'baotuyenquang');
  leader = await signIn(t.app, 'lanhdaobao');
  coordinator = await signIn(t.app, 'dieuphoi');
  periodId = (await findPeriod(t.database, 2026, 'annual')).id;
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  ngoaiVu = await agencyIdByName(t.database, 'Sở Ngoại vụ');
});
afterAll(() => t.close());

const url = (agencyId: number) => `/api/reporting/periods/${periodId}/agencies/${agencyId}/submission`;

describe('reporting routes', () => {
  it('401 without a session; the spokesperson list is public', async () => {
    expect((await t.app.inject({ method: 'GET', url: url(bao) })).statusCode).toBe(401);
    const pub = await t.app.inject({ method: 'GET', url: '/api/reporting/spokespersons/public' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().spokespersons.length).toBeGreaterThan(10);
    expect(Object.keys(pub.json().spokespersons[0]).sort()).toEqual([
      'agency',
      'email',
      'fullName',
      'phone',
      'since',
      'title',
    ]);
  });

  it('an officer reads only their own agency: 403 for another, absent from lists', async () => {
    expect((await officer.inject({ method: 'GET', url: url(ngoaiVu) })).statusCode).toBe(403);
    const list = (
      await officer.inject({ method: 'GET', url: `/api/reporting/periods/${periodId}/obligations` })
    ).json();
    expect(list.obligations.map((o: { agencyId: number }) => o.agencyId)).toEqual([bao]);
    const all = (
      await coordinator.inject({ method: 'GET', url: `/api/reporting/periods/${periodId}/obligations` })
    ).json();
    expect(all.obligations.length).toBeGreaterThan(20);
    expect(all.rates.reportingRate).toBeLessThanOrEqual(100);
  });

  it('the officer saves (400 on bad input), the leader approves and submits; abilities follow the state', async () => {
    const view = (await officer.inject({ method: 'GET', url: url(bao) })).json();
    expect(view.abilities).toMatchObject({ canEdit: true, canApprove: false, canSubmit: false, canReview: false });
    expect(view.entry).toMatchObject({ open: true, exceptionTo: '2026-11-30' });
    const bad = await officer.inject({
      method: 'PUT',
      url: url(bao),
      payload: {
        version: view.submission.version,
        indicatorValues: [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: -1 }],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'INDICATOR_INVALID', params: { count: 1 } });
    expect(bad.json().error.message).toContain('Tin, bài thông tin đối ngoại theo ngôn ngữ');
    const saved = await officer.inject({
      method: 'PUT',
      url: url(bao),
      payload: {
        version: view.submission.version,
        indicatorValues: [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 64 }],
      },
    });
    expect(saved.statusCode).toBe(200);
    const stale = await officer.inject({
      method: 'PUT',
      url: url(bao),
      payload: { version: view.submission.version, proposals: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const id = saved.json().submission.id;
    expect((await officer.inject({ method: 'POST', url: `/api/reporting/submissions/${id}/approve` })).statusCode).toBe(
      403,
    );
    expect(
      (
        await coordinator.inject({
          method: 'PUT',
          url: url(bao),
          payload: { version: saved.json().submission.version, proposals: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const approved = await leader.inject({ method: 'POST', url: `/api/reporting/submissions/${id}/approve` });
    expect(approved.json().abilities).toMatchObject({ canSubmit: true, canApprove: false });
    const submitted = await leader.inject({ method: 'POST', url: `/api/reporting/submissions/${id}/submit` });
    expect(submitted.statusCode).toBe(200);
    // After the 16/11 deadline but within the press agency's extension to 30/11: on time.
    expect(submitted.json()).toMatchObject({
      changed: true,
      submission: { status: 'submitted' },
      timeliness: { class: 'on-time' },
    });
    const again = await leader.inject({ method: 'POST', url: `/api/reporting/submissions/${id}/submit` });
    expect(again.json().changed).toBe(false);
    const review = (await coordinator.inject({ method: 'GET', url: url(bao) })).json();
    expect(review.abilities).toMatchObject({ canReview: true, canEdit: false });
    const upload = await officer.inject({
      method: 'POST',
      url: `/api/reporting/submissions/${id}/files`,
      ...(await multipart({}, { filename: 'a.gif', bytes: Buffer.from('GIF89a') })),
    });
    expect(upload.statusCode).toBe(415);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(
      (
        await officer.inject({
          method: 'POST',
          url: `/api/reporting/submissions/${id}/files`,
          ...(await multipart({}, { filename: 'a.png', bytes: png })),
        })
      ).statusCode,
    ).toBe(409); // submitted: no more edits
  });

  it('boards: timeliness by agency and by task, compliance, per-task view', async () => {
    const board = (await coordinator.inject({ method: 'GET', url: `/api/reporting/periods/${periodId}/board` })).json();
    expect(board.overall.overdue).toBeGreaterThan(0);
    expect(board.byTask.every((r: { reportingRate: number | null }) => (r.reportingRate ?? 0) <= 100)).toBe(true);
    const task = board.byTask[0];
    const view = (
      await coordinator.inject({ method: 'GET', url: `/api/reporting/periods/${periodId}/tasks/${task.taskId}` })
    ).json();
    expect(view.agencies.length).toBe(task.expected);
    const compliance = (await coordinator.inject({ method: 'GET', url: '/api/reporting/compliance' })).json();
    expect(compliance.summary.owing).toBeGreaterThan(compliance.summary.complete);
    expect(compliance.abilities['report.review']).toBe(true);
  });
});
