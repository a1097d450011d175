import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { AllocationView, BudgetRequestView } from '../../../common/contracts/budget.js';
import { AppError } from '../../../common/errors.js';
import type { Db, Tx } from '../../db/client.js';
import { budgetAllocations, budgetRequests, budgetSpending } from '../../db/schema/budget.js';
import { agencies } from '../../db/schema/organisations.js';
import { tasks } from '../../db/schema/plans.js';
import { dongToNumber, executionBasisPoints, sumDong } from './budget-arithmetic.js';

export type BudgetRequestRow = typeof budgetRequests.$inferSelect;

/** Which budget lines to load: a year, and agencies (null: every agency). */
export type BudgetQuery = { year?: number; agencyIds: number[] | null; taskId?: number; ids?: number[] };

/** Allocations with their spending and figures (exact bigint sums, numbers only on the way out). */
export async function loadAllocations(
  db: Db | Tx,
  query: BudgetQuery,
): Promise<Array<AllocationView & { raw: { allocated: bigint; spent: bigint } }>> {
  if (query.agencyIds && query.agencyIds.length === 0) return [];
  const where: Array<SQL | undefined> = [
    query.year ? eq(budgetAllocations.year, query.year) : undefined,
    query.agencyIds ? inArray(budgetAllocations.agencyId, query.agencyIds) : undefined,
    query.taskId ? eq(budgetAllocations.taskId, query.taskId) : undefined,
    query.ids ? inArray(budgetAllocations.id, query.ids) : undefined,
  ];
  const rows = await db
    .select({ a: budgetAllocations, agency: agencies.name, taskCode: tasks.code, taskTitle: tasks.title })
    .from(budgetAllocations)
    .innerJoin(agencies, eq(agencies.id, budgetAllocations.agencyId))
    .innerJoin(tasks, eq(tasks.id, budgetAllocations.taskId))
    .where(and(...where))
    .orderBy(asc(budgetAllocations.year), asc(tasks.code), asc(budgetAllocations.id));
  const ids = rows.map((r) => r.a.id);
  const spending = ids.length
    ? await db
        .select()
        .from(budgetSpending)
        .where(inArray(budgetSpending.allocationId, ids))
        .orderBy(asc(budgetSpending.spentOn), asc(budgetSpending.id))
    : [];
  return rows.map(({ a, agency, taskCode, taskTitle }) => {
    const own = spending.filter((s) => s.allocationId === a.id);
    const spent = sumDong(own.map((s) => s.amountDong));
    return {
      id: a.id,
      year: a.year,
      taskId: a.taskId,
      taskCode,
      taskTitle,
      agencyId: a.agencyId,
      agency,
      source: a.source,
      sourceNote: a.sourceNote,
      decisionRef: a.decisionRef,
      requestId: a.requestId,
      allocated: dongToNumber(a.amountDong),
      spent: dongToNumber(spent),
      remaining: dongToNumber(a.amountDong - spent),
      executionBasisPoints: executionBasisPoints(spent, a.amountDong),
      spending: own.map((s) => ({
        id: s.id,
        spentOn: s.spentOn,
        amountDong: dongToNumber(s.amountDong),
        description: s.description,
        documentRef: s.documentRef,
        attachmentId: s.attachmentId,
      })),
      raw: { allocated: a.amountDong, spent },
    };
  });
}

/** One allocation, or NOT_FOUND. */
export async function loadAllocation(db: Db | Tx, id: number) {
  const [allocation] = await loadAllocations(db, { agencyIds: null, ids: [id] });
  if (!allocation) throw new AppError('NOT_FOUND', { resource: 'budgetAllocation', id: `#${id}` });
  return allocation;
}

/** The step of a request still waiting is overdue when its working-day deadline has passed. */
function isOverdue(row: BudgetRequestRow, today: string): boolean {
  if (row.status === 'submitted') return row.appraisalDueOn !== null && row.appraisalDueOn < today;
  if (row.status === 'appraised') return row.decisionDueOn !== null && row.decisionDueOn < today;
  return false;
}

/** Requests beyond the estimate, as screens show them. */
export async function loadRequests(db: Db | Tx, query: BudgetQuery, today: string): Promise<BudgetRequestView[]> {
  if (query.agencyIds && query.agencyIds.length === 0) return [];
  const where: Array<SQL | undefined> = [
    query.year ? eq(budgetRequests.year, query.year) : undefined,
    query.agencyIds ? inArray(budgetRequests.agencyId, query.agencyIds) : undefined,
    query.ids ? inArray(budgetRequests.id, query.ids) : undefined,
  ];
  const rows = await db
    .select({ r: budgetRequests, agency: agencies.name, taskCode: tasks.code, taskTitle: tasks.title })
    .from(budgetRequests)
    .innerJoin(agencies, eq(agencies.id, budgetRequests.agencyId))
    .innerJoin(tasks, eq(tasks.id, budgetRequests.taskId))
    .where(and(...where))
    .orderBy(asc(budgetRequests.id));
  return rows.map(({ r, agency, taskCode, taskTitle }) => ({
    id: r.id,
    year: r.year,
    taskId: r.taskId,
    taskCode,
    taskTitle,
    agencyId: r.agencyId,
    agency,
    source: r.source,
    amountDong: dongToNumber(r.amountDong),
    reason: r.reason,
    status: r.status,
    submittedOn: r.submittedOn,
    appraisalDueOn: r.appraisalDueOn,
    appraisedOn: r.appraisedOn,
    appraisalOpinion: r.appraisalOpinion,
    appraisedAmountDong: r.appraisedAmountDong === null ? null : dongToNumber(r.appraisedAmountDong),
    decisionDueOn: r.decisionDueOn,
    decidedOn: r.decidedOn,
    decisionRef: r.decisionRef,
    approvedAmountDong: r.approvedAmountDong === null ? null : dongToNumber(r.approvedAmountDong),
    overdue: isOverdue(r, today),
    version: r.version,
    updatedAt: r.updatedAt,
  }));
}

/** One request as stored (for a transition), or NOT_FOUND. */
export async function getRequestRow(db: Db | Tx, id: number): Promise<BudgetRequestRow> {
  const [row] = await db.select().from(budgetRequests).where(eq(budgetRequests.id, id));
  if (!row) throw new AppError('NOT_FOUND', { resource: 'budgetRequest', id: `#${id}` });
  return row;
}

/** One request as screens show it. */
export async function presentRequest(db: Db | Tx, id: number, today: string): Promise<BudgetRequestView> {
  const [view] = await loadRequests(db, { agencyIds: null, ids: [id] }, today);
  if (!view) throw new AppError('NOT_FOUND', { resource: 'budgetRequest', id: `#${id}` });
  return view;
}
