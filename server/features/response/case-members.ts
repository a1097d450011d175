import { and, asc, eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { responseCaseMembers, responseCases } from '../../db/schema/response.js';
import { users } from '../../db/schema/system.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getManageableCase, loadCaseReach } from './case-access.js';
import { presentCase } from './cases.queries.js';

type MemberRole = 'coordinator' | 'member';

/**
 * Names a person on a case after it was opened, or changes their role there (need to know). Access is
 * read from the members on every request, so the change holds from the next one; it is audited.
 */
export async function setCaseMember(
  ctx: RequestContext,
  input: { caseId: number; userId: number; role: MemberRole },
): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const { row, reach } = await getManageableCase(tx, ctx.actor, input.caseId);
    const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!person) throw new AppError('NOT_FOUND', { resource: 'user', id: `#${input.userId}` });
    const before = reach.members.find((m) => m.userId === input.userId) ?? null;
    if (before?.role === input.role) return presentCase(tx, ctx, row, reach);
    if (before?.role === 'coordinator') ensureAnotherCoordinator(reach.members, input.userId, row.id);
    if (before) {
      await tx
        .update(responseCaseMembers)
        .set({ role: input.role })
        .where(and(eq(responseCaseMembers.caseId, row.id), eq(responseCaseMembers.userId, input.userId)));
    } else {
      await tx.insert(responseCaseMembers).values({ caseId: row.id, userId: input.userId, role: input.role });
    }
    const after = await bumpVersion(tx, row.id, row.version);
    await recordAuditEvent(tx, ctx, {
      action: before ? 'response-case.member-role' : 'response-case.member-add',
      subjectType: 'response-case',
      subjectId: row.id,
      before: before ? { userId: input.userId, role: before.role } : undefined,
      after: { userId: input.userId, role: input.role },
    });
    return presentCase(tx, ctx, after, await loadCaseReach(tx, after));
  });
}

/**
 * Takes a person off a case. On a need-to-know case they lose sight of it from their next request;
 * the last coordinator stays, so a case is never nobody's.
 */
export async function removeCaseMember(
  ctx: RequestContext,
  input: { caseId: number; userId: number },
): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const { row, reach } = await getManageableCase(tx, ctx.actor, input.caseId);
    const before = reach.members.find((m) => m.userId === input.userId);
    if (!before) throw new AppError('NOT_FOUND', { resource: 'user', id: `#${input.userId}` });
    if (before.role === 'coordinator') ensureAnotherCoordinator(reach.members, input.userId, row.id);
    await tx
      .delete(responseCaseMembers)
      .where(and(eq(responseCaseMembers.caseId, row.id), eq(responseCaseMembers.userId, input.userId)));
    const after = await bumpVersion(tx, row.id, row.version);
    await recordAuditEvent(tx, ctx, {
      action: 'response-case.member-remove',
      subjectType: 'response-case',
      subjectId: row.id,
      before: { userId: input.userId, role: before.role },
    });
    return presentCase(tx, ctx, after, await loadCaseReach(tx, after));
  });
}

function ensureAnotherCoordinator(
  members: Array<{ userId: number; role: MemberRole }>,
  leaving: number,
  caseId: number,
) {
  if (!members.some((m) => m.role === 'coordinator' && m.userId !== leaving))
    throw new AppError('CASE_LAST_COORDINATOR').with({ caseId, userId: leaving });
}

async function bumpVersion(tx: Parameters<Parameters<typeof inTransaction>[1]>[0], caseId: number, version: number) {
  const [after] = await tx
    .update(responseCases)
    .set({ version: version + 1 })
    .where(eq(responseCases.id, caseId))
    .returning();
  return after!;
}

/** The active accounts of the province a coordinator may name on a case, by name. */
export async function listCasePeople(ctx: RequestContext) {
  authorize(ctx.actor, 'response.manage');
  const rows = await ctx.db
    .select({ userId: users.id, displayName: users.displayName, username: users.username })
    .from(users)
    .where(eq(users.isActive, true))
    .orderBy(asc(users.displayName));
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.displayName, b.displayName));
}
