import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityInput, ActivityView } from '../../../common/contracts/activities.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { agencyIdByName, findPeriod } from '../reporting/reporting.test-support.js';

let t: TestApp;
let officer: Session;
let leader: Session;
let otherOfficer: Session;
let coordinator: Session;
let bao: number;
let ngoaiVu: number;
let period: { id: number; windowFrom: string; windowTo: string };
let owedTask: number;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  officer = await signIn(t.app, 'baotuyenquang');
  leader = await signIn(t.app, 'lanhdaobao');
  otherOfficer = await signIn(t.app, 'songoaivu');
  coordinator = await signIn(t.app, 'dieuphoi');
  bao = await agencyIdByName(t.database, 'Báo và Phát thanh, Truyền hình Tuyên Quang');
  ngoaiVu = await agencyIdByName(t.database, 'Sở Ngoại vụ');
  period = await findPeriod(t.database, 2026, 'annual');
  const submission = (
    await officer.inject({ method: 'GET', url: `/api/reporting/periods/${period.id}/agencies/${bao}/submission` })
  ).json();
  owedTask = submission.lines[0].taskId;
});
afterAll(() => t.close());

const record = (session: Session, body: Partial<ActivityInput>) =>
  session.inject({
    method: 'POST',
    url: '/api/activities',
    payload: {
      agencyId: bao,
      taskId: owedTask,
      kind: 'article',
      title: 'Loạt bài về Lễ hội Thành Tuyên',
      startsOn: '2026-10-02',
      ...body,
    },
  });

