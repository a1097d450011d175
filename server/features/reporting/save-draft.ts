import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { SaveDraftBody } from '../../../common/contracts/reporting.js';
import type { RequestContext } from '../../context.js';
import { reportRegimes, submissionIndicatorValues, submissionLines, submissions } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { loadIndicators, validateIndicatorValues } from './indicator-catalogue.js';
import { getObligation, getPeriod } from './obligations.data.js';
import {
  assertEntryOpen,
  entryOpen,
  latestSnapshot,
  loadSubmissionFull,
  snapshotOf,
  writeVersion,
} from './submission.data.js';
import { nextStatus } from './submission-states.js';
import { buildSubmissionView } from './submission-view.js';
import type { PresentOption } from './transition-submission.js';

/** An autosave for one agency's report in one period. */
export const SaveDraftInput = SaveDraftBody.extend({
  periodId: z.number().int().positive(),
  agencyId: z.number().int().positive(),
});
export type SaveDraftInput = z.input<typeof SaveDraftInput>;

/**
 * Saves an agency's draft report (autosave). Optimistic locking: a save from an outdated version is
 * refused with VERSION_CONFLICT carrying the stored version, so a second officer editing at once
 * never overwrites the first; every accepted save is kept as a submission_versions snapshot.
 * Editing an approved or returned report makes it a draft again. Agency officers and leaders of the
 * agency only; refused once the period is locked (unless the report was returned).
 */
export async function saveDraft(ctx: RequestContext, raw: SaveDraftInput, options: PresentOption = {}) {
  const input = SaveDraftInput.parse(raw);
  authorize(ctx.actor, 'report.draft', input.agencyId);
  return inTransaction(ctx.db, async (tx) => {
    const period = await getPeriod(tx, input.periodId);
    const obligation = await getObligation(tx, input.periodId, input.agencyId);
    const [regime] = await tx
      .select({ indicatorCodes: reportRegimes.indicatorCodes })
      .from(reportRegimes)
      .where(eq(reportRegimes.id, period.regimeId));
    let [existing] = await tx
      .select()
      .from(submissions)
      .where(and(eq(submissions.periodId, period.id), eq(submissions.agencyId, input.agencyId)))
      .for('update');
    assertEntryOpen(await entryOpen(tx, period, input.agencyId, ctx.clock.today()), period, existing);

    const conflict = async () => {
      const current = existing ? await loadSubmissionFull(tx, existing) : null;
      return new AppError('VERSION_CONFLICT', { currentVersion: existing?.version ?? 0 }).with({
        currentVersion: existing?.version ?? 0,
        current: current ? snapshotOf(current) : null,
      });
    };
    if (existing && existing.version !== input.version) throw await conflict();
    if (!existing) {
      if (input.version !== 0) throw await conflict();
      [existing] = await tx
        .insert(submissions)
        .values({ periodId: period.id, agencyId: input.agencyId, version: 0, updatedAt: ctx.clock.now() })
        .onConflictDoNothing()
        .returning();
      if (!existing) throw await conflict();
    }
    const status = nextStatus(existing.status, 'edit');

    const owed = new Set(obligation.taskIds);
    const stray = (input.lines ?? []).filter((l) => !owed.has(l.taskId)).map((l) => l.taskId);
    if (stray.length)
      throw new AppError('TASKS_NOT_OWED', { codes: stray.map((id) => `#${id}`).join(', ') }).with({ taskIds: stray });
    const values = input.indicatorValues
      ? validateIndicatorValues(
          await loadIndicators(tx, regime?.indicatorCodes ?? []),
          regime?.indicatorCodes ?? [],
          input.indicatorValues,
        )
      : null;

    const [updated] = await tx
      .update(submissions)
      .set({
        version: sql`${submissions.version} + 1`,
        status: status === 'unchanged' ? existing.status : status,
        difficulties: input.difficulties ?? existing.difficulties,
        proposals: input.proposals ?? existing.proposals,
        updatedAt: ctx.clock.now(),
        updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .where(and(eq(submissions.id, existing.id), eq(submissions.version, input.version)))
      .returning();
    if (!updated) throw await conflict();

    // Lines for every owed task exist from the first save, so the form always lists them all.
    await tx
      .insert(submissionLines)
      .values(obligation.taskIds.map((taskId) => ({ submissionId: updated.id, taskId })))
      .onConflictDoNothing();
    for (const line of input.lines ?? []) {
      await tx
        .update(submissionLines)
        .set({
          status: line.status,
          doneText: line.doneText.normalize('NFC'),
          resultsText: line.resultsText.normalize('NFC'),
          evidenceLinks: line.evidenceLinks,
        })
        .where(and(eq(submissionLines.submissionId, updated.id), eq(submissionLines.taskId, line.taskId)));
    }
    if (values) {
      await tx.delete(submissionIndicatorValues).where(eq(submissionIndicatorValues.submissionId, updated.id));
      if (values.length)
        await tx.insert(submissionIndicatorValues).values(values.map((v) => ({ ...v, submissionId: updated.id })));
    }
    const full = await loadSubmissionFull(tx, updated);
    const carried = (await latestSnapshot(tx, updated.id))?.ownPlan;
    await writeVersion(tx, ctx, full, carried ? { ownPlan: carried } : {});
    await recordAuditEvent(tx, ctx, {
      action: 'report.save-draft',
      subjectType: 'submission',
      subjectId: updated.id,
      before: { version: input.version, status: existing.status },
      after: {
        version: updated.version,
        status: updated.status,
        lines: input.lines?.length ?? 0,
        indicatorValues: values?.length ?? null,
      },
    });
    const view = options.present
      ? await buildSubmissionView(tx, ctx, period.id, input.agencyId, { period, row: updated, full })
      : undefined;
    return { ...full, view };
  });
}
