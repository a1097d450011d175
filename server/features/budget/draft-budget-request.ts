import { draftBudgetRequest as contract } from '../../../common/contracts/budget.js';
import type { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { budgetRequests } from '../../db/schema/budget.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize, can } from '../../policies/policy.js';
import { assertTaskExists } from '../activities/activities.data.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { toDong } from './budget-arithmetic.js';
import { presentRequest } from './budget.data.js';
import { assertAgencyExists } from './create-allocation.js';

type DraftInput = z.input<typeof contract.body>;

/** The agency itself (its staff) or the coordinator may draft and send a request for that agency. */
export function authorizeRequester(ctx: RequestContext, agencyId: number): void {
  if (can(ctx.actor, 'budget.manage')) return;
  authorize(ctx.actor, 'budget.record', agencyId);
}

/** Drafts a request for money beyond the approved estimate for a task (state draft). */
export async function draftBudgetRequest(ctx: RequestContext, raw: DraftInput) {
  const input = contract.body.parse(raw);
  authorizeRequester(ctx, input.agencyId);
  return inTransaction(ctx.db, async (tx) => {
    await assertTaskExists(tx, input.taskId);
    await assertAgencyExists(tx, input.agencyId);
    const [row] = await tx
      .insert(budgetRequests)
      .values({
        year: input.year,
        taskId: input.taskId,
        agencyId: input.agencyId,
        source: input.source,
        amountDong: toDong(input.amountDong),
        reason: input.reason.normalize('NFC'),
        createdAt: ctx.clock.now(),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        updatedAt: ctx.clock.now(),
      })
      .returning({ id: budgetRequests.id });
    const request = await presentRequest(tx, row!.id, ctx.clock.today());
    await recordAuditEvent(tx, ctx, {
      action: 'budget-request.draft',
      subjectType: 'budget-request',
      subjectId: row!.id,
      after: request,
    });
    return request;
  });
}
