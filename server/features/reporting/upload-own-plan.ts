import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { tasks } from '../../db/schema/plans.js';
import { obligations, submissionLines, submissions } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { parsePlanText } from '../../documents/plan-parser/index.js';
import { readDocument } from '../../documents/read/index.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { storeAttachment } from './evidence-files.js';
import { linkOwnTasks } from './link-own-plan.js';
import { getPeriod } from './obligations.data.js';
import { assertEntryOpen, entryOpen, loadSubmissionFull, lockSubmission, writeVersion } from './submission.data.js';
import { nextStatus } from './submission-states.js';
import { buildSubmissionView } from './submission-view.js';
import type { PresentOption } from './transition-submission.js';

const MAX_OWN_PLAN_BYTES = 20 * 1024 * 1024;
const MIME: Record<string, string> = {
  txt: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The Q1 duty: an agency uploads its own TTĐN plan for the year. The document is read and parsed
 * with the plan parser; each of its tasks is linked to the province task (among those the agency
 * owes) with the closest code and title. The links are written into the agency-plan period's lines
 * (doneText lists the own tasks that implement each province task) and kept whole in the version
 * snapshot (`ownPlan`). Agency staff only; agency-plan periods only.
 */
export async function uploadOwnPlan(
  ctx: RequestContext,
  input: { submissionId: number; filename: string; bytes: Uint8Array },
  options: PresentOption = {},
) {
  const extension = input.filename.toLowerCase().split('.').pop() ?? '';
  if (!MIME[extension])
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { filename: input.filename, allowed: '.docx, .pdf, .txt' });
  // Read and parse outside the transaction: parsing is CPU work and holds no row.
  const read = await readDocument({ bytes: input.bytes, filename: input.filename }, { maxBytes: MAX_OWN_PLAN_BYTES });
  const parsed = parsePlanText(read.text);
  if (parsed.tasks.length === 0) throw new AppError('DOCUMENT_NOT_A_PLAN');
  return inTransaction(ctx.db, async (tx) => {
    const row = await lockSubmission(tx, input.submissionId);
    authorize(ctx.actor, 'report.draft', row.agencyId);
    const period = await getPeriod(tx, row.periodId);
    if (period.kind !== 'agency-plan') throw new AppError('WRONG_PERIOD_KIND');
    assertEntryOpen(await entryOpen(tx, period, row.agencyId, ctx.clock.today()), period, row);
    const status = nextStatus(row.status, 'edit');
    const [obligation] = await tx
      .select()
      .from(obligations)
      .where(and(eq(obligations.periodId, period.id), eq(obligations.agencyId, row.agencyId)));
    const owed = obligation?.taskIds.length
      ? await tx
          .select({ id: tasks.id, code: tasks.code, title: tasks.title })
          .from(tasks)
          .where(inArray(tasks.id, obligation.taskIds))
      : [];
    const links = linkOwnTasks(
      parsed.tasks.map((t) => ({ code: t.code, title: t.title })),
      owed,
    );
    const attachmentId = await storeAttachment(tx, {
      filename: input.filename,
      mimeType: MIME[extension]!,
      bytes: input.bytes,
    });
    await tx
      .insert(submissionLines)
      .values(owed.map((t) => ({ submissionId: row.id, taskId: t.id })))
      .onConflictDoNothing();
    for (const task of owed) {
      const mine = links.filter((l) => l.taskId === task.id);
      await tx
        .update(submissionLines)
        .set(
          mine.length
            ? {
                status: 'in-progress',
                doneText: `Kế hoạch của cơ quan triển khai qua ${mine.length} nhiệm vụ: ${mine.map((l) => `${l.ownCode}. ${l.ownTitle}`).join('; ')}`,
              }
            : { status: 'not-started', doneText: '' },
        )
        .where(and(eq(submissionLines.submissionId, row.id), eq(submissionLines.taskId, task.id)));
    }
    const [updated] = await tx
      .update(submissions)
      .set({
        ownPlanAttachmentId: attachmentId,
        status: status === 'unchanged' ? row.status : status,
        version: row.version + 1,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .where(eq(submissions.id, row.id))
      .returning();
    const ownPlan = {
      attachmentId,
      filename: input.filename,
      title: parsed.document.title,
      ownTasks: parsed.tasks.length,
      links,
      warnings: read.warnings,
    };
    const full = await loadSubmissionFull(tx, updated!);
    await writeVersion(tx, ctx, full, { ownPlan });
    await recordAuditEvent(tx, ctx, {
      action: 'report.upload-own-plan',
      subjectType: 'submission',
      subjectId: row.id,
      after: { attachmentId, ownTasks: parsed.tasks.length, linked: links.filter((l) => l.taskId !== null).length },
    });
    const view = options.present
      ? await buildSubmissionView(tx, ctx, row.periodId, row.agencyId, { period, row: full.submission, full })
      : undefined;
    return { ownPlan, submission: full, view };
  });
}
