import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { obligations, reportingPeriods } from '../../db/schema/reporting.js';
import { AppError } from '../../http/app-error.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { computeObligations } from './compute-obligations.js';

export type PeriodRow = typeof reportingPeriods.$inferSelect;

/**
 * Stores who must report in a period: what every agency owes on the period's due date, the date
 * the report is owed — so an agency closed by then reports through its successor. Agencies that no
 * longer owe anything lose their obligation (their draft, if any, stays but no longer counts).
 */
export async function storeObligations(tx: Tx, period: PeriodRow): Promise<number> {
  const plan = await loadPlanRoles(tx, period.planId);
  const snapshot = await loadOrgSnapshot(tx);
  const computed = computeObligations(snapshot, plan, period.dueOn);
  const agencyIds = computed.map((o) => o.agencyId);
  await tx.delete(obligations).where(and(eq(obligations.periodId, period.id), agencyIds.length ? notInArray(obligations.agencyId, agencyIds) : undefined));
  if (computed.length) {
    await tx
      .insert(obligations)
      .values(computed.map((o) => ({ periodId: period.id, agencyId: o.agencyId, taskIds: o.taskIds })))
      .onConflictDoUpdate({ target: [obligations.periodId, obligations.agencyId], set: { taskIds: sqlExcluded('task_ids'), computedAt: new Date() } });
  }
  return computed.length;
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/** A period by id, or NOT_FOUND. */
export async function getPeriod(tx: Tx, periodId: number): Promise<PeriodRow> {
  const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo #${periodId} / Reporting period not found`);
  return period;
}

/** The obligation of an agency in a period, or NOT_FOUND: only agencies that owe tasks report. */
export async function getObligation(tx: Tx, periodId: number, agencyId: number) {
  const [row] = await tx.select().from(obligations).where(and(eq(obligations.periodId, periodId), eq(obligations.agencyId, agencyId)));
  if (!row) throw new AppError('NOT_FOUND', 'Cơ quan này không có nghĩa vụ báo cáo trong kỳ / This agency owes no report in this period', { periodId, agencyId });
  return row;
}
