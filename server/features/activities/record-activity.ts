import { ActivityInput } from '../../../common/contracts/activities.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { activities, activityOutputs } from '../../db/schema/activities.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { assertTaskExists, loadActivity, validateOutputs } from './activities.data.js';

/** The stored columns of an activity from what was typed (texts in NFC, one day when no end is given). */
export function activityColumns(input: ReturnType<typeof ActivityInput.parse>) {
  const endsOn = input.endsOn ?? input.startsOn;
  if (endsOn < input.startsOn) throw new AppError('DATE_RANGE_INVERTED');
  return {
    agencyId: input.agencyId,
    taskId: input.taskId,
    kind: input.kind,
    title: input.title.normalize('NFC'),
    startsOn: input.startsOn,
    endsOn,
    place: input.place.normalize('NFC'),
    participants: input.participants ?? null,
    costDong: input.costDong ?? null,
    evidenceLinks: input.evidenceLinks,
    notes: input.notes.normalize('NFC'),
  };
}

/** Inserts one checked activity and its outputs inside the caller's transaction; returns its id. */
export async function insertActivity(tx: Tx, ctx: RequestContext, input: ReturnType<typeof ActivityInput.parse>) {
  const columns = activityColumns(input);
  await assertTaskExists(tx, input.taskId);
  const outputs = await validateOutputs(tx, input.outputs);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const [row] = await tx
    .insert(activities)
    .values({
      ...columns,
      createdAt: ctx.clock.now(),
      createdBy: userId,
      updatedAt: ctx.clock.now(),
      updatedBy: userId,
    })
    .returning({ id: activities.id });
  if (outputs.length) await tx.insert(activityOutputs).values(outputs.map((o) => ({ ...o, activityId: row!.id })));
  return row!.id;
}

/**
 * Records what an agency did against a plan task, with its outputs as catalogue indicators.
 * The agency's own officers and leaders only (nobody records for another agency).
 */
export async function recordActivity(ctx: RequestContext, raw: ActivityInput) {
  const input = ActivityInput.parse(raw);
  authorize(ctx.actor, 'activity.record', input.agencyId);
  activityColumns(input);
  return inTransaction(ctx.db, async (tx) => {
    const id = await insertActivity(tx, ctx, input);
    const activity = await loadActivity(tx, id);
    await recordAuditEvent(tx, ctx, {
      action: 'activity.record',
      subjectType: 'activity',
      subjectId: id,
      after: activity,
    });
    return activity;
  });
}
