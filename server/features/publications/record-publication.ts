import { PublicationInput, type PublicationView } from '../../../common/contracts/publications.js';
import { ActivityInput } from '../../../common/contracts/activities.js';
import type { RequestContext } from '../../context.js';
import { publications } from '../../db/schema/publications.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { insertActivity } from '../activities/record-activity.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadPublications } from './publications.data.js';

/**
 * The activity a publication is (kind publication): one title counted under its main language, and
 * the copies printed per language, so the reports count it once, from the activity record.
 */
export function publicationActivity(input: ReturnType<typeof PublicationInput.parse>) {
  return ActivityInput.parse({
    agencyId: input.agencyId,
    taskId: input.taskId,
    kind: 'publication',
    title: input.title,
    startsOn: input.publishedOn,
    costDong: input.costDong ?? null,
    notes: input.distribution.length ? `Phát hành tới: ${input.distribution.join('; ')}` : '',
    outputs: [
      { code: 'PUBLICATIONS', breakdownKey: input.editions[0]!.language, value: 1 },
      ...input.editions
        .filter((e) => e.copies > 0)
        .map((e) => ({ code: 'PUBLICATION_COPIES', breakdownKey: e.language, value: e.copies })),
    ],
  });
}

/** Records a publication, by the agency that made it (its officers and leaders); files follow one by one. */
export async function recordPublication(ctx: RequestContext, raw: PublicationInput): Promise<PublicationView> {
  const input = PublicationInput.parse(raw);
  authorize(ctx.actor, 'activity.record', input.agencyId);
  return inTransaction(ctx.db, async (tx) => {
    const activityId = await insertActivity(tx, ctx, publicationActivity(input));
    const [row] = await tx
      .insert(publications)
      .values({
        activityId,
        kind: input.kind,
        editions: input.editions,
        distribution: input.distribution.map((d) => d.normalize('NFC')),
        attachmentIds: [],
        createdAt: ctx.clock.now(),
      })
      .returning({ id: publications.id });
    const [publication] = await loadPublications(tx, { agencyIds: null, ids: [row!.id] });
    await recordAuditEvent(tx, ctx, {
      action: 'publication.record',
      subjectType: 'publication',
      subjectId: row!.id,
      after: publication,
    });
    return publication!;
  });
}
