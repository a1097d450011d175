import { inArray } from 'drizzle-orm';
import { type CaseDetail, OpenCaseBody } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { responseCaseMembers, responseCasePosts, responseCases } from '../../db/schema/response.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadCaseReach } from './case-access.js';
import { presentCase } from './cases.queries.js';

/**
 * Opens a case from an alert, a URL, a tip, an agency's referral or by hand; coordinators only. The
 * person opening it becomes its coordinator, so a need-to-know case is never nobody's; the source
 * URL becomes its first post.
 */
export async function openCase(ctx: RequestContext, raw: OpenCaseBody): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  const input = OpenCaseBody.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const memberIds = [...new Set(input.memberUserIds)];
    if (memberIds.length > 0) {
      const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, memberIds));
      const missing = memberIds.find((id) => !found.some((u) => u.id === id));
      if (missing !== undefined) throw new AppError('NOT_FOUND', { resource: 'user', id: `#${missing}` });
    }
    const [row] = await tx
      .insert(responseCases)
      .values({
        kind: input.kind,
        title: input.title,
        summary: input.summary,
        intake: input.intake,
        sourceUrl: input.sourceUrl ?? null,
        sourceArticleId: input.sourceArticleId ?? null,
        severity: input.severity,
        label: input.label ?? null,
        isSensitive: input.isSensitive,
        leadAgencyId: input.leadAgencyId ?? null,
        product: input.kind === 'sovereignty-product' ? (input.product ?? null) : null,
        openedOn: ctx.clock.today(),
        openedAt: ctx.clock.now(),
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .returning();
    const opener = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    const people = [
      ...(opener === null ? [] : [{ caseId: row!.id, userId: opener, role: 'coordinator' as const }]),
      ...memberIds
        .filter((id) => id !== opener)
        .map((userId) => ({ caseId: row!.id, userId, role: 'member' as const })),
    ];
    if (people.length > 0) await tx.insert(responseCaseMembers).values(people);
    if (input.sourceUrl) {
      await tx.insert(responseCasePosts).values({ caseId: row!.id, url: input.sourceUrl, seenOn: ctx.clock.today() });
    }
    await recordAuditEvent(tx, ctx, {
      action: 'response-case.open',
      subjectType: 'response-case',
      subjectId: row!.id,
      after: { ...row, memberUserIds: memberIds },
    });
    return presentCase(tx, ctx, row!, await loadCaseReach(tx, row!));
  });
}
