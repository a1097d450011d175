import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from './working-calendar.data.js';
import { buildTestApp, signIn, type Session, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let coordinator: Session;

beforeAll(async () => {
  t = await buildTestApp({ today: '2026-08-01' });
  coordinator = await signIn(t.app, 'dieuphoi');
});
afterAll(() => t.close());

describe('the working calendar is editable data', () => {
  it('a coordinator records the decided Quốc khánh day; deadlines then skip it; removing it restores the schedule', async () => {
    expect((await loadWorkingCalendar(t.database.db)).isWorkingDay('2026-09-01')).toBe(true); // still "pending" in the built-in data
    const set = await coordinator.inject({
      method: 'PUT',
      url: '/api/calendar/entries',
      payload: {
        date: '2026-09-01',
        name: 'Nghỉ lễ Quốc khánh (ngày liền kề)',
        kind: 'holiday',
        source: 'Thông báo của Bộ Nội vụ',
      },
    });
    expect(set.statusCode).toBe(200);
    const calendar = await loadWorkingCalendar(t.database.db);
    expect(calendar.isWorkingDay('2026-09-01')).toBe(false);
    expect(calendar.addWorkingDays('2026-08-31', 1)).toBe('2026-09-03');
    const year = (await coordinator.inject({ method: 'GET', url: '/api/calendar/2026' })).json();
    expect(year.edits).toEqual([expect.objectContaining({ date: '2026-09-01', kind: 'holiday' })]);
    expect((await coordinator.inject({ method: 'DELETE', url: '/api/calendar/entries/2026-09-01' })).statusCode).toBe(
      200,
    );
    expect((await loadWorkingCalendar(t.database.db)).isWorkingDay('2026-09-01')).toBe(true);
    const audit = await t.database.db.query.auditEvents.findMany({
      where: (a, { eq }) => eq(a.subjectType, 'calendar-entry'),
      orderBy: (a, { asc }) => [asc(a.id)], // sealing the audit chain rewrites rows, so storage order is not id order
    });
    expect(audit.map((a) => a.action)).toEqual(['calendar.set', 'calendar.remove']);
  });

  it('refuses bad dates and agency staff', async () => {
    expect(
      (
        await coordinator.inject({
          method: 'PUT',
          url: '/api/calendar/entries',
          payload: { date: '2026-02-30', name: 'Ngày sai', kind: 'holiday' },
        })
      ).statusCode,
    ).toBe(400);
    const officer = await signIn(t.app, 'songoaivu');
    expect(
      (
        await officer.inject({
          method: 'PUT',
          url: '/api/calendar/entries',
          payload: { date: '2026-09-01', name: 'Nghỉ', kind: 'holiday' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await coordinator.inject({ method: 'DELETE', url: '/api/calendar/entries/2026-10-10' })).statusCode).toBe(
      404,
    );
  });
});
