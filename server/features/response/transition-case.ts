import { eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { type CaseLabel, responseCases } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getManageableCase } from './case-access.js';
import { presentCase } from './cases.queries.js';
import { nextCaseStatus } from './response-rules.js';

/** What a transition carries: closing needs the outcome; the label may be set on the way. */
export type TransitionCaseInput = {
  caseId: number;
  action: 'verify' | 'respond' | 'close';
  outcome?: string | undefined;
  label?: CaseLabel | null | undefined;
};

/**
 * Moves a case along open → verifying → responding → closed (response-rules.ts); any other move is
 * refused. Responding stamps the first response time; closing needs an outcome. Case managers only.
 */
export async function transitionCase(ctx: RequestContext, input: TransitionCaseInput): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const { row, reach } = await getManageableCase(tx, ctx.actor, input.caseId);
    const status = nextCaseStatus(input.action, row.status);
    const outcome = input.outcome?.trim() ?? '';
    if (input.action === 'close' && outcome.length < 2) throw new AppError('CASE_CLOSE_NEEDS_OUTCOME');
    const now = ctx.clock.now();
    const [after] = await tx
      .update(responseCases)
      .set({
        status,
        version: row.version + 1,
        ...(input.label !== undefined ? { label: input.label } : {}),
        ...(status === 'responding' && row.firstResponseAt === null ? { firstResponseAt: now } : {}),
        ...(status === 'closed' ? { closedAt: now, closedOn: ctx.clock.today(), outcome } : {}),
      })
      .where(eq(responseCases.id, row.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: `response-case.${input.action}`,
      subjectType: 'response-case',
      subjectId: row.id,
      before: { status: row.status, label: row.label },
      after: { status: after!.status, label: after!.label, outcome: after!.outcome },
    });
    return presentCase(tx, ctx, after!, reach);
  });
}
