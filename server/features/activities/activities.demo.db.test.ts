import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock, type RequestContext } from '../../context.js';
import { activities } from '../../db/schema/activities.js';
import { indicators, reportingPeriods, submissionIndicatorValues, submissions } from '../../db/schema/reporting.js';
import { buildTestApp, type TestApp } from '../../test/test-app.js';
import { draftSubmissionFromActivities } from './activities.queries.js';

let t: TestApp;
let ctx: RequestContext;
beforeAll(async () => {
  t = await buildTestApp({ today: '2026-11-26' });
  ctx = { db: t.database.db, clock: createClock('2026-11-26'), actor: { kind: 'system', name: 'test' } };
});
afterAll(() => t.close());

/** For each report of a period: do the activities of its window give exactly its stored figures? */
async function agreement(year: number, kind: 'semiannual' | 'annual') {
  const [period] = await t.database.db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.year, year))
    .then((rows) => rows.filter((p) => p.kind === kind));
  const stored = await t.database.db
    .select({
      agencyId: submissions.agencyId,
      code: indicators.code,
      key: submissionIndicatorValues.breakdownKey,
      value: submissionIndicatorValues.value,
    })
    .from(submissionIndicatorValues)
    .innerJoin(submissions, eq(submissions.id, submissionIndicatorValues.submissionId))
    .innerJoin(indicators, eq(indicators.id, submissionIndicatorValues.indicatorId))
    .where(eq(submissions.periodId, period!.id));
  const agencies = [...new Set(stored.map((s) => s.agencyId))];
  let equal = 0;
  for (const agencyId of agencies) {
    const mine = stored
      .filter((s) => s.agencyId === agencyId && s.value !== 0)
      .map((s) => `${s.code}/${s.key}=${s.value}`)
      .sort();
    const draft = await draftSubmissionFromActivities(ctx, period!.id, agencyId);
    const drafted = draft.indicatorValues.map((v) => `${v.code}/${v.breakdownKey}=${v.value}`).sort();
    if (JSON.stringify(mine) === JSON.stringify(drafted)) equal++;
  }
  return { agencies: agencies.length, equal };
}

describe('the demo’s activity record', () => {
  it('holds activities of 2025 and 2026 for most agencies', async () => {
    const rows = await t.database.db
      .select({ agencyId: activities.agencyId, startsOn: activities.startsOn })
      .from(activities);
    expect(rows.some((r) => r.startsOn.startsWith('2025'))).toBe(true);
    expect(rows.some((r) => r.startsOn.startsWith('2026'))).toBe(true);
    expect(new Set(rows.map((r) => r.agencyId)).size).toBeGreaterThan(30);
    expect(rows.every((r) => r.startsOn <= '2026-11-25')).toBe(true);
  });

  it('gives every half-year and annual report’s figures exactly', async () => {
    for (const year of [2025, 2026]) {
      const semi = await agreement(year, 'semiannual');
      expect(semi.agencies).toBeGreaterThan(20);
      expect(semi.equal).toBe(semi.agencies);
      const annual = await agreement(year, 'annual');
      expect(annual.equal).toBe(annual.agencies);
      console.log(
        `[demo activities] ${year}: half-year ${semi.equal}/${semi.agencies}, annual ${annual.equal}/${annual.agencies}`,
      );
    }
  });
});
