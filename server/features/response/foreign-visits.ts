/**
 * Foreign press groups (Nghị định 88/2012): the request registered with its members and itinerary,
 * the Foreign Ministry's approval, the province's acceptance, completion with an after-action note
 * and the coverage; the working-day checks of the decree are computed on every read (never stored).
 */

import { asc, eq } from 'drizzle-orm';
import { type ForeignVisit, RegisterVisitBody } from '../../../common/contracts/press-relations.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { foreignPressVisits } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import type { WorkingCalendar } from '../../../common/calendar/index.js';
import { nextVisitStatus, type VISIT_TRANSITIONS, visitFlags } from './response-rules.js';

type VisitRow = typeof foreignPressVisits.$inferSelect;

function present(row: VisitRow, calendar: WorkingCalendar, today: string): ForeignVisit {
  const { provinceId: _province, ...rest } = row;
  return { ...rest, flags: visitFlags(calendar, row, today) };
}

/** Every foreign press group, newest first, with its deadline checks. */
export async function listForeignVisits(ctx: RequestContext): Promise<ForeignVisit[]> {
  authorize(ctx.actor, 'response.read');
  const calendar = await loadWorkingCalendar(ctx.db);
  const rows = await ctx.db.select().from(foreignPressVisits).orderBy(asc(foreignPressVisits.startOn));
  return rows.map((r) => present(r, calendar, ctx.clock.today())).reverse();
}

/** Registers a group's request; a late application is flagged, not refused (the province still decides). */
export async function registerForeignVisit(ctx: RequestContext, raw: RegisterVisitBody): Promise<ForeignVisit> {
  authorize(ctx.actor, 'response.manage');
  const input = RegisterVisitBody.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx.insert(foreignPressVisits).values(input).returning();
    await recordAuditEvent(tx, ctx, {
      action: 'foreign-visit.register',
      subjectType: 'foreign-visit',
      subjectId: row!.id,
      after: row,
    });
    return present(row!, await loadWorkingCalendar(tx), ctx.clock.today());
  });
}

/** One step of a visit. */
export type TransitionVisitInput = {
  id: number;
  action: keyof typeof VISIT_TRANSITIONS;
  /** approve: the Ministry's document; accept: the province's; complete: the after-action note. */
  text?: string | undefined;
  on?: string | undefined;
  coverageUrls?: string[] | undefined;
};

/**
 * Moves a visit along requested → approved (non-resident: the Ministry's approval) → accepted (the
 * province) → completed; refusal and cancellation before it ends. Illegal moves are refused, and a
 * non-resident group cannot be accepted before the Ministry approves it. Coordinators only.
 */
export async function transitionForeignVisit(ctx: RequestContext, input: TransitionVisitInput): Promise<ForeignVisit> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select()
      .from(foreignPressVisits)
      .where(eq(foreignPressVisits.id, input.id))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { resource: 'foreignVisit', id: `#${input.id}` });
    const status = nextVisitStatus(input.action, before);
    const on = input.on ?? ctx.clock.today();
    const text = input.text?.trim() || null;
    const [row] = await tx
      .update(foreignPressVisits)
      .set({
        status,
        ...(input.action === 'approve' ? { mofaApproval: text, mofaApprovedOn: on } : {}),
        ...(input.action === 'accept' ? { acceptance: text, acceptedOn: on } : {}),
        ...(input.action === 'complete'
          ? { afterActionNote: text, coverageUrls: input.coverageUrls ?? before.coverageUrls }
          : {}),
        ...(input.action === 'refuse' || input.action === 'cancel'
          ? { scheduleChanges: [...before.scheduleChanges, { on, change: text ?? input.action }] }
          : {}),
      })
      .where(eq(foreignPressVisits.id, before.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: `foreign-visit.${input.action}`,
      subjectType: 'foreign-visit',
      subjectId: before.id,
      before,
      after: row,
    });
    return present(row!, await loadWorkingCalendar(tx), ctx.clock.today());
  });
}
