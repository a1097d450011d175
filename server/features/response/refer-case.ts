import { eq } from 'drizzle-orm';
import { formatDateVi } from '../../../common/calendar/index.js';
import type { CaseDetail } from '../../../common/contracts/response.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { responseCases, responseReferrals } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { loadAgencyUsers } from '../notifications/recipients.data.js';
import { getManageableCase, loadCaseReach } from './case-access.js';
import { presentCase } from './cases.queries.js';
import { referralDueOn } from './response-rules.js';

/** A referral to send: to which body, what is asked, within how many working days. */
export type ReferCaseInput = { caseId: number; agencyId: number; request: string; workingDays: number };

/**
 * Refers a case to the competent body (Công an tỉnh, Sở VHTTDL, the border guard, the national
 * centre…) with an answer deadline counted in working days on the province's calendar (holidays
 * and swapped Saturdays included). The referred agency's staff are notified and from then on see
 * the case (a need-to-know case stays with its named people). A closed case cannot be referred.
 */
export async function referCase(ctx: RequestContext, input: ReferCaseInput): Promise<CaseDetail> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const { row } = await getManageableCase(tx, ctx.actor, input.caseId);
    if (row.status === 'closed') {
      throw new AppError('RESPONSE_TRANSITION_REFUSED', { record: 'case', action: 'refer', status: row.status });
    }
    const [agency] = await tx.select().from(agencies).where(eq(agencies.id, input.agencyId));
    if (!agency) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${input.agencyId}` });
    const calendar = await loadWorkingCalendar(tx);
    const sentOn = ctx.clock.today();
    const dueOn = referralDueOn(calendar, sentOn, input.workingDays);
    const [referral] = await tx
      .insert(responseReferrals)
      .values({
        caseId: row.id,
        agencyId: agency.id,
        request: input.request,
        sentOn,
        workingDays: input.workingDays,
        dueOn,
      })
      .returning();
    const [after] = await tx
      .update(responseCases)
      .set({ version: row.version + 1, firstResponseAt: row.firstResponseAt ?? ctx.clock.now() })
      .where(eq(responseCases.id, row.id))
      .returning();
    if (!row.isSensitive) {
      const staff = (await loadAgencyUsers(tx, [agency.id])).get(agency.id) ?? [];
      await createNotifications(
        tx,
        ctx.clock,
        staff.map((userId) => ({
          userId,
          kind: 'response-referral',
          title: `Đề nghị xử lý vụ việc: ${row.title}`,
          body: `${input.request} — hạn trả lời ${formatDateVi(dueOn)}.`,
          link: `/response/cases/${row.id}`,
          dedupeKey: `response-referral:${referral!.id}:${userId}`,
        })),
      );
    }
    await recordAuditEvent(tx, ctx, {
      action: 'response-case.refer',
      subjectType: 'response-case',
      subjectId: row.id,
      after: referral,
    });
    return presentCase(tx, ctx, after!, await loadCaseReach(tx, after!));
  });
}
