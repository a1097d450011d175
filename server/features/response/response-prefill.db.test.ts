import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorDigests } from '../../db/schema/monitoring.js';
import { plans } from '../../db/schema/plans.js';
import { obligations, reportingPeriods } from '../../db/schema/reporting.js';
import { buildTestApp, type Session, signIn, type TestApp } from '../../test/test-app.js';
import { taskFor } from './response-prefill.js';

let t: TestApp;
let coordinator: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  coordinator = await signIn(t.app, 'dieuphoi');
});
afterAll(() => t.close());

const get = (s: Session, url: string) => s.inject({ method: 'GET', url });
type Draft = {
  lines: Array<{ taskId: number; doneText: string }>;
  fromResponse: Array<{ taskId: number; work: 'cases' | 'conferences' | 'foreignGroups' | 'digests'; count: number }>;
};

async function periodOf(kind: 'semiannual' | 'annual') {
  const [row] = await t.database.db
    .select({ id: reportingPeriods.id, from: reportingPeriods.windowFrom, to: reportingPeriods.windowTo })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .where(and(eq(plans.year, 2026), eq(reportingPeriods.kind, kind)));
  return row!;
}

/** The figure a consolidated report prints after the words, e.g. "Tổ chức 04 cuộc họp báo" → 4. */
const figureAfter = (text: string, words: string) => {
  const match = new RegExp(`${words} (\\d+)`).exec(text);
  return match ? Number(match[1]) : 0;
};

