import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportingPeriods } from '../../db/schema/reporting.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let coordinator: Session;
const TODAY = '2025-05-02';

beforeAll(async () => {
  t = await buildTestApp({ today: TODAY });
  coordinator = await signIn(t.app, 'dieuphoi');
});
afterAll(() => t.close());

const periods = () => t.database.db.select().from(reportingPeriods).orderBy(reportingPeriods.id);

describe('a calendar edit moves the dates of open periods, in its own transaction', () => {
  it('a holiday on a due date moves that period (and says so); removing it moves it back; locked periods stay', async () => {
    const before = await periods();
    const open = before.find((p) => p.locksOn >= TODAY && !p.closedAt);
    const locked = before.filter((p) => p.locksOn < TODAY);
    expect(open).toBeDefined();
    const set = await coordinator.inject({
      method: 'PUT',
      url: '/api/calendar/entries',
      payload: { date: open!.dueOn, name: 'Nghỉ bù (thử)', kind: 'holiday', source: 'Thông báo' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const moved = set.json().moved as Array<{ periodId: number; dueOn: { from: string; to: string } }>;
    const mine = moved.find((m) => m.periodId === open!.id);
    expect(mine?.dueOn.from).toBe(open!.dueOn);
    expect(mine!.dueOn.to > open!.dueOn).toBe(true);
    const [stored] = await t.database.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, open!.id));
    expect(stored!.dueOn).toBe(mine!.dueOn.to);
    expect(stored!.locksOn > open!.locksOn).toBe(true);
    const audit = await t.database.db.query.auditEvents.findMany({
      where: (a, { and, eq }) => and(eq(a.action, 'period.reschedule'), eq(a.subjectId, String(open!.id))),
    });
    expect(audit).toHaveLength(1);
    // Periods whose entry is already locked keep their dates.
    const after = await periods();
    for (const p of locked) expect(after.find((q) => q.id === p.id)).toEqual(p);
    const removed = await coordinator.inject({ method: 'DELETE', url: `/api/calendar/entries/${open!.dueOn}` });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().moved).toContainEqual(
      expect.objectContaining({ periodId: open!.id, dueOn: { from: mine!.dueOn.to, to: open!.dueOn } }),
    );
    expect(await periods()).toEqual(before);
  });
});
