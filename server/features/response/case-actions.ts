/**
 * The actions on a case: added with an owner and a due date, then done with an outcome. A talking
 * point may be put on a press conference's agenda. Two commands, one rule set.
 */

import { eq } from 'drizzle-orm';
import type { CaseDetail } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { type ActionKind, pressConferences, responseActions, responseCases } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getManageableCase } from './case-access.js';
import { presentCase } from './cases.queries.js';

/** A new action on a case. */
export type AddCaseActionInput = {
  caseId: number;
  kind: ActionKind;
  title: string;
  ownerName: string;
  ownerAgencyId?: number | null | undefined;
  dueOn: string;
  pressConferenceId?: number | null | undefined;
};

/** Adds an action to an open case; a closed case takes no new work. Case managers only. */
export async function addCaseAction(ctx: RequestContext, input: AddCaseActionInput): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const { row, reach } = await getManageableCase(tx, ctx.actor, input.caseId);
    if (row.status === 'closed') {
      throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'case', action: 'add-action', status: row.status });
    }
    if (input.pressConferenceId) {
      const [conference] = await tx
        .select({ id: pressConferences.id, status: pressConferences.status })
        .from(pressConferences)
        .where(eq(pressConferences.id, input.pressConferenceId));
      if (!conference)
        throw new AppError('NOT_FOUND', { resource: 'pressConference', id: `#${input.pressConferenceId}` });
    }
    const [action] = await tx
      .insert(responseActions)
      .values({
        caseId: row.id,
        kind: input.kind,
        title: input.title,
        ownerName: input.ownerName,
        ownerAgencyId: input.ownerAgencyId ?? null,
        dueOn: input.dueOn,
        pressConferenceId: input.pressConferenceId ?? null,
      })
      .returning();
    await tx
      .update(responseCases)
      .set({ version: row.version + 1 })
      .where(eq(responseCases.id, row.id));
    await recordAuditEvent(tx, ctx, {
      action: 'response-action.add',
      subjectType: 'response-case',
      subjectId: row.id,
      after: action,
    });
    return presentCase(tx, ctx, { ...row, version: row.version + 1 }, reach);
  });
}

/** Records an action as done with its outcome (and the published URL); the first one done is the case's first response. */
export async function completeCaseAction(
  ctx: RequestContext,
  input: { actionId: number; outcome: string; url?: string | null | undefined },
): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [action] = await tx.select().from(responseActions).where(eq(responseActions.id, input.actionId));
    if (!action) throw new AppError('NOT_FOUND', { resource: 'responseAction', id: `#${input.actionId}` });
    const { row, reach } = await getManageableCase(tx, ctx.actor, action.caseId);
    if (action.status !== 'planned') {
      throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'action', action: 'done', status: action.status });
    }
    const [after] = await tx
      .update(responseActions)
      .set({ status: 'done', outcome: input.outcome, url: input.url ?? null, doneOn: ctx.clock.today() })
      .where(eq(responseActions.id, action.id))
      .returning();
    const [caseAfter] = await tx
      .update(responseCases)
      .set({ version: row.version + 1, firstResponseAt: row.firstResponseAt ?? ctx.clock.now() })
      .where(eq(responseCases.id, row.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'response-action.complete',
      subjectType: 'response-case',
      subjectId: row.id,
      before: action,
      after,
    });
    return presentCase(tx, ctx, caseAfter!, reach);
  });
}
