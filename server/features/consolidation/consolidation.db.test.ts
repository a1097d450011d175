import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type Actor, type RequestContext } from '../../context.js';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../test/test-db.js';
import { buildConsolidation, findPeriodId } from './build-consolidation.js';
import { buildObligations, buildPeriod, buildSubmission, demoPlan } from './consolidation.factory.test-support.js';
import { buildScenario, type Scenario } from './consolidation.scenario.test-support.js';

let database: Database;
let ctx: RequestContext;
let s: Scenario;

const officer: Actor = {
  kind: 'user',
  provinceId: 1,
  userId: 999,
  username: 'canbo',
  displayName: 'Cán bộ',
  role: 'agency-officer',
  agencyId: 1,
  agencyScope: [1],
};

beforeAll(async () => {
  database = await createTestDatabase('demo');
  ctx = { db: database.db, clock: createClock('2025-06-01'), actor: { kind: 'system', name: 'test' } };
  s = await buildScenario(database.db);
});
afterAll(() => database.close());

describe('buildConsolidation', () => {
  it('sums indicators over sent reports only, with the per-language breakdown', async () => {
    const c = await buildConsolidation(ctx, s.periodId);
    expect(c.indicators.map((i) => i.code)).toEqual(['CHIDAO', 'TIN', 'HOP']);
    const tin = c.indicators.find((i) => i.code === 'TIN')!;
    // 10 (Sở Ngoại vụ) + 6 (Báo: en 5 + zh 1, no stated total) + 4 (Sở Tư pháp) + 7 (Tỉnh đoàn); the draft's 1000 and the returned 500 never count.
    expect(tin.total).toBe(27);
    expect(tin.byBreakdown).toEqual([
      { key: 'en', value: 8 },
      { key: 'zh', value: 3 },
      { key: 'fr', value: 0 },
    ]);
    expect(Object.fromEntries(tin.byAgency.map((a) => [a.agencyId, a.value]))).toEqual({
      [s.ids.ngoaiVu]: 10,
      [s.ids.bao]: 6,
      [s.ids.tuPhap]: 4,
      [s.ids.tinhDoan]: 7,
    });
    expect(tin.byAgency.find((a) => a.agencyId === s.ids.bao)!.byBreakdown).toEqual({ en: 5, zh: 1 });
    expect(c.indicators.find((i) => i.code === 'HOP')!.total).toBe(6);
    expect(c.indicators.find((i) => i.code === 'CHIDAO')).toMatchObject({ total: 0, byAgency: [] });
  });

  it('counts expected, submitted and on-time reports over obligated agencies only', async () => {
    const c = await buildConsolidation(ctx, s.periodId);
    expect(c.counts).toEqual({
      expected: 7,
      submitted: 4,
      onTime: 3,
      late: 1,
      missing: 3,
      submittedRate: 57.1,
      onTimeRate: 42.9,
    });
  });

  it('names late and missing agencies; a resubmission after a return keeps the first date', async () => {
    const c = await buildConsolidation(ctx, s.periodId);
    expect(c.late.map((a) => a.agencyName)).toEqual(['Sở Tư pháp']);
    expect(c.missing.map((a) => [a.agencyName, a.submissionStatus])).toEqual([
      ['Sở Công Thương', 'returned'],
      ['Sở Nội vụ', 'draft'],
      ['Sở Tài chính', null],
    ]);
    const yTe = c.agencies.find((a) => a.agencyId === s.ids.yTe)!;
    expect(yTe).toMatchObject({ timeliness: 'on-time', submittedAt: '2025-05-10T02:00:00.000Z' });
    // 16:30 UTC on the 15th is 23:30 in Việt Nam: still the due day.
    expect(c.agencies.find((a) => a.agencyId === s.ids.bao)!.timeliness).toBe('on-time');
    expect(c.agencies.find((a) => a.agencyId === s.ids.tinhDoan)).toMatchObject({ obligated: false, counted: true });
  });

  it('synthesises each task from every agency’s lines, drafts excluded', async () => {
    const c = await buildConsolidation(ctx, s.periodId);
    const t74 = c.tasks.find((t) => t.id === s.tasks.t74)!;
    expect(t74.lines.map((l) => [l.agencyName, l.status])).toEqual([
      ['Báo Tuyên Quang', 'done'],
      ['Sở Ngoại vụ', 'in-progress'],
      ['Tỉnh đoàn', 'continuing'],
    ]);
    expect(t74.statusCounts).toEqual({ done: 1, 'in-progress': 1, continuing: 1, 'not-started': 0 });
    const t232 = c.tasks.find((t) => t.id === s.tasks.t232)!;
    expect(t232.lines.map((l) => l.doneText)).toEqual(['Tổ chức đón 2 đoàn phóng viên nước ngoài']);
    expect(JSON.stringify(c)).not.toContain('NHÁP');
    // Every task of the plan is listed, in plan order.
    const codes = c.tasks.map((t) => t.code);
    expect(codes.indexOf('2.3.2')).toBeLessThan(codes.indexOf('7.4'));
  });

  it('groups difficulties and proposals by agency', async () => {
    const c = await buildConsolidation(ctx, s.periodId);
    expect(c.remarks).toEqual([
      {
        agencyId: s.ids.tuPhap,
        agencyName: 'Sở Tư pháp',
        difficulties: 'Thiếu kinh phí cho hoạt động thông tin đối ngoại.',
        proposals: 'Đề nghị bổ sung kinh phí năm 2026.',
      },
    ]);
  });

  it('keeps rates at or below 100% when an unasked agency reports too', async () => {
    const { planId } = await demoPlan(database.db);
    const periodId = await buildPeriod(database.db, { planId, kind: 'annual', dueOn: '2025-11-15' });
    await buildObligations(database.db, periodId, [s.ids.ngoaiVu]);
    await buildSubmission(database.db, {
      periodId,
      agencyId: s.ids.ngoaiVu,
      status: 'submitted',
      submittedAt: '2025-11-01T01:00:00Z',
    });
    await buildSubmission(database.db, {
      periodId,
      agencyId: s.ids.bao,
      status: 'submitted',
      submittedAt: '2025-11-01T01:00:00Z',
    });
    const c = await buildConsolidation(ctx, periodId);
    expect(c.counts).toMatchObject({ expected: 1, submitted: 1, onTime: 1, submittedRate: 100, onTimeRate: 100 });
  });

  it('refuses an agency officer and answers NOT_FOUND for an unknown period', async () => {
    await expect(buildConsolidation({ ...ctx, actor: officer }, s.periodId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(buildConsolidation(ctx, 987654)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(findPeriodId(ctx, 2031, 'semiannual')).rejects.toMatchObject({
      code: 'NO_PERIOD_OF_KIND',
      params: { year: 2031, kind: 'semiannual' },
    });
  });
});
