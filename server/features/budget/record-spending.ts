import { SpendingInput } from '../../../common/contracts/budget.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { budgetSpending } from '../../db/schema/budget.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { storeAttachment } from '../attachments/store-attachment.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { checkEvidenceFile } from '../reporting/evidence-files.js';
import { dongToNumber, toDong } from './budget-arithmetic.js';
import { loadAllocation } from './budget.data.js';

/**
 * Records a payment against an allocation, by the agency that holds it, with its voucher reference
 * and document (the route always has one; the demo loader records some without). A payment beyond
 * what remains is refused (BUDGET_OVERSPENT): more money takes a request.
 */
export async function recordSpending(
  ctx: RequestContext,
  allocationId: number,
  raw: SpendingInput,
  document: { filename: string; bytes: Uint8Array } | null = null,
) {
  const input = SpendingInput.parse(raw);
  authorize(ctx.actor, 'budget.record');
  const amount = toDong(input.amountDong);
  // A voucher is a PDF, an office file or a photograph, checked by name and content like evidence.
  const mimeType = document ? checkEvidenceFile(document.filename, document.bytes) : null;
  return inTransaction(ctx.db, async (tx) => {
    const before = await loadAllocation(tx, allocationId);
    authorize(ctx.actor, 'budget.record', before.agencyId);
    const remaining = before.raw.allocated - before.raw.spent;
    if (amount > remaining) throw new AppError('BUDGET_OVERSPENT', { remaining: dongToNumber(remaining) });
    const attachmentId = document && mimeType ? await storeAttachment(tx, { ...document, mimeType }) : null;
    const [row] = await tx
      .insert(budgetSpending)
      .values({
        allocationId,
        spentOn: input.spentOn,
        amountDong: amount,
        description: input.description.normalize('NFC'),
        documentRef: input.documentRef.normalize('NFC'),
        attachmentId,
        createdAt: ctx.clock.now(),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'budget.spend',
      subjectType: 'budget-allocation',
      subjectId: allocationId,
      after: { ...row, amountDong: dongToNumber(row!.amountDong) },
    });
    const { raw: _raw, ...allocation } = await loadAllocation(tx, allocationId);
    return allocation;
  });
}
