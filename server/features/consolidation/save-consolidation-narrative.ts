import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RequestContext } from '../../context.js';
import { consolidatedReports, reportingPeriods } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { SaveNarrativeBody } from '../../../common/contracts/consolidation.js';
import { authorize } from '../../policies/policy.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import { SECTION_KEYS } from './narrative-sections.js';
import { ReportOptions, readSaved, toStored } from './report-options.js';

/** The coordinator's edits, options and highlights, as the contract declares them. */
export const SaveNarrativeInput = SaveNarrativeBody;
export type SaveNarrativeInput = z.input<typeof SaveNarrativeBody>;

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
    const [period] = await tx
      .select({ id: reportingPeriods.id })
      .from(reportingPeriods)
      .where(eq(reportingPeriods.id, periodId));
    if (!period) throw new AppError('NOT_FOUND', { resource: 'period', id: `#${periodId}` });
    const [before] = await tx
      .select()
      .from(consolidatedReports)
      .where(eq(consolidatedReports.periodId, periodId))
      .for('update');
    if ((before?.version ?? 0) !== input.version)
      throw new AppError('VERSION_CONFLICT', { currentVersion: before?.version ?? 0 });
    // Options and highlights not in this save keep their saved values.
    const saved = readSaved(before?.sections);
    const options = ReportOptions.parse({ ...saved.options, ...(input.options ?? {}) });
    const highlights = { ...saved.highlights };
    for (const [code, list] of Object.entries(input.highlights ?? {})) {
      if (list === null) delete highlights[code];
      else highlights[code] = list;
    }
    // The column is typed as section texts; options and highlights live beside them (report-options.ts).
    const stored = toStored(sections, options, highlights) as Record<string, string>;
    let after: typeof consolidatedReports.$inferSelect | undefined;
    if (!before) {
      // Two first saves at once: the unique period index lets one insert through, the other conflicts.
      [after] = await tx
        .insert(consolidatedReports)
        .values({ periodId, sections: stored, version: 1, updatedAt: ctx.clock.now(), updatedBy })
        .onConflictDoNothing({ target: consolidatedReports.periodId })
        .returning();
    } else {
      [after] = await tx
        .update(consolidatedReports)
        .set({ sections: stored, version: before.version + 1, updatedAt: ctx.clock.now(), updatedBy })
        .where(and(eq(consolidatedReports.id, before.id), eq(consolidatedReports.version, input.version)))
        .returning();
    }
    if (!after) throw new AppError('VERSION_CONFLICT', { currentVersion: input.version + 1 });
    await recordAuditEvent(tx, ctx, {
      action: 'consolidation.narrative.save',
      subjectType: 'reporting_period',
      subjectId: periodId,
      before: before ? { version: before.version, sections: before.sections } : null,
      after: { version: after.version, sections: after.sections },
    });
    return {
      version: after.version,
      sections: readSaved(after.sections).edits,
      options,
      highlights,
      updatedAt: after.updatedAt.toISOString(),
    };
  });
}
