import { eq } from 'drizzle-orm';
import { AllocationInput } from '../../../common/contracts/budget.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { budgetAllocations } from '../../db/schema/budget.js';
import { agencies } from '../../db/schema/organisations.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { assertTaskExists } from '../activities/activities.data.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { toDong } from './budget-arithmetic.js';
import { loadAllocation } from './budget.data.js';

/** Fails with NOT_FOUND unless the agency exists. */
export async function assertAgencyExists(tx: Tx, agencyId: number): Promise<void> {
  const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${agencyId}` });
}

/** Inserts an allocation inside the caller's transaction (also used by an approved request); returns its id. */
export async function insertAllocation(
  tx: Tx,
  ctx: RequestContext,
  input: ReturnType<typeof AllocationInput.parse> & { requestId?: number },
): Promise<number> {
  await assertTaskExists(tx, input.taskId);
  await assertAgencyExists(tx, input.agencyId);
  const [row] = await tx
    .insert(budgetAllocations)
    .values({
      year: input.year,
      taskId: input.taskId,
      agencyId: input.agencyId,
      source: input.source,
      sourceNote: input.sourceNote.normalize('NFC'),
      amountDong: toDong(input.amountDong),
      decisionRef: input.decisionRef.normalize('NFC'),
      requestId: input.requestId ?? null,
      createdAt: ctx.clock.now(),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    })
    .returning({ id: budgetAllocations.id });
  return row!.id;
}

/** Allocates money to an agency for a task from a source (the coordinator, from the approved estimate). */
export async function createAllocation(ctx: RequestContext, raw: AllocationInput) {
  const input = AllocationInput.parse(raw);
  authorize(ctx.actor, 'budget.manage');
  return inTransaction(ctx.db, async (tx) => {
    const id = await insertAllocation(tx, ctx, input);
    const { raw: _raw, ...allocation } = await loadAllocation(tx, id);
    await recordAuditEvent(tx, ctx, {
      action: 'budget.allocate',
      subjectType: 'budget-allocation',
      subjectId: id,
      after: allocation,
    });
    return allocation;
  });
}
