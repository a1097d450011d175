import { eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../common/contracts/response.js';
import type { RequestContext } from '../../context.js';
import { responseCasePosts, responseCases } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getManageableCase } from './case-access.js';
import { presentCase } from './cases.queries.js';

/** Groups another post of the same claim under a case (one claim, many posts, one case). */
export async function addCasePost(
  ctx: RequestContext,
  input: { caseId: number; url: string; note?: string | null | undefined; seenOn?: string | undefined },
): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const { row, reach } = await getManageableCase(tx, ctx.actor, input.caseId);
    const [post] = await tx
      .insert(responseCasePosts)
      .values({ caseId: row.id, url: input.url, note: input.note ?? null, seenOn: input.seenOn ?? ctx.clock.today() })
      .returning();
    const [after] = await tx
      .update(responseCases)
      .set({ version: row.version + 1 })
      .where(eq(responseCases.id, row.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'response-case.add-post',
      subjectType: 'response-case',
      subjectId: row.id,
      after: post,
    });
    return presentCase(tx, ctx, after!, reach);
  });
}
