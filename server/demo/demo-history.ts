/**
 * The demo's past and references: the 2025 plan's number and date, the ministry's request the
 * half-year report answers, and the figures of 2024 (an archived plan with only its result
 * periods' indicator figures), so the report compares with the same period last year.
 * Numbers of documents here are invented for the demo.
 */

import { eq } from 'drizzle-orm';
import type { RequestContext } from '../context.js';
import type { Tx } from '../db/client.js';
import { agencies, agencyNames } from '../db/schema/organisations.js';
import { plans } from '../db/schema/plans.js';
import {
  consolidatedReports,
  indicators,
  obligations,
  reportRegimes,
  reportingPeriods,
  submissionIndicatorValues,
  submissions,
} from '../db/schema/reporting.js';
import type { AgencyKind } from '../db/schema/organisations.js';
import { ReportOptions, toStored } from '../features/consolidation/report-options.js';
import { DEFAULT_INDICATOR_CODES } from '../features/reporting/indicator-catalogue.js';
import { demoFigures, pick } from './demo-figures.js';

/** The seed plan carries no number or date of its own; the demo gives it one (invented). */
export const DEMO_PLAN_2025 = { number: '08/KH-UBND', issuedOn: '2025-01-14' } as const;

/** The ministry's request for the half-year report, as the coordinator would type it (invented). */
export const DEMO_MINISTRY_REQUEST =
  'Văn bản số 1712/BVHTTDL-TTCS ngày 28/4/2025 của Bộ Văn hóa, Thể thao và Du lịch về việc báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm 2025';

/** Gives the seed plan its number and date. */
export async function numberSeedPlan(tx: Tx, planId: number): Promise<void> {
  await tx.update(plans).set(DEMO_PLAN_2025).where(eq(plans.id, planId));
}

/** Saves the ministry's request on the half-year report, as the coordinator would on the screen. */
export async function saveMinistryRequest(ctx: RequestContext, periodId: number): Promise<void> {
  const tx = ctx.db as unknown as Tx;
  await tx.insert(consolidatedReports).values({
    periodId,
    // The column is typed as section texts; the options live beside them (report-options.ts).
    sections: toStored({}, ReportOptions.parse({ ministryRequest: DEMO_MINISTRY_REQUEST }), {}) as Record<
      string,
      string
    >,
    version: 1,
    updatedAt: ctx.clock.now(),
  });
}

/** Who reported in 2024 for an agency of 2025: its predecessor when it did not exist yet. */
const HOLDER_2024: Record<string, string> = {
  'Sở Văn hóa, Thể thao và Du lịch': 'Sở Thông tin và Truyền thông',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy': 'Ban Tuyên giáo Tỉnh ủy',
};

/**
 * The 2024 plan (archived) with its half-year and annual periods closed, and accepted reports of
 * the agencies that report in 2025 — figures only, which is all the comparison needs.
 */
export async function loadHistory2024(
  ctx: RequestContext,
  agencyNamesOf2025: ReadonlyArray<{ name: string; kind: string }>,
) {
  const tx = ctx.db as unknown as Tx;
  const [plan] = await tx
    .insert(plans)
    .values({
      province: 'Tuyên Quang',
      year: 2024,
      title: 'Kế hoạch công tác thông tin đối ngoại năm 2024',
      number: '15/KH-UBND',
      issuedOn: '2024-01-22',
      issuer: 'Ủy ban nhân dân tỉnh Tuyên Quang',
      status: 'archived',
      warnings: ['Dữ liệu mẫu: chỉ có số liệu chỉ tiêu của các kỳ báo cáo năm 2024, để so sánh cùng kỳ.'],
    })
    .returning();
  const ids = new Map(
    (await tx.select({ id: agencies.id, name: agencies.name }).from(agencies)).map((a) => [a.name, a.id]),
  );
  for (const n of await tx.select({ id: agencyNames.agencyId, name: agencyNames.name }).from(agencyNames))
    if (!ids.has(n.name)) ids.set(n.name, n.id);
  const indicatorIds = new Map(
    (await tx.select({ id: indicators.id, code: indicators.code }).from(indicators)).map((i) => [i.code, i.id]),
  );
  for (const kind of ['semiannual', 'annual'] as const) {
    const [regime] = await tx
      .insert(reportRegimes)
      .values({
        planId: plan!.id,
        kind,
        name: `Báo cáo ${kind === 'annual' ? 'năm' : '6 tháng'}`,
        indicatorCodes: DEFAULT_INDICATOR_CODES,
      })
      .returning();
    const due = kind === 'annual' ? '2024-11-14' : '2024-05-14';
    const [period] = await tx
      .insert(reportingPeriods)
      .values({
        regimeId: regime!.id,
        planId: plan!.id,
        kind,
        year: 2024,
        label: `Báo cáo kết quả công tác thông tin đối ngoại ${kind === 'annual' ? 'năm 2024' : '6 tháng đầu năm 2024'}`,
        windowFrom: '2023-12-15',
        windowTo: kind === 'annual' ? '2024-11-13' : '2024-05-13',
        statedDue: due,
        dueOn: due,
        locksOn: due,
        closedAt: new Date(`${kind === 'annual' ? '2024-12-06' : '2024-06-07'}T09:00:00+07:00`),
      })
      .returning();
    for (const agency of agencyNamesOf2025) {
      const holder = HOLDER_2024[agency.name] ?? (agency.name.startsWith('Báo và') ? 'Báo Tuyên Quang' : agency.name);
      const agencyId = ids.get(holder);
      if (agencyId === undefined) continue;
      const values = demoFigures({ name: agency.name, kind: agency.kind as AgencyKind }, { year: 2024, kind });
      if (values.length === 0) continue;
      const sent = new Date(`${due}T${String(8 + Math.floor(pick(agency.name) * 8)).padStart(2, '0')}:00:00+07:00`);
      await tx.insert(obligations).values({ periodId: period!.id, agencyId, taskIds: [] });
      const [s] = await tx
        .insert(submissions)
        .values({
          periodId: period!.id,
          agencyId,
          status: 'accepted',
          firstSubmittedAt: sent,
          submittedAt: sent,
          approvedAt: sent,
          acceptedAt: sent,
          updatedAt: sent,
        })
        .returning();
      await tx.insert(submissionIndicatorValues).values(
        values.map((v) => ({
          submissionId: s!.id,
          indicatorId: indicatorIds.get(v.code)!,
          breakdownKey: v.breakdownKey,
          value: v.value,
        })),
      );
    }
  }
}
