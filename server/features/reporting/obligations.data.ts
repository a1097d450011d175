import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { obligations, reportingPeriods } from '../../db/schema/reporting.js';
import { AppError } from '../../../common/errors.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { loadPlanRoles } from '../plans/plan-roles.data.js';
import { computeObligations } from './compute-obligations.js';

export type PeriodRow = typeof reportingPeriods.$inferSelect;

/**
 * Stores who must report in a period: what every agency owes on the period's due date, the date
 * the report is owed — so an agency closed by then reports through its successor. Agencies that no
 * longer owe anything lose their obligation (their draft, if any, stays but no longer counts).
 */
export async function storeObligations(tx: Tx, period: PeriodRow, now: Date): Promise<number> {
  const plan = await loadPlanRoles(tx, period.planId);
  const snapshot = await loadOrgSnapshot(tx);
  const computed = computeObligations(snapshot, plan, period.dueOn);
  const agencyIds = computed.map((o) => o.agencyId);
  await tx
    .delete(obligations)
    .where(
      and(
        eq(obligations.periodId, period.id),
        agencyIds.length ? notInArray(obligations.agencyId, agencyIds) : undefined,
      ),
    );
  if (computed.length) {
    await tx
      .insert(obligations)
      .values(computed.map((o) => ({ periodId: period.id, agencyId: o.agencyId, taskIds: o.taskIds })))
      .onConflictDoUpdate({
        target: [obligations.periodId, obligations.agencyId],
        set: { taskIds: sqlExcluded('task_ids'), computedAt: now },
      });
  }
  return computed.length;
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/** A period by id, or NOT_FOUND. */
export async function getPeriod(tx: Db | Tx, periodId: number): Promise<PeriodRow> {
  const [period] = await tx.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw new AppError('NOT_FOUND', { resource: 'period', id: `#${periodId}` });
  return period;
}

/** The obligation of an agency in a period, or NOT_FOUND: only agencies that owe tasks report. */
export async function getObligation(tx: Db | Tx, periodId: number, agencyId: number) {
  const [row] = await tx
    .select()
    .from(obligations)
    .where(and(eq(obligations.periodId, periodId), eq(obligations.agencyId, agencyId)));
  if (!row) throw new AppError('NO_OBLIGATION').with({ periodId, agencyId });
  return row;
}
