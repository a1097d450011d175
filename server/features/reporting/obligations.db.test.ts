import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { tasks } from '../../db/schema/plans.js';
import { obligations, submissions } from '../../db/schema/reporting.js';
import { createTestDatabase } from '../../test/test-db.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { computeOwes } from '../plans/owes.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { computeObligations } from './compute-obligations.js';
import { recomputeObligations } from './recompute-obligations.js';
import { listPeriods } from './reporting.queries.js';
import { agencyIdByName, contextOf, findPeriod } from './reporting.test-support.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase('demo');
});
afterAll(() => database.close());

const owers = async (periodId: number) =>
  (await database.db.select().from(obligations).where(eq(obligations.periodId, periodId))).sort(
    (a, b) => a.agencyId - b.agencyId,
  );
const codesOf = async (taskIds: number[]) =>
  (await database.db.select({ id: tasks.id, code: tasks.code }).from(tasks))
    .filter((t) => taskIds.includes(t.id))
    .map((t) => t.code);

describe('obligations through groups and succession', () => {
  it('before 01/07/2025 the newspaper and the broadcaster each report; after it the merged press agency reports once, covering both', async () => {
    const bao = await agencyIdByName(database, 'Báo và Phát thanh, Truyền hình Tuyên Quang').catch(() =>
      agencyIdByName(database, 'Báo Tuyên Quang'),
    );
    const dai = await agencyIdByName(database, 'Đài Phát thanh và Truyền hình tỉnh');
    const semi = await findPeriod(database, 2025, 'semiannual');
    const annual = await findPeriod(database, 2025, 'annual');
    const before = await owers(semi.id);
    expect(before.filter((o) => o.agencyId === bao || o.agencyId === dai)).toHaveLength(2);
    const after = await owers(annual.id);
    expect(after.filter((o) => o.agencyId === dai)).toHaveLength(0);
    const press = after.filter((o) => o.agencyId === bao);
    expect(press).toHaveLength(1);
    // 5.1 was owed by both predecessors: it appears once, in the successor's list.
    const codes = await codesOf(press[0]!.taskIds);
    expect(codes.filter((c) => c === '5.1')).toHaveLength(1);
    expect(new Set(press[0]!.taskIds).size).toBe(press[0]!.taskIds.length);
    expect(new Set(after.map((o) => o.agencyId)).size).toBe(after.length);
  });

  it('a commune owes the district duties only after 01/07/2025; the districts owe nothing after it', async () => {
    const tanTrao = await agencyIdByName(database, 'Ủy ban nhân dân xã Tân Trào');
    const sonDuong = await agencyIdByName(database, 'Ủy ban nhân dân huyện Sơn Dương');
    const semi = await owers((await findPeriod(database, 2025, 'semiannual')).id);
    const annual = await owers((await findPeriod(database, 2025, 'annual')).id);
    expect(semi.some((o) => o.agencyId === tanTrao)).toBe(false);
    expect(semi.some((o) => o.agencyId === sonDuong)).toBe(true);
    expect(annual.some((o) => o.agencyId === sonDuong)).toBe(false);
    const commune = annual.find((o) => o.agencyId === tanTrao)!;
    expect(await codesOf(commune.taskIds)).toContain('1');
  });

  it('Sở VHTTDL carries Sở TT&TT’s tasks (transfer of function, 01/03/2025) and Sở TT&TT owes nothing', async () => {
    const annual = await owers((await findPeriod(database, 2025, 'annual')).id);
    const vhId = await agencyIdByName(database, 'Sở Văn hóa, Thể thao và Du lịch');
    const tttt = await agencyIdByName(database, 'Sở Thông tin và Truyền thông');
    expect(annual.some((o) => o.agencyId === tttt)).toBe(false);
    expect(await codesOf(annual.find((o) => o.agencyId === vhId)!.taskIds)).toEqual(
      expect.arrayContaining(['1', '2.3.3', '3', '4', '7.1', '7.5']),
    );
  });

  it('agrees with computeOwes agency by agency', async () => {
    const annual = await findPeriod(database, 2025, 'annual');
    const snapshot = await loadOrgSnapshot(database.db);
    const plan = await loadPlanRoles(database.db, annual.planId);
    const computed = computeObligations(snapshot, plan, annual.dueOn);
    for (const o of computed.slice(0, 12)) {
      const owed = new Set(computeOwes(snapshot, plan, o.agencyId, annual.dueOn).map((x) => x.taskId));
      expect([...owed].sort()).toEqual([...o.taskIds].sort());
    }
  });

  it('recomputing is idempotent', async () => {
    const annual = await findPeriod(database, 2025, 'annual');
    const before = (await owers(annual.id)).map((o) => [o.agencyId, o.taskIds]);
    await recomputeObligations(contextOf(database, '2025-12-01'), annual.id);
    expect((await owers(annual.id)).map((o) => [o.agencyId, o.taskIds])).toEqual(before);
  });
});

describe('rates', () => {
  it('never exceed 100 %, even when a closed predecessor’s report turns up', async () => {
    const annual = await findPeriod(database, 2025, 'annual');
    const dai = await agencyIdByName(database, 'Đài Phát thanh và Truyền hình tỉnh');
    // A stray report from the broadcaster, which no longer exists: it must not count.
    await database.db.insert(submissions).values({
      periodId: annual.id,
      agencyId: dai,
      status: 'submitted',
      firstSubmittedAt: new Date('2025-11-01T02:00:00Z'),
      submittedAt: new Date('2025-11-01T02:00:00Z'),
    });
    const ctx = contextOf(database, '2026-11-26');
    for (const period of await listPeriods(ctx)) {
      expect(period.rates.submitted).toBeLessThanOrEqual(period.rates.expected);
      expect(period.rates.reportingRate ?? 0).toBeLessThanOrEqual(100);
      expect(period.rates.onTime + period.rates.late).toBe(period.rates.submitted);
    }
    const [row] = await database.db
      .select()
      .from(submissions)
      .where(and(eq(submissions.periodId, annual.id), eq(submissions.agencyId, dai)));
    expect(row).toBeDefined();
  });
});
