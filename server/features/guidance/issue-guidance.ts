import { eq, inArray } from 'drizzle-orm';
import { GuidanceInput } from '../../../common/contracts/guidance.js';
import { formatDateVi } from '../../../common/calendar/index.js';
import { AppError } from '../../../common/errors.js';
import type { RequestContext } from '../../context.js';
import { guidanceNotes, guidanceRecipients } from '../../db/schema/guidance.js';
import { tasks } from '../../db/schema/plans.js';
import { responseCases } from '../../db/schema/response.js';
import { inTransaction } from '../../db/transaction.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.data.js';
import { createNotifications } from '../notifications/create-notifications.js';
import { loadAgencyUsers } from '../notifications/recipients.data.js';
import { loadOrgSnapshot } from '../organisations/organisations.data.js';
import { loadGuidanceView } from './guidance.data.js';
import { resolveGuidanceRecipients } from './guidance-recipients.js';

/** The tasks and the case a note is linked to must exist (NOT_FOUND otherwise). */
async function assertLinksExist(ctx: RequestContext, taskIds: number[], caseId: number | null) {
  if (taskIds.length) {
    const found = new Set(
      (await ctx.db.select({ id: tasks.id }).from(tasks).where(inArray(tasks.id, taskIds))).map((t) => t.id),
    );
    const missing = taskIds.find((id) => !found.has(id));
    if (missing !== undefined) throw new AppError('NOT_FOUND', { resource: 'task', id: `#${missing}` });
  }
  if (caseId !== null) {
    const [row] = await ctx.db.select({ id: responseCases.id }).from(responseCases).where(eq(responseCases.id, caseId));
    if (!row) throw new AppError('NOT_FOUND', { resource: 'responseCase', id: `#${caseId}` });
  }
}

/**
 * Issues a guidance note (coordinator): the chosen agencies and groups resolved to agencies on today's
 * registry, one recipient row each, an in-app notice to every account of those agencies, and the
 * acknowledgement due date in working days — one transaction.
 */
export async function issueGuidance(ctx: RequestContext, raw: GuidanceInput) {
  authorize(ctx.actor, 'guidance.issue');
  const input = GuidanceInput.parse(raw);
  const today = ctx.clock.today();
  const targets = { agencyIds: [...new Set(input.agencyIds)], groupIds: [...new Set(input.groupIds)] };
  const [snapshot, calendar] = await Promise.all([loadOrgSnapshot(ctx.db), loadWorkingCalendar(ctx.db)]);
  const unknown = targets.agencyIds.find((id) => !snapshot.agencies.has(id));
  if (unknown !== undefined) throw new AppError('NOT_FOUND', { resource: 'agency', id: `#${unknown}` });
  const unknownGroup = targets.groupIds.find((id) => !snapshot.groups.has(id));
  if (unknownGroup !== undefined) throw new AppError('NOT_FOUND', { resource: 'group', id: `#${unknownGroup}` });
  await assertLinksExist(ctx, input.taskIds, input.caseId ?? null);
  const recipients = resolveGuidanceRecipients(snapshot, targets, today);
  if (recipients.length === 0) throw new AppError('GUIDANCE_NO_RECIPIENTS');
  const acknowledgeBy = calendar.addWorkingDays(today, input.acknowledgeWithinDays);
  const usersByAgency = await loadAgencyUsers(
    ctx.db,
    recipients.map((r) => r.agencyId),
  );
  return inTransaction(ctx.db, async (tx) => {
    const [note] = await tx
      .insert(guidanceNotes)
      .values({
        number: input.number.normalize('NFC'),
        title: input.title.normalize('NFC'),
        body: input.body.normalize('NFC'),
        issuedOn: today,
        acknowledgeBy,
        targets,
        taskIds: [...new Set(input.taskIds)],
        anniversaryKey: input.anniversaryKey ?? null,
        caseId: input.caseId ?? null,
        issuedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdAt: ctx.clock.now(),
      })
      .returning();
    await tx
      .insert(guidanceRecipients)
      .values(recipients.map((r) => ({ noteId: note!.id, agencyId: r.agencyId, via: r.via })));
    await createNotifications(
      tx,
      ctx.clock,
      recipients.flatMap((r) =>
        (usersByAgency.get(r.agencyId) ?? []).map((userId) => ({
          userId,
          kind: 'guidance',
          title: `Định hướng tuyên truyền: ${note!.title}`,
          body: `Đề nghị đọc và xác nhận đã tiếp thu trước ngày ${formatDateVi(acknowledgeBy)}.`,
          link: `/guidance/${note!.id}`,
          dedupeKey: `guidance:${note!.id}:${r.agencyId}:${userId}`,
        })),
      ),
    );
    await recordAuditEvent(tx, ctx, {
      action: 'guidance.issue',
      subjectType: 'guidance',
      subjectId: note!.id,
      after: { title: note!.title, acknowledgeBy, recipients: recipients.map((r) => r.agencyId) },
    });
    return loadGuidanceView(tx, note!.id, null, today);
  });
}
