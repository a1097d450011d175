/**
 * Reads one period's rows and context, consolidates them, runs the checks and drafts the
 * narrative; the coordinator's edits, options and highlights come along so one call feeds every
 * output (screen, DOCX, XLSX, internal note).
 */

import { and, asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context.js';
import { plans } from '../../db/schema/plans.js';
import { consolidatedReports, reportingPeriods } from '../../db/schema/reporting.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError } from '../../../common/errors.js';
import { selectKey } from '../../../common/i18n/translate.js';
import { authorize, can, readsAllAgencies } from '../../policies/policy.js';
import type { ConsolidationCheck } from './checks/plausibility-checks.js';
import { consolidate, type Consolidation, type ConsolidationInput } from './consolidate.js';
import { loadConsolidationInput } from './load-consolidation-input.js';
import { mergeNarrative, synthesise, type NarrativeSections } from './narrative.js';
import { type Highlights, readSaved, type ReportOptions } from './report-options.js';
import type { TaskParagraph } from './synthesis/task-synthesis.js';

export { loadConsolidationInput } from './load-consolidation-input.js';

/** The consolidation plus its checks, per-task synthesis and narrative (draft, edits, what prints). */
export type ConsolidationWithNarrative = Consolidation & {
  /** Findings shown to the coordinator before the draft (warnings first). */
  checks: ConsolidationCheck[];
  /** Section II paragraph by paragraph, with the highlights chosen by rule and the printed ones. */
  synthesis: { tasks: TaskParagraph[] };
  narrative: {
    draft: NarrativeSections;
    edits: Partial<NarrativeSections>;
    sections: NarrativeSections;
    options: ReportOptions;
    highlights: Highlights;
    version: number;
    updatedAt: string | null;
  };
};

/**
 * Consolidates a period: the coordinator builds it; province leaders (read-only, province-wide)
 * may read it too. NOT_FOUND for an unknown period.
 */
export async function buildConsolidation(ctx: RequestContext, periodId: number): Promise<ConsolidationWithNarrative> {
  if (!(can(ctx.actor, 'report.read') && readsAllAgencies(ctx.actor))) authorize(ctx.actor, 'consolidation.build');
  // One read transaction: figures, lines and narrative come from the same snapshot.
  return inTransaction(ctx.db, async (tx) => {
    const input = await loadConsolidationInput(tx, periodId);
    const consolidation = consolidate(input, ctx.clock.today());
    const [saved] = await tx.select().from(consolidatedReports).where(eq(consolidatedReports.periodId, periodId));
    const { edits, options, highlights } = readSaved(saved?.sections);
    const { draft, tasks, checks } = synthesise(consolidation, options, highlights);
    return {
      ...consolidation,
      checks,
      synthesis: { tasks },
      narrative: {
        draft,
        edits,
        sections: mergeNarrative(draft, edits),
        options,
        highlights,
        version: saved?.version ?? 0,
        updatedAt: saved?.updatedAt.toISOString() ?? null,
      },
    };
  });
}

/** Finds the period of a plan year and kind (the CLI's way of naming a period), newest first. */
export async function findPeriodId(ctx: RequestContext, year: number, kind: string): Promise<number> {
  const rows = await ctx.db
    .select({ id: reportingPeriods.id })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .where(and(eq(plans.year, year), eq(reportingPeriods.kind, kind as ConsolidationInput['period']['kind'])))
    .orderBy(asc(reportingPeriods.windowTo), asc(reportingPeriods.id));
  const last = rows.at(-1);
  if (!last) throw new AppError('NO_PERIOD_OF_KIND', { year, kind: selectKey(kind) as 'semiannual' });
  return last.id;
}
