import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeView } from '../../../common/contracts/home.js';
import { buildTestApp, signIn, type TestApp } from '../../test/test-app.js';
import { currentPeriod, ownWorkKind } from './home.queries.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ today: '2026-12-06' });
});
afterAll(() => t.close());

const get = async (username: string, url: string) => {
  const session = await signIn(t.app, username);
  const response = await session.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const home = (username: string): Promise<HomeView> => get(username, '/api/home');

describe('the home page of each role on 06/12/2026', () => {
  it('the press agency’s officer sees the 2026 annual report overdue despite its extension to 30/11', async () => {
    const view = await home('baotuyenquang');
    expect(view.role).toBe('agency-officer');
    expect(view.agency?.name).toBe('Báo và Phát thanh, Truyền hình Tuyên Quang');
    expect(view.plan).toMatchObject({ year: 2026, number: '12/KH-UBND' });
    expect(view.work.map((w) => [w.kind, w.periodKind, w.dueOn, w.extended, w.status])).toEqual([
      ['overdue', 'annual', '2026-11-30', true, 'draft'],
    ]);
    expect(view.work.every((w) => w.agencyId === view.agency!.id)).toBe(true);
  });

  it('its leader sees the same draft as awaiting approval', async () => {
    const view = await home('lanhdaobao');
    expect(view.work.map((w) => [w.kind, w.periodKind, w.timeliness])).toEqual([
      ['awaiting-approval', 'annual', 'overdue'],
    ]);
  });

  it('Sở Ngoại vụ’s officer sees its sent report waiting on the coordinator, nothing overdue', async () => {
    const view = await home('songoaivu');
    expect(view.work.map((w) => [w.kind, w.periodKind, w.status])).toEqual([
      ['awaiting-review', 'annual', 'submitted'],
    ]);
  });

  it('the coordinator sees the current period and exactly the sent reports to review and the overdue agencies', async () => {
    const view = await home('dieuphoi');
    expect(view.current?.period).toMatchObject({ kind: 'annual', year: 2026 });
    const periodId = view.current!.period.id;
    const board = await get('dieuphoi', `/api/reporting/periods/${periodId}/board`);
    expect(view.current!.rates).toEqual(board.overall);
    const { periods } = await get('dieuphoi', '/api/reporting/periods');
    const expectedReview: string[] = [];
    for (const p of periods.filter((p: { closedAt: string | null }) => p.closedAt === null)) {
      const { obligations } = await get('dieuphoi', `/api/reporting/periods/${p.id}/obligations`);
      for (const o of obligations) if (o.status === 'submitted') expectedReview.push(`${p.id}:${o.agencyId}`);
    }
    const review = view.work.filter((w) => w.kind === 'awaiting-review').map((w) => `${w.periodId}:${w.agencyId}`);
    expect(review.sort()).toEqual(expectedReview.sort());
    expect(review.length).toBeGreaterThan(0);
    const overdue = view.work.filter((w) => w.kind === 'overdue');
    expect(overdue.length).toBe(board.overall.overdue);
    expect(overdue.every((w) => w.periodId === periodId)).toBe(true);
    // What is wrong comes before what waits.
    expect(view.work.findIndex((w) => w.kind === 'awaiting-review')).toBeGreaterThan(
      view.work.findLastIndex((w) => w.kind === 'overdue'),
    );
  });

  it('the province leader sees whether the province is on track, against last year', async () => {
    const view = await home('lanhdao');
    expect(view.role).toBe('viewer');
    expect(view.work).toEqual([]);
    const track = view.track!;
    expect(track.period).toMatchObject({ kind: 'annual', year: 2026 });
    const board = await get('lanhdao', `/api/reporting/periods/${track.period.id}/board`);
    expect(track.rates).toEqual(board.overall);
    expect(track.lastYear?.period).toMatchObject({ kind: 'annual', year: 2025 });
    expect(track.tasksReported).toBeGreaterThan(0);
    expect(track.tasksReported).toBeLessThanOrEqual(track.tasksOwed);
    expect(track.tasksDone).toBeLessThanOrEqual(track.tasksReported);
    const consolidation = await get('lanhdao', `/api/consolidation/periods/${track.period.id}`);
    const sent = consolidation.tasks.filter((task: { lines: unknown[] }) => task.lines.length > 0).length;
    expect(track.tasksReported).toBe(sent);
    expect(track.figures.length).toBeGreaterThan(0);
    for (const figure of track.figures) {
      const same = consolidation.indicators.find((i: { code: string }) => i.code === figure.code);
      expect(figure.total).toBe(same.total);
      expect(figure.previous).toBe(same.previous?.total ?? null);
      expect(figure.nameEn).toBeTruthy();
    }
    expect(track.figures.some((f) => f.previous !== null)).toBe(true);
  });
});

describe('the home pages outside the agencies: the administrator and the ministry', () => {
  it('the administrator sees the accounts that need attention, a locked one first, each with its reason', async () => {
    const { users } = await get('admin', '/api/users');
    const lockedUntil = new Date(t.clock.now().getTime() + 15 * 60_000);
    await t.database.db.execute(
      sql`update users set locked_until = ${lockedUntil.toISOString()} where username = 'songoaivu'`,
    );
    const view = await home('admin');
    expect(view.role).toBe('admin');
    expect(view.accounts!.active).toBe(users.filter((u: { isActive: boolean }) => u.isActive).length);
    expect(view.accounts!.items[0]).toMatchObject({ kind: 'locked', username: 'songoaivu' });
    // The demo's accounts have no e-mail address, so the digest cannot reach them: each is listed once.
    const listed = view.accounts!.items.map((i) => i.username);
    expect(new Set(listed).size).toBe(listed.length);
    const noEmail = users
      .filter((u: { email: string | null }) => !u.email)
      .map((u: { username: string }) => u.username);
    expect(listed.sort()).toEqual(noEmail.sort());
    expect(view.accounts!.items.length).toBeGreaterThan(1);
    await t.database.db.execute(sql`update users set locked_until = null where username = 'songoaivu'`);
  });

  it('the ministry sees the provinces’ reports to review first, then those it returned', async () => {
    const view = await home('bovhttdl');
    expect(view.role).toBe('ministry');
    expect(view.upward!.items.map((i) => [i.kind, i.province])).toEqual([
      ['awaiting-review', 'Tuyên Quang'],
      ['returned', 'Thái Nguyên'],
    ]);
    expect(view.upward!.accepted).toBe(2);
    const report = await get('bovhttdl', `/api/ministry/reports/${view.upward!.items[0]!.reportId}`);
    expect(report).toMatchObject({ provinceName: 'Tuyên Quang', status: 'submitted' });
  });

  it('no other role gets the administrator’s or the ministry’s lists', async () => {
    for (const username of ['dieuphoi', 'lanhdao', 'baotuyenquang']) {
      const view = await home(username);
      expect([view.accounts, view.upward]).toEqual([null, null]);
    }
  });
});

describe('home rules', () => {
  it('the current period is the latest one due and not closed, else the next', () => {
    const periods = [
      { id: 1, dueOn: '2026-03-31', closedAt: null },
      { id: 2, dueOn: '2026-05-14', closedAt: null },
      { id: 3, dueOn: '2026-11-16', closedAt: null },
    ];
    expect(currentPeriod(periods, '2026-06-01')?.id).toBe(2);
    expect(currentPeriod(periods, '2026-12-06')?.id).toBe(3);
    expect(currentPeriod(periods, '2026-01-10')?.id).toBe(1);
    expect(currentPeriod([{ id: 4, dueOn: '2025-11-14', closedAt: '2025-12-05' }], '2026-01-10')).toBeNull();
  });

  it('a draft is the leader’s to approve and the officer’s to finish', () => {
    expect(ownWorkKind({ status: 'draft', timeliness: 'pending-within-term' }, true)).toBe('awaiting-approval');
    expect(ownWorkKind({ status: 'draft', timeliness: 'pending-within-term' }, false)).toBe('due');
    expect(ownWorkKind({ status: null, timeliness: 'overdue' }, false)).toBe('overdue');
    expect(ownWorkKind({ status: 'returned', timeliness: 'late' }, false)).toBe('returned');
    expect(ownWorkKind({ status: 'accepted', timeliness: 'on-time' }, true)).toBeNull();
    // Being corrected after a return, then sent back to the leader.
    const back = new Date('2026-11-20T03:00:00Z');
    expect(ownWorkKind({ status: 'draft', timeliness: 'overdue', returnedAt: back }, false)).toBe('returned');
    expect(
      ownWorkKind({ status: 'draft', timeliness: 'overdue', returnedAt: back, approvalRequestedAt: back }, false),
    ).toBe('awaiting-approval');
  });
});
