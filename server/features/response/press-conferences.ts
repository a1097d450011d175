/**
 * Press conferences (Nghị định 09/2017): planned, then held — with attendance, the questions asked
 * and answers given, follow-ups with owners and deadlines, the coverage — or cancelled.
 */

import { eq } from 'drizzle-orm';
import {
  type PlanConferenceBody,
  PlanConferenceBody as PlanSchema,
  type PressConference,
} from '../../../common/contracts/press-relations.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { agencies } from '../../db/schema/organisations.js';
import { spokespersons } from '../../db/schema/reporting.js';
import { type ConferenceFollowUp, type ConferenceQuestion, pressConferences } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { getConferenceRow, presentConferences } from './press-conferences.queries.js';
import { nextConferenceStatus } from './response-rules.js';

/** Plans a press conference, regular or ad hoc; its spokesperson comes from the registry. Coordinators only. */
export async function planPressConference(ctx: RequestContext, raw: PlanConferenceBody): Promise<PressConference> {
  authorize(ctx.actor, 'response.manage');
  const input = PlanSchema.parse(raw);
  return inTransaction(ctx.db, async (tx) => {
    if (input.hostAgencyId) {
      const [host] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.hostAgencyId));
      if (!host) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${input.hostAgencyId}` });
    }
    if (input.spokespersonId) {
      const [speaker] = await tx
        .select({ id: spokespersons.id })
        .from(spokespersons)
        .where(eq(spokespersons.id, input.spokespersonId));
      if (!speaker) throw new AppError('NOT_FOUND', { resource: 'user', id: `#${input.spokespersonId}` });
    }
    const [row] = await tx
      .insert(pressConferences)
      .values({
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        place: input.place,
        hostAgencyId: input.hostAgencyId ?? null,
        spokespersonId: input.spokespersonId ?? null,
        topics: input.topics,
        invitedOutlets: input.invitedOutlets,
      })
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'press-conference.plan',
      subjectType: 'press-conference',
      subjectId: row!.id,
      after: row,
    });
    return (await presentConferences(tx, [row!]))[0]!;
  });
}

/** What was said and done at a conference. */
export type HoldConferenceInput = {
  id: number;
  attendance: number;
  questions: ConferenceQuestion[];
  followUps: ConferenceFollowUp[];
  coverageUrls: string[];
};

/** Records a planned conference as held, with its attendance, Q&A, follow-ups and coverage. */
export async function holdPressConference(ctx: RequestContext, input: HoldConferenceInput): Promise<PressConference> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const before = await getConferenceRow(tx, input.id, true);
    const status = nextConferenceStatus('hold', before.status);
    const [row] = await tx
      .update(pressConferences)
      .set({
        status,
        attendance: input.attendance,
        questions: input.questions,
        followUps: input.followUps,
        coverageUrls: input.coverageUrls,
      })
      .where(eq(pressConferences.id, before.id))
      .returning();
    await recordAuditEvent(tx, ctx, {
      action: 'press-conference.hold',
      subjectType: 'press-conference',
      subjectId: before.id,
      before,
      after: row,
    });
    return (await presentConferences(tx, [row!]))[0]!;
  });
}

/** Cancels a planned conference (a held one stays held). */
export async function cancelPressConference(ctx: RequestContext, id: number): Promise<PressConference> {
  authorize(ctx.actor, 'response.manage');
  return inTransaction(ctx.db, async (tx) => {
    const before = await getConferenceRow(tx, id, true);
    const status = nextConferenceStatus('cancel', before.status);
    const [row] = await tx.update(pressConferences).set({ status }).where(eq(pressConferences.id, id)).returning();
    await recordAuditEvent(tx, ctx, {
      action: 'press-conference.cancel',
      subjectType: 'press-conference',
      subjectId: id,
      before,
      after: row,
    });
    return (await presentConferences(tx, [row!]))[0]!;
  });
}
