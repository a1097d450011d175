import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { consolidatedReports, reportingPeriods } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../http/app-error.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { SECTION_KEYS } from './narrative.js';

const SectionText = z.string().max(100_000).nullable().optional();

/**
 * The coordinator's edits: the complete set of overridden sections (a section left out or null
 * goes back to the recomputed draft), and the version the editor started from (0 = never saved).
 */
export const SaveNarrativeInput = z.object({
  sections: z.object(Object.fromEntries(SECTION_KEYS.map((k) => [k, SectionText])) as Record<(typeof SECTION_KEYS)[number], typeof SectionText>).strict(),
  version: z.number().int().min(0),
});
export type SaveNarrativeInput = z.infer<typeof SaveNarrativeInput>;

const CONFLICT_MESSAGE = 'Người khác vừa sửa báo cáo tổng hợp này; hãy tải lại / Someone else changed this report; reload it';

/** Saves the narrative edits of a period's consolidated report (consolidation.build), with a version check. */
export async function saveConsolidationNarrative(ctx: RequestContext, periodId: number, raw: SaveNarrativeInput) {
  authorize(ctx.actor, 'consolidation.build');
  const input = SaveNarrativeInput.parse(raw);
  const sections: Record<string, string> = {};
  for (const key of SECTION_KEYS) {
    const text = input.sections[key];
    if (typeof text === 'string') sections[key] = text.replace(/\r\n?/g, '\n');
  }
  const updatedBy = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return inTransaction(ctx.db, async (tx) => {
    const [period] = await tx.select({ id: reportingPeriods.id }).from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
    if (!period) throw new AppError('NOT_FOUND', `Không tìm thấy kỳ báo cáo #${periodId} / Reporting period not found`);
    const [before] = await tx.select().from(consolidatedReports).where(eq(consolidatedReports.periodId, periodId)).for('update');
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE, { version: before?.version ?? 0 });
    let after;
    if (!before) {
      // Two first saves at once: the unique period index lets one insert through, the other conflicts.
      [after] = await tx
        .insert(consolidatedReports)
        .values({ periodId, sections, version: 1, updatedAt: ctx.clock.now(), updatedBy })
        .onConflictDoNothing({ target: consolidatedReports.periodId })
        .returning();
    } else {
      [after] = await tx
        .update(consolidatedReports)
        .set({ sections, version: before.version + 1, updatedAt: ctx.clock.now(), updatedBy })
        .where(and(eq(consolidatedReports.id, before.id), eq(consolidatedReports.version, input.version)))
        .returning();
    }
    if (!after) throw new AppError('VERSION_CONFLICT', CONFLICT_MESSAGE);
    await recordAuditEvent(tx, ctx, {
      action: 'consolidation.narrative.save',
      subjectType: 'reporting_period',
      subjectId: periodId,
      before: before ? { version: before.version, sections: before.sections } : null,
      after: { version: after.version, sections: after.sections },
    });
    return { version: after.version, sections: after.sections, updatedAt: after.updatedAt.toISOString() };
  });
}