describe('the activity record', () => {
  it('an officer records an activity in one call; the form offers the tasks the agency owes', async () => {
    const options = (await officer.inject({ method: 'GET', url: '/api/activities/options' })).json();
    expect(options.agencyId).toBe(bao);
    expect(options.tasks.map((x: { id: number }) => x.id)).toContain(owedTask);
    expect(options.indicators.find((i: { code: string }) => i.code === 'NEWS_BY_LANGUAGE').breakdownKeys).toContain(
      'en',
    );
    const response = await record(officer, {
      place: 'Tuyên Quang',
      costDong: 12_500_000,
      outputs: [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 3 }],
    });
    expect(response.statusCode, response.body).toBe(201);
    const activity: ActivityView = response.json().activity;
    expect(activity).toMatchObject({ agencyId: bao, endsOn: '2026-10-02', costDong: 12_500_000, version: 1 });
    expect(activity.outputs).toEqual([{ code: 'NEWS_BY_LANGUAGE', breakdownKey: 'en', value: 3 }]);
    const admin = await signIn(t.app, 'admin');
    const audit = (await admin.inject({ method: 'GET', url: '/api/audit?limit=20' })).json();
    expect(JSON.stringify(audit)).toContain('activity.record');
  });

  it('keeps each agency to its own record: other agencies’ staff are refused, province readers see all', async () => {
    const mine = (await record(officer, { title: 'Phỏng vấn phóng viên nước ngoài' })).json().activity as ActivityView;
    // Recording for another agency, reading, changing or deleting another agency's activity: refused.
    const forOther = await record(otherOfficer, {});
    expect(forOther.statusCode).toBe(403);
    expect(forOther.json().error.code).toBe('NOT_OWN_AGENCY');
    const read = await otherOfficer.inject({ method: 'GET', url: `/api/activities/${mine.id}` });
    expect(read.statusCode).toBe(403);
    const change = await otherOfficer.inject({
      method: 'PUT',
      url: `/api/activities/${mine.id}`,
      payload: {
        agencyId: ngoaiVu,
        taskId: owedTask,
        kind: 'other',
        title: 'Chiếm quyền',
        startsOn: '2026-10-02',
        version: 1,
      },
    });
    expect(change.statusCode).toBe(403);
    const remove = await otherOfficer.inject({ method: 'DELETE', url: `/api/activities/${mine.id}` });
    expect(remove.statusCode).toBe(403);
    const listed = (await otherOfficer.inject({ method: 'GET', url: '/api/activities' })).json();
    expect(listed.activities.every((a: ActivityView) => a.agencyId === ngoaiVu)).toBe(true);
    const askOther = await otherOfficer.inject({ method: 'GET', url: `/api/activities?agencyId=${bao}` });
    expect(askOther.statusCode).toBe(403);
    // The coordinator reads every agency's activities but records none.
    const all = (await coordinator.inject({ method: 'GET', url: '/api/activities' })).json();
    expect(all.activities.map((a: ActivityView) => a.id)).toContain(mine.id);
    expect((await record(coordinator, {})).json().error.code).toBe('FORBIDDEN');
    // Still there, unchanged.
    const again = (await officer.inject({ method: 'GET', url: `/api/activities/${mine.id}` })).json();
    expect(again.activity).toMatchObject({ title: 'Phỏng vấn phóng viên nước ngoài', version: 1 });
  });

  it('refuses bad input by code: inverted dates, a breakdown indicator without its key, fractions, unknown tasks', async () => {
    const inverted = await record(officer, { startsOn: '2026-10-05', endsOn: '2026-10-01' });
    expect([inverted.statusCode, inverted.json().error.code]).toEqual([400, 'DATE_RANGE_INVERTED']);
    const noKey = await record(officer, { outputs: [{ code: 'NEWS_BY_LANGUAGE', breakdownKey: '', value: 2 }] });
    expect([noKey.statusCode, noKey.json().error.code]).toEqual([422, 'INDICATOR_INVALID']);
    const fraction = await record(officer, { outputs: [{ code: 'EVENTS', breakdownKey: '', value: 1.5 }] });
    expect([fraction.statusCode, fraction.json().error.code]).toEqual([422, 'INDICATOR_INVALID']);
    const unknownTask = await record(officer, { taskId: 999_999 });
    expect([unknownTask.statusCode, unknownTask.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const badCost = await record(officer, { costDong: 1000.5 });
    expect(badCost.statusCode).toBe(400);
  });

  it('changes an activity from the version read; an older version is a conflict; the leader may delete it', async () => {
    const created = (await record(officer, { title: 'Hội nghị tập huấn', kind: 'conference' })).json()
      .activity as ActivityView;
    const body = {
      agencyId: bao,
      taskId: owedTask,
      kind: 'conference',
      title: 'Hội nghị tập huấn TTĐN',
      startsOn: '2026-10-02',
    };
    const first = await officer.inject({
      method: 'PUT',
      url: `/api/activities/${created.id}`,
      payload: { ...body, participants: 80, version: 1 },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().activity).toMatchObject({ participants: 80, version: 2 });
    const stale = await officer.inject({
      method: 'PUT',
      url: `/api/activities/${created.id}`,
      payload: { ...body, version: 1 },
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
    const removed = await leader.inject({ method: 'DELETE', url: `/api/activities/${created.id}` });
    expect(removed.statusCode).toBe(200);
    expect((await officer.inject({ method: 'GET', url: `/api/activities/${created.id}` })).statusCode).toBe(404);
  });
});

describe('reports filled from the record', () => {
  it('counts an activity in the window holding its first day: the last day in, the day after out, a straddling event once', async () => {
    const dayAfter = new Date(`${period.windowTo}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    const dayBefore = new Date(`${period.windowFrom}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const onLastDay = (
      await record(officer, {
        kind: 'event',
        title: 'Sự kiện ngày cuối kỳ',
        startsOn: period.windowTo,
        endsOn: iso(dayAfter),
        outputs: [{ code: 'EVENTS', breakdownKey: '', value: 1 }],
      })
    ).json().activity as ActivityView;
    const after = (
      await record(officer, {
        title: 'Sự kiện sau kỳ',
        startsOn: iso(dayAfter),
        outputs: [{ code: 'EVENTS', breakdownKey: '', value: 1 }],
      })
    ).json().activity as ActivityView;
    const straddling = (
      await record(officer, {
        kind: 'event',
        title: 'Sự kiện vắt qua đầu kỳ',
        startsOn: iso(dayBefore),
        endsOn: period.windowFrom,
        outputs: [{ code: 'EVENTS', breakdownKey: '', value: 1 }],
      })
    ).json().activity as ActivityView;
    const draft = (
      await officer.inject({ method: 'GET', url: `/api/activities/draft/periods/${period.id}/agencies/${bao}` })
    ).json();
    const events = draft.indicatorValues.find((v: { code: string }) => v.code === 'EVENTS');
    expect(events.activityIds).toContain(onLastDay.id);
    expect(events.activityIds).not.toContain(after.id);
    expect(events.activityIds).not.toContain(straddling.id);
    const line = draft.lines.find((l: { taskId: number }) => l.taskId === owedTask);
    expect(line.doneText).toContain('Sự kiện ngày cuối kỳ');
    expect(line.doneText).not.toContain('Sự kiện sau kỳ');
    // Another agency's staff cannot draft from this agency's record.
    const other = await otherOfficer.inject({
      method: 'GET',
      url: `/api/activities/draft/periods/${period.id}/agencies/${bao}`,
    });
    expect(other.statusCode).toBe(403);
  });

  it('the same sums in the activity list, the drafted report, and the consolidated report once sent', async () => {
    const window = `from=${period.windowFrom}&to=${period.windowTo}&agencyId=${bao}`;
    const list = (await officer.inject({ method: 'GET', url: `/api/activities?${window}` })).json();
    const submissionUrl = `/api/reporting/periods/${period.id}/agencies/${bao}/submission`;
    const draft = (
      await officer.inject({ method: 'GET', url: `/api/activities/draft/periods/${period.id}/agencies/${bao}` })
    ).json();
    const sums = (values: Array<{ code: string; breakdownKey: string; value: number }>) =>
      values.map((v) => `${v.code}/${v.breakdownKey}=${v.value}`).sort();
    expect(sums(draft.indicatorValues)).toEqual(sums(list.summary.indicators));
    // The officer takes the draft into the report, the leader approves and sends it.
    const view = (await officer.inject({ method: 'GET', url: submissionUrl })).json();
    const saved = await officer.inject({
      method: 'PUT',
      url: submissionUrl,
      payload: {
        version: view.submission.version,
        lines: draft.lines.map((l: { taskId: number; doneText: string }) => ({
          taskId: l.taskId,
          status: 'in-progress',
          doneText: l.doneText,
        })),
        indicatorValues: draft.indicatorValues.map((v: { code: string; breakdownKey: string; value: number }) => ({
          code: v.code,
          breakdownKey: v.breakdownKey,
          value: v.value,
        })),
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submissionId = saved.json().submission.id;
    expect(
      (await leader.inject({ method: 'POST', url: `/api/reporting/submissions/${submissionId}/approve` })).statusCode,
    ).toBe(200);
    expect(
      (await leader.inject({ method: 'POST', url: `/api/reporting/submissions/${submissionId}/submit` })).statusCode,
    ).toBe(200);
    const consolidation = (
      await coordinator.inject({ method: 'GET', url: `/api/consolidation/periods/${period.id}` })
    ).json();
    const fromReport: Array<{ code: string; breakdownKey: string; value: number }> = [];
    for (const indicator of consolidation.indicators) {
      const mine = indicator.byAgency.find((a: { agencyId: number }) => a.agencyId === bao);
      if (!mine) continue;
      const keyed = Object.entries(mine.byBreakdown as Record<string, number>);
      if (keyed.length)
        for (const [key, value] of keyed) fromReport.push({ code: indicator.code, breakdownKey: key, value });
      else fromReport.push({ code: indicator.code, breakdownKey: '', value: mine.value });
    }
    expect(sums(fromReport)).toEqual(sums(list.summary.indicators));
    expect(list.summary.count).toBe(list.activities.length);
  });
});