describe('the response record drafts the agencies’ submissions', () => {
  it('the same numbers on the board, in the submissions drafted and in the consolidated report', async () => {
    for (const kind of ['semiannual', 'annual'] as const) {
      const period = await periodOf(kind);
      const owing = await t.database.db
        .select({ agencyId: obligations.agencyId })
        .from(obligations)
        .where(eq(obligations.periodId, period.id));
      const sums = { cases: 0, conferences: 0, foreignGroups: 0, digests: 0 };
      const agenciesDrafted = new Set<number>();
      for (const { agencyId } of owing) {
        const reply = await get(coordinator, `/api/activities/draft/periods/${period.id}/agencies/${agencyId}`);
        expect(reply.statusCode, reply.body).toBe(200);
        const draft = reply.json() as Draft;
        for (const item of draft.fromResponse) {
          sums[item.work] += item.count;
          agenciesDrafted.add(agencyId);
          // The numbers come with the lines, under the owed task, as the report words them.
          const line = draft.lines.find((l) => l.taskId === item.taskId);
          expect(line?.doneText).toBeDefined();
          if (item.work === 'conferences')
            expect(line!.doneText).toContain(`Tổ chức ${String(item.count).padStart(2, '0')} cuộc họp báo`);
          if (item.work === 'foreignGroups')
            expect(line!.doneText).toContain(`hướng dẫn ${String(item.count).padStart(2, '0')} đoàn`);
          if (item.work === 'cases')
            expect(line!.doneText).toContain(`Phát hiện, xử lý ${String(item.count).padStart(2, '0')} vụ việc`);
        }
      }
      const board = (
        await get(coordinator, `/api/response/board?year=2026&from=${period.from}&to=${period.to}`)
      ).json();
      const report = (await get(coordinator, `/api/consolidation/periods/${period.id}`)).json();
      const results = report.narrative.draft.results as string;
      const fromReport = {
        cases: figureAfter(results, 'Phát hiện, xử lý'),
        conferences: figureAfter(results, 'Tổ chức'),
        foreignGroups: figureAfter(results, 'Tiếp nhận, quản lý, hướng dẫn'),
      };
      const fromBoard = {
        cases: board.window.casesHandled,
        conferences: board.window.conferencesHeld,
        foreignGroups: board.window.foreignGroupsReceived,
      };
      expect(fromBoard.conferences, kind).toBeGreaterThan(0);
      expect(fromBoard.cases, kind).toBeGreaterThan(0);
      expect(fromBoard.foreignGroups, kind).toBeGreaterThan(0);
      const { digests: _digests, ...responseSums } = sums; // digests are not response cases: the board does not count them
      expect(responseSums, kind).toEqual(fromBoard);
      expect(fromReport, kind).toEqual(fromBoard);
      expect(agenciesDrafted.size).toBeGreaterThan(0);
    }
  });

  it('each kind of work is drafted into one submission, never counted twice across agencies', async () => {
    const period = await periodOf('semiannual');
    const owing = await t.database.db
      .select({ agencyId: obligations.agencyId })
      .from(obligations)
      .where(eq(obligations.periodId, period.id));
    const drafts = await Promise.all(
      owing.map(
        async ({ agencyId }) =>
          (await get(coordinator, `/api/activities/draft/periods/${period.id}/agencies/${agencyId}`)).json() as Draft,
      ),
    );
    // Each kind of work is drafted into one submission only (no item counted twice across agencies).
    for (const work of ['cases', 'conferences', 'foreignGroups'] as const) {
      expect(drafts.filter((d) => d.fromResponse.some((r) => r.work === work)).length).toBeLessThanOrEqual(1);
    }
  });

  it('the press digests issued in the window draft one line, for the agency leading the monitoring task only', async () => {
    const period = await periodOf('semiannual');
    const [{ provinceId }] = (await t.database.db
      .select({ provinceId: reportingPeriods.provinceId })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.id, period.id))) as [{ provinceId: number }];
    const digest = (kind: string, periodStart: string, periodEnd: string, articleIds: number[]) => ({
      provinceId,
      kind,
      periodStart,
      periodEnd,
      articleIds,
      issuedAt: new Date(`${periodEnd}T10:00:00Z`),
      issuedBy: 'test',
    });
    await t.database.db.insert(monitorDigests).values([
      digest('daily', period.from, period.from, [1, 2]),
      digest('daily', period.to, period.to, [2, 3]),
      digest('monthly', period.from, period.to, [1, 2, 3, 4]),
      digest('daily', '2020-01-01', '2020-01-01', [9]), // outside the window
    ]);
    const owing = await t.database.db
      .select({ agencyId: obligations.agencyId })
      .from(obligations)
      .where(eq(obligations.periodId, period.id));
    const drafted: Array<{ draft: Draft; count: number }> = [];
    for (const { agencyId } of owing) {
      const draft = (
        await get(coordinator, `/api/activities/draft/periods/${period.id}/agencies/${agencyId}`)
      ).json() as Draft;
      const count = draft.fromResponse.filter((r) => r.work === 'digests').reduce((n, r) => n + r.count, 0);
      if (count > 0) drafted.push({ draft, count });
    }
    expect(drafted.map((d) => d.count)).toEqual([3]);
    const item = drafted[0]!.draft.fromResponse.find((r) => r.work === 'digests')!;
    const line = drafted[0]!.draft.lines.find((l) => l.taskId === item.taskId);
    expect(line?.doneText).toContain('phát hành 03 bản điểm tin báo chí (02 bản hằng ngày, 01 bản hằng tháng)');
    expect(line?.doneText).toContain('tổng hợp 4 tin, bài');
  });

  it('finds the task a kind of work belongs to by the plan’s words, sovereignty before the rebuttal mentioned with press conferences', () => {
    const tasks = [
      {
        id: 1,
        position: 1,
        title: 'Tham mưu tổ chức họp báo định kỳ, đột xuất; giải thích, phản bác các thông tin sai lệch',
        content: '',
      },
      { id: 2, position: 2, title: 'Quản lý và hướng dẫn phóng viên, báo chí nước ngoài', content: '' },
      { id: 3, position: 3, title: 'Phát hiện, xử lý sản phẩm thể hiện sai lệch chủ quyền', content: '' },
      { id: 4, position: 4, title: 'Xây dựng kế hoạch', content: '' },
    ];
    expect(taskFor('conferences', tasks)).toBe(1);
    expect(taskFor('foreignGroups', tasks)).toBe(2);
    expect(taskFor('cases', tasks)).toBe(3);
    expect(taskFor('cases', [tasks[3]!])).toBeNull();
    expect(
      taskFor('digests', [
        ...tasks,
        { id: 5, position: 5, title: 'Theo dõi, tổng hợp dư luận báo chí, phát hành điểm tin', content: '' },
      ]),
    ).toBe(5);
  });
});
